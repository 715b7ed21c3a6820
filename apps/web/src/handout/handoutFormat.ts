import type { MemberNames } from '@kindred/session';

/** "Maria & Leo", or whichever of them gave a name; empty when neither did. */
export function memberLine(members: MemberNames): string {
  return [members.mother, members.son].filter((name): name is string => !!name).join(' & ');
}

/** "Thursday, May 14, 2030" from an ISO date or time, in the page's locale. */
export function longDate(iso: string, locale: string): string {
  const date = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(date);
  } catch {
    return iso.slice(0, 10);
  }
}

/** Share of the group's ballots, as a whole percent. */
export function sharePercent(count: number, ballots: number): number {
  return ballots === 0 ? 0 : Math.round((count / ballots) * 100);
}
