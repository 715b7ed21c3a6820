import type { MemberRole } from '@kindred/content';
import type { HandoutAnswer, HandoutModel, HandoutTopic } from '../handout-model';
import { labelsFor, longDate, type HandoutLabels } from './handout-labels';
import { box, boxHeight, bullets, bulletsHeight, checklist, subheading, subheadingHeight } from './pdf-blocks';
import { pollLeadHeight, pollResults } from './pdf-poll';
import { COLORS } from './pdf-theme';
import { titleBlock } from './pdf-title-block';
import { STYLES, type PageFlow, type TextStyle } from './page-flow';

export interface HandoutRenderOptions {
  /** The handout page's address with the pair's token, for the QR code; null leaves it out. */
  qrUrl: string | null;
  /** In the facilitator's print bundle the eyebrow doesn't say "your". */
  bundle: boolean;
}

const ROLES: readonly MemberRole[] = ['mother', 'son'];
const ROLE_COLORS: Record<MemberRole, string> = { mother: COLORS.mother, son: COLORS.son };
/** Keep a topic's heading with at least this much of what follows. */
const MIN_FOLLOWING = 70;

/** One pair's handout, from the current page on. */
export function renderHandout(flow: PageFlow, model: HandoutModel, options: HandoutRenderOptions): void {
  const labels = labelsFor(model.workshop.language);
  titleBlock(flow, model, labels, options.bundle ? labels.bundleEyebrow : labels.pdfEyebrow, options.qrUrl);
  flow.text(labels.intro, { ...STYLES.body, size: 11 });
  flow.gap(10);
  retentionNotice(flow, model, labels);
  if (model.sharing.privateTextWithheld) notice(flow, labels.privateWithheld);
  if (model.workshop.phase !== 'ended') notice(flow, model.topics.length === 0 ? labels.noTopics : labels.stillRunning);
  flow.gap(8);
  if (model.topics.length > 0) startHere(flow, model);
  for (const topic of model.topics) topicSection(flow, topic, model, labels);
  closingSection(flow, model);
  resources(flow, model);
}

/** The first page for the fridge: the pair's commitments with a line to note how they went, and three phrases. */
function startHere(flow: PageFlow, model: HandoutModel): void {
  const { startHere: start } = model.closing;
  const commitments = model.topics.flatMap((topic) => topic.commitments);
  flow.keepTogether(flow.measure(start.title, STYLES.topic) + 14 + flow.measure(start.intro, STYLES.body) + 40);
  flow.text(start.title, STYLES.topic);
  flow.gap(4);
  flow.rule(COLORS.primary, 1.25);
  flow.gap(8);
  flow.text(start.intro, STYLES.body);
  flow.gap(10);
  for (const commitment of commitments) {
    const howStyle = STYLES.note;
    flow.keepTogether(flow.measure(commitment.text, STYLES.body) + flow.measure(start.howDidItGo, howStyle) + 30);
    flow.text(commitment.text, { ...STYLES.body, font: 'bold' });
    flow.gap(3);
    flow.text(start.howDidItGo, howStyle);
    flow.gap(16);
    flow.rule(COLORS.inkSoft, 0.5);
    flow.gap(10);
  }
  flow.keepTogether(subheadingHeight(flow, start.keyPhrasesTitle) + bulletsHeight(flow, start.keyPhrases));
  subheading(flow, start.keyPhrasesTitle);
  bullets(flow, start.keyPhrases);
  flow.gap(14);
}

/** Where to find more help: kinds of help, never invented numbers. */
function resources(flow: PageFlow, model: HandoutModel): void {
  const { resources: help } = model.closing;
  flow.gap(14);
  flow.keepTogether(subheadingHeight(flow, help.title) + flow.measure(help.intro, STYLES.body) + bulletsHeight(flow, help.items) + 8);
  subheading(flow, help.title);
  flow.text(help.intro, STYLES.body);
  flow.gap(4);
  bullets(flow, help.items);
}

function notice(flow: PageFlow, text: string): void {
  box(flow, [{ text, style: { ...STYLES.body, size: 10, color: COLORS.notice } }], { fill: COLORS.noticeSoft, accent: COLORS.notice });
  flow.gap(8);
}

function retentionNotice(flow: PageFlow, model: HandoutModel, labels: HandoutLabels): void {
  const { days, deleteAt, deleted } = model.retention;
  if (days === null) return;
  if (deleted) notice(flow, labels.retentionDeleted(days));
  else if (deleteAt) notice(flow, labels.retentionScheduledPdf(days, longDate(deleteAt, model.workshop.language)));
  else notice(flow, labels.retentionPlanned(days));
}

function topicHeading(topic: HandoutTopic, labels: HandoutLabels): { eyebrow: string; title: string } {
  return { eyebrow: (topic.topicNumber === null ? '' : labels.topic(topic.topicNumber)).toUpperCase(), title: topic.title };
}

function topicSection(flow: PageFlow, topic: HandoutTopic, model: HandoutModel, labels: HandoutLabels): void {
  const heading = topicHeading(topic, labels);
  const headingHeight = flow.measure(heading.eyebrow || ' ', STYLES.eyebrow) + 3 + flow.measure(heading.title, STYLES.topic) + 8 + flow.measure(topic.summary, STYLES.soft) + 12;
  flow.keepTogether(headingHeight + MIN_FOLLOWING);
  if (heading.eyebrow) flow.text(heading.eyebrow, STYLES.eyebrow);
  flow.gap(3);
  flow.text(heading.title, STYLES.topic);
  flow.gap(4);
  flow.rule(COLORS.primary, 1.25);
  flow.gap(6);
  flow.text(topic.summary, STYLES.soft);
  flow.gap(12);

  if (topic.keyIdeas.length > 0) {
    section(flow, labels.keyIdeas, bulletsHeight(flow, topic.keyIdeas.slice(0, 1)), () => bullets(flow, topic.keyIdeas));
  }
  if (topic.answers.length > 0) {
    section(flow, labels.yourAnswers, answerLeadHeight(flow, topic.answers[0]!, labels), () => {
      for (const answer of topic.answers) answerBlock(flow, answer, model, labels);
    });
  }
  for (const commitment of topic.commitments) {
    const lines = commitmentLines(commitment.prompt, commitment.text);
    section(flow, labels.yourCommitment, boxHeight(flow, lines), () => box(flow, lines, { fill: COLORS.primarySoft, accent: COLORS.primary }));
  }
  if (topic.polls.length > 0) {
    const lead = flow.measure(labels.anonymous, STYLES.note) + 6 + pollLeadHeight(flow, topic.polls[0]!, labels);
    section(flow, labels.groupResults, lead, () => {
      flow.text(labels.anonymous, STYLES.note);
      flow.gap(6);
      for (const poll of topic.polls) pollResults(flow, poll, labels);
    });
  }
  if (topic.takeHome.length > 0) {
    section(flow, labels.tryAtHome, bulletsHeight(flow, topic.takeHome.slice(0, 1)), () => checklist(flow, topic.takeHome));
  }
  flow.gap(14);
}

/** A subheading kept on the page with the first part of what it introduces. */
function section(flow: PageFlow, title: string, leadHeight: number, draw: () => void): void {
  flow.keepTogether(subheadingHeight(flow, title) + leadHeight);
  subheading(flow, title);
  draw();
  flow.gap(8);
}

function commitmentLines(prompt: string, text: string): { text: string; style: TextStyle }[] {
  return [
    { text: prompt, style: STYLES.small },
    { text: `“${text}”`, style: { font: 'heading', size: 13, color: COLORS.primaryStrong, lineGap: 2 } },
  ];
}

const ANSWER_INDENT = 12;

function roleLines(answer: HandoutAnswer, role: MemberRole, model: HandoutModel, labels: HandoutLabels) {
  const name = model.pair.members[role];
  // The pair's own word for the grown-up ("Gran") stands where the label says "Mother".
  const label = role === 'mother' && model.pair.carer ? model.pair.carer : labels.roles[role];
  return {
    who: name ? `${name} · ${label}` : label,
    question: answer.question[role],
    text: answer[role] ?? labels.noAnswer,
    style: answer[role] === null ? STYLES.note : { ...STYLES.body, size: 11 },
  };
}

function roleHeight(flow: PageFlow, lines: ReturnType<typeof roleLines>): number {
  const width = flow.width - ANSWER_INDENT;
  return flow.measure(lines.who, STYLES.label) + flow.measure(lines.question, STYLES.small, { width }) + 3 + flow.measure(lines.text, lines.style, { width }) + 8;
}

function answerLeadHeight(flow: PageFlow, answer: HandoutAnswer, labels: HandoutLabels): number {
  return flow.measure(answer.title, STYLES.label) + 4 + (answer.revealed ? 60 : flow.measure(labels.notRevealed, STYLES.note));
}

/** Both members' answers, each with its question, marked by a bar in the member's colour. */
function answerBlock(flow: PageFlow, answer: HandoutAnswer, model: HandoutModel, labels: HandoutLabels): void {
  flow.keepTogether(answerLeadHeight(flow, answer, labels));
  flow.text(answer.title, { ...STYLES.label, size: 10.5 });
  flow.gap(4);
  if (!answer.revealed) {
    flow.text(labels.notRevealed, STYLES.note);
    flow.gap(8);
    return;
  }
  for (const role of ROLES) {
    const lines = roleLines(answer, role, model, labels);
    flow.keepTogether(roleHeight(flow, lines));
    const top = flow.y;
    const x = flow.left + ANSWER_INDENT;
    const width = flow.width - ANSWER_INDENT;
    flow.text(lines.who, { ...STYLES.label, color: ROLE_COLORS[role] }, { x, width });
    flow.text(lines.question, STYLES.small, { x, width });
    flow.gap(3);
    flow.text(lines.text, lines.style, { x, width });
    flow.doc.save().roundedRect(flow.left + 2, top, 3, flow.y - top, 1.5).fillColor(ROLE_COLORS[role]).fill().restore();
    flow.gap(8);
  }
}

/** The closing pages every pair takes home: the workshop's themes as tips. */
function closingSection(flow: PageFlow, model: HandoutModel): void {
  const { closing } = model;
  const first = closing.sections[0];
  const lead =
    flow.measure(closing.title, STYLES.topic) + 14 + flow.measure(closing.intro, STYLES.body) + 12 + (first ? subheadingHeight(flow, first.title) + bulletsHeight(flow, first.tips.slice(0, 1)) : 0);
  flow.keepTogether(lead);
  flow.text(closing.title, STYLES.topic);
  flow.gap(4);
  flow.rule(COLORS.primary, 1.25);
  flow.gap(8);
  flow.text(closing.intro, STYLES.body);
  flow.gap(12);
  for (const part of closing.sections) {
    flow.keepTogether(subheadingHeight(flow, part.title) + bulletsHeight(flow, part.tips.slice(0, 2)));
    subheading(flow, part.title);
    bullets(flow, part.tips);
    flow.gap(8);
  }
  const closingStyle: TextStyle = { font: 'serifItalic', size: 11.5, color: COLORS.primaryStrong, lineGap: 2 };
  flow.keepTogether(flow.measure(closing.closing, closingStyle) + 8);
  flow.gap(4);
  flow.text(closing.closing, closingStyle);
}
