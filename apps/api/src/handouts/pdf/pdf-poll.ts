import { CHART_PALETTE, SON_PATTERN } from '@kindred/content';
import type { PollGroupName, PollGroupSummary, PollSummary } from '../handout-model';
import type { HandoutLabels } from './handout-labels';
import { COLORS } from './pdf-theme';
import { STYLES, type PageFlow } from './page-flow';

/* A poll's anonymous results as simple horizontal bars, each with its count and share. */

// Bars from the shared chart palette (checked for colour-vision deficiencies and greyscale);
// each group is titled in words and sons' bars are striped, so colour is never the only cue.
const GROUP_COLORS: Record<PollGroupName, { bar: string; track: string; title: string; striped: boolean }> = {
  everyone: { bar: CHART_PALETTE.light.everyone, track: COLORS.everyoneSoft, title: COLORS.everyone, striped: false },
  mother: { bar: CHART_PALETTE.light.mother, track: COLORS.motherSoft, title: COLORS.mother, striped: false },
  son: { bar: CHART_PALETTE.light.son, track: COLORS.sonSoft, title: COLORS.son, striped: true },
  together: { bar: CHART_PALETTE.light.everyone, track: COLORS.everyoneSoft, title: COLORS.everyone, striped: false },
};

const ROW_GAP = 5;
const BAR_HEIGHT = 9;
const NUMBER_WIDTH = 62;

function columns(flow: PageFlow) {
  const labelWidth = Math.round(flow.width * 0.42);
  const barX = flow.left + labelWidth + 10;
  return { labelWidth, barX, barWidth: flow.width - labelWidth - 10 - NUMBER_WIDTH };
}

function groupTitle(group: PollGroupSummary, labels: HandoutLabels): string {
  const name = labels.groups[group.group];
  return group.status === 'shown' ? `${name} · ${labels.answerCount(group.ballotCount)}` : name;
}

function groupBodyHeight(flow: PageFlow, group: PollGroupSummary, labels: HandoutLabels): number {
  if (group.status === 'not-enough-answers') return flow.measure(labels.notEnough(group.needed), STYLES.note) + 2;
  const { labelWidth } = columns(flow);
  const bars = group.bars.reduce((sum, bar) => sum + Math.max(flow.measure(bar.label, STYLES.soft, { width: labelWidth }), BAR_HEIGHT + 2) + ROW_GAP, 0);
  const answers = group.answers.reduce((sum, answer) => sum + flow.measure(`“${answer}”`, STYLES.body, { width: flow.width - 12 }) + 4, 0);
  const mean = group.mean === null ? 0 : flow.measure(labels.average(group.mean), STYLES.small) + 2;
  return bars + answers + mean;
}

function groupHeight(flow: PageFlow, group: PollGroupSummary, labels: HandoutLabels): number {
  return flow.measure(groupTitle(group, labels), STYLES.label) + 4 + groupBodyHeight(flow, group, labels) + 6;
}

/** The question and its first group: what must stay on one page with a poll's heading. */
export function pollLeadHeight(flow: PageFlow, poll: PollSummary, labels: HandoutLabels): number {
  const first = poll.groups[0];
  return flow.measure(poll.question, STYLES.label) + 4 + (first ? groupHeight(flow, first, labels) : 0);
}

export function pollResults(flow: PageFlow, poll: PollSummary, labels: HandoutLabels): void {
  flow.keepTogether(pollLeadHeight(flow, poll, labels));
  flow.text(poll.question, { ...STYLES.label, size: 10.5 });
  flow.gap(4);
  for (const group of poll.groups) {
    flow.keepTogether(groupHeight(flow, group, labels));
    flow.text(groupTitle(group, labels), { ...STYLES.label, color: GROUP_COLORS[group.group].title });
    flow.gap(4);
    groupBody(flow, group, labels);
    flow.gap(6);
  }
}

function groupBody(flow: PageFlow, group: PollGroupSummary, labels: HandoutLabels): void {
  if (group.status === 'not-enough-answers') {
    flow.text(labels.notEnough(group.needed), STYLES.note);
    flow.gap(2);
    return;
  }
  const { labelWidth, barX, barWidth } = columns(flow);
  const colors = GROUP_COLORS[group.group];
  for (const bar of group.bars) {
    const top = flow.y;
    const share = group.ballotCount === 0 ? 0 : bar.count / group.ballotCount;
    flow.text(bar.label, STYLES.soft, { width: labelWidth });
    const labelBottom = flow.y;
    const barTop = top + 2;
    flow.doc.save().roundedRect(barX, barTop, barWidth, BAR_HEIGHT, BAR_HEIGHT / 2).fillColor(colors.track).fill().restore();
    if (bar.count > 0) {
      const fillWidth = Math.max(BAR_HEIGHT, barWidth * share);
      flow.doc.save().roundedRect(barX, barTop, fillWidth, BAR_HEIGHT, BAR_HEIGHT / 2).fillColor(colors.bar).fill().restore();
      if (colors.striped) stripes(flow, barX, barTop, fillWidth);
    }
    flow.use({ ...STYLES.label, size: 9 });
    flow.doc.text(`${bar.count} · ${Math.round(share * 100)}%`, barX + barWidth + 8, top, { width: NUMBER_WIDTH - 8, lineBreak: false });
    flow.y = Math.max(labelBottom, top + BAR_HEIGHT + 2) + ROW_GAP;
  }
  for (const answer of group.answers) {
    flow.text(`“${answer}”`, STYLES.body, { x: flow.left + 12, width: flow.width - 12 });
    flow.gap(4);
  }
  if (group.mean !== null) {
    flow.text(labels.average(group.mean), STYLES.small);
    flow.gap(2);
  }
}

/** Diagonal white stripes over a bar, clipped to its rounded shape (SON_PATTERN, in points). */
function stripes(flow: PageFlow, x: number, y: number, width: number): void {
  const step = SON_PATTERN.stripe + SON_PATTERN.gap;
  const doc = flow.doc.save();
  doc.roundedRect(x, y, width, BAR_HEIGHT, BAR_HEIGHT / 2).clip();
  doc.lineWidth(SON_PATTERN.stripe).strokeColor('#ffffff').strokeOpacity(0.55);
  for (let offset = -BAR_HEIGHT; offset < width; offset += step) {
    doc.moveTo(x + offset, y + BAR_HEIGHT).lineTo(x + offset + BAR_HEIGHT, y).stroke();
  }
  doc.restore();
}
