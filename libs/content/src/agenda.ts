/**
 * The resolved agenda: a plan applied to the curriculum and localized to one
 * language and age band. It is what a live session runs, what devices show and
 * what the handout prints. Plain strings only: all language and age-band choices
 * have been made. A session snapshots its agenda when it is created, so later
 * edits to plans or content never change a session in progress.
 *
 * This is the contract between libs/content (which produces it) and
 * libs/session, apps/api and apps/web (which consume it).
 */

export type AgeBand = 'teen' | 'adult';

/** The two members of a pair. */
export type MemberRole = 'mother' | 'son';

export interface AgendaOption {
  id: string;
  label: string;
}

/** The facilitator's notes for one segment. Console only: `agendaForAudience` strips them. */
export interface AgendaSegmentNotes {
  debrief: string | null;
  talkingPoints: string[];
  stuck: string[];
  safety: string | null;
}

interface AgendaSegmentBase {
  /** Unique within the agenda, stable across content versions (e.g. `emotional-needs.talk`). */
  id: string;
  title: string;
  /** Planned duration after plan customisation. */
  durationSec: number;
  /** What the facilitator says or does; shown only on the console. */
  script: string;
  /** One or two lines the devices and projector show. */
  deviceText: string;
  /** Facilitator notes; console only, absent for pairs and the projector. */
  notes?: AgendaSegmentNotes;
}

export interface IntroSegment extends AgendaSegmentBase {
  kind: 'intro';
}

export interface PairTalkSegment extends AgendaSegmentBase {
  kind: 'pairTalk';
  /** 2 to 4 guiding prompts. */
  prompts: string[];
  /** Shown once half the time has gone ("Swap: now the son answers first"). */
  halfway?: string;
  /** For pairs that finish early. */
  bonus?: string;
  /** The line above the bonus on a pair's phone; set by `agendaForPair` from its age band. */
  bonusLead?: string;
}

export type PrivateAnswerSpec =
  | { type: 'text'; maxLength: number }
  | { type: 'choice'; options: AgendaOption[] };

export interface PrivateRevealSegment extends AgendaSegmentBase {
  kind: 'privateReveal';
  /** What each member answers alone. May be worded per role. */
  question: Record<MemberRole, string>;
  answer: PrivateAnswerSpec;
}

export type PollSpec =
  | { type: 'single'; options: AgendaOption[] }
  | { type: 'multiple'; options: AgendaOption[]; maxChoices: number }
  | { type: 'scale'; min: 1; max: 5; minLabel: string; maxLabel: string }
  | { type: 'openText'; maxLength: number };

export interface PollSegment extends AgendaSegmentBase {
  kind: 'poll';
  question: string;
  poll: PollSpec;
  /** `byRole`: mothers and sons vote separately and results are shown side by side. */
  audience: 'everyone' | 'byRole';
  /** `member`: each member votes; `pair`: one vote per pair. `byRole` implies `member`. */
  voter: 'member' | 'pair';
}

export interface CommitmentSegment extends AgendaSegmentBase {
  kind: 'commitment';
  prompt: string;
  examples: string[];
}

export interface BreakSegment extends AgendaSegmentBase {
  kind: 'break';
}

export type AgendaSegment =
  | IntroSegment
  | PairTalkSegment
  | PrivateRevealSegment
  | PollSegment
  | CommitmentSegment
  | BreakSegment;

export type SegmentKind = AgendaSegment['kind'];

export interface AgendaSection {
  /** Topic id for topic sections, the plan item's id for breaks. */
  id: string;
  /** `frame`: the opening, the look back at last week, the closing round. */
  kind: 'topic' | 'break' | 'frame';
  /** 1 to 9 for topics, in curriculum order (not plan order). */
  topicNumber: number | null;
  title: string;
  /** One line the devices show under the title. */
  summary: string;
  /** Handout text; empty for breaks. */
  keyIdeas: string[];
  takeHome: string[];
  segments: AgendaSegment[];
}

export interface Agenda {
  planId: string;
  title: string;
  language: string;
  ageBand: AgeBand;
  sections: AgendaSection[];
  /** Time planned for moving between two sections. */
  transitionSec?: number;
  /** Sum of every segment's durationSec, plus a transition between each two sections. */
  totalSec: number;
  /** Session-wide guidance for the facilitator; console only, absent for pairs and the projector. */
  guide?: AgendaGuide;
  /** Local places to find help, written by the facilitator for this session; the handout lists them first. */
  localResources?: string[];
  /**
   * What each pair's own screens need to speak its words (see `agendaForPair`): the
   * carer names and age bands to choose from, and per age band the family-facing texts
   * that differ from the room's. Absent in agendas made before pairs chose their words.
   */
  forPairs?: AgendaPairWords;
}

/** The texts of a segment or section one age band sees, with `{carer}` still in them. */
export interface PairTextOverlay {
  sections: Record<string, Pick<AgendaSection, 'title' | 'summary' | 'keyIdeas' | 'takeHome'>>;
  /** Family-facing fields only: `script` is blank and there are no notes. */
  segments: Record<string, AgendaSegment>;
  bonusLead: string;
}

export interface AgendaPairWords {
  /** The word the projector and console use where a pair's phone uses its own ("the grown-up"). */
  neutral: string;
  carers: AgendaOption[];
  ageBands: AgendaOption[];
  /** Only the texts that differ from the room's agenda. */
  overlays: Record<AgeBand, PairTextOverlay>;
  screen: Record<'title' | 'intro' | 'carerQuestion' | 'carerOwn' | 'ageQuestion' | 'ageNote' | 'save' | 'later' | 'change', string>;
}

export interface AgendaGuide {
  heated: string[];
  safeguarding: string[];
  contactHint: string;
  /** The facilitator's local safeguarding contact for this session, if they wrote one. */
  contact?: string;
}
