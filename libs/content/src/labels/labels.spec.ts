import { handoutLabels, plural, reportLabels } from './index';

describe('the handout catalogue', () => {
  it('picks plural forms with Intl.PluralRules', () => {
    const labels = handoutLabels('en');
    expect(labels.retentionDeleted(1)).toBe('Your private answers were deleted after 1 day, as the facilitator chose.');
    expect(labels.retentionDeleted(2)).toBe('Your private answers were deleted after 2 days, as the facilitator chose.');
    expect(labels.answerCount(1)).toBe('1 answer');
    expect(labels.answerCount(0)).toBe('0 answers');
    expect(labels.retentionScheduledPdf(30, 'Friday, 1 May 2026')).toContain('30 days after the workshop (on Friday, 1 May 2026)');
  });

  it('uses the language’s own plural categories, not English’s', () => {
    // Spanish has a "many" category for large round numbers (1.000.000 de respuestas).
    const forms = { one: 'one {n}', many: 'many {n}', other: 'other {n}' };
    expect(plural('es', forms, 1)).toBe('one 1');
    expect(plural('es', forms, 1_000_000)).toBe('many 1000000');
    expect(plural('en', forms, 1_000_000)).toBe('other 1000000');
  });

  it('falls back from a regional variant to its language, and to English', () => {
    expect(handoutLabels('en-GB').page(2, 3)).toBe('Page 2 of 3');
    expect(handoutLabels('xx').withFacilitator('Ana')).toBe('with Ana');
  });
});

describe('the report’s words', () => {
  it('come from the same catalogue, with plurals chosen by Intl.PluralRules', () => {
    const labels = reportLabels('en-GB');
    expect(labels.attendance(1, 0)).toBe('Attendance: 1 pair joined (0 removed)');
    expect(labels.attendance(5, 1)).toBe('Attendance: 5 pairs joined (1 removed)');
    expect(labels.notShown(3)).toBe('Not shown: fewer than 3 answers');
    expect(labels.wordOf('Mothers')).toBe('Mothers (word)');
    expect(labels.pollColumns.share).toBe('Share (%)');
  });
});
