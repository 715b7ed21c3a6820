import { toValue, type MaybeRefOrGetter } from 'vue';
import { getActivePinia } from 'pinia';
import { useI18n } from 'vue-i18n';
import { carerWord, type MemberRole } from '@kindred/content';
import type { MemberNames } from '@kindred/session';
import { usePairStore } from '../stores/pair';

/** "Sam" when the pair gave a name, else the pair's own word for the grown-up ("Gran"), else "Mother"/"Son". */
export function useRoleName(members: MaybeRefOrGetter<MemberNames | null | undefined>): (role: MemberRole) => string {
  const { t } = useI18n();
  // Outside a pair's page (component tests, the console) there is no pair store to ask.
  const store = getActivePinia() ? usePairStore() : null;
  return (role) => {
    const given = toValue(members)?.[role];
    if (given) return given;
    const room = store?.roomAgenda;
    if (role === 'mother' && room?.forPairs) return carerWord(room, store?.pairView?.words?.carer);
    return t(role === 'mother' ? 'roles.mother' : 'roles.son');
  };
}

export function otherRole(role: MemberRole): MemberRole {
  return role === 'mother' ? 'son' : 'mother';
}
