import { toValue, type MaybeRefOrGetter } from 'vue';
import { useI18n } from 'vue-i18n';
import type { MemberRole } from '@kindred/content';
import type { MemberNames } from '@kindred/session';

/** "Sam" when the pair gave a name, else "Mum"/"Son". */
export function useRoleName(members: MaybeRefOrGetter<MemberNames | null | undefined>): (role: MemberRole) => string {
  const { t } = useI18n();
  return (role) => toValue(members)?.[role] ?? t(role === 'mother' ? 'roles.mother' : 'roles.son');
}

export function otherRole(role: MemberRole): MemberRole {
  return role === 'mother' ? 'son' : 'mother';
}
