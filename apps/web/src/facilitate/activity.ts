import type { CommandType } from '@kindred/session';

const KEYS = {
  'session.start': 'start',
  'session.end': 'end',
  'session.lock': 'lock',
  'session.unlock': 'unlock',
  'segment.goto': 'goto',
  'poll.open': 'pollOpen',
  'poll.close': 'pollClose',
  'poll.reveal': 'pollReveal',
  'topic.note': 'note',
} as const satisfies Partial<Record<CommandType, string>>;

export type ActivityKey = (typeof KEYS)[keyof typeof KEYS] | 'other';

/** The sentence a console shows for another facilitator's command (team.activity.*). */
export function activityKey(command: CommandType): ActivityKey {
  return (KEYS as Partial<Record<CommandType, ActivityKey>>)[command] ?? 'other';
}
