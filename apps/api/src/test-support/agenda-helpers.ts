import type { Agenda, AgendaSegment, SegmentKind } from '@kindred/content';

/** The first segment of a kind in an agenda (optionally matching a predicate). */
export function segmentOfKind<K extends SegmentKind>(
  agenda: Agenda,
  kind: K,
  where: (s: Extract<AgendaSegment, { kind: K }>) => boolean = () => true,
): Extract<AgendaSegment, { kind: K }> {
  for (const section of agenda.sections) {
    for (const segment of section.segments) {
      if (segment.kind === kind && where(segment as Extract<AgendaSegment, { kind: K }>)) return segment as Extract<AgendaSegment, { kind: K }>;
    }
  }
  throw new Error(`no ${kind} segment in the agenda`);
}
