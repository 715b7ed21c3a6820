import { csvCell, csvDocument } from './csv';
import { reportCsv } from './report-csv';
import type { SessionReport } from './session-report';

describe('csvCell', () => {
  it('quotes what would break a row and doubles quotes inside', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('Smith, Jones')).toBe('"Smith, Jones"');
    expect(csvCell('She said "hi"')).toBe('"She said ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
  });

  it('keeps typed text from running as a spreadsheet formula, but not numbers', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@team')).toBe("'@team");
    expect(csvCell(-2.5)).toBe('-2.5');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('writes a UTF-8 BOM and CRLF rows', () => {
    expect(csvDocument([['a', 1], ['Zoë', null]])).toBe('\uFEFFa,1\r\nZoë,\r\n');
  });
});

const REPORT: SessionReport = {
  session: {
    id: 's1',
    title: 'Spring, at the library',
    planId: 'taster',
    planTitle: 'One-hour taster',
    code: 'ABC234',
    language: 'en',
    ageBand: 'teen',
    phase: 'ended',
    scheduledFor: '2030-05-14',
    createdAt: '2030-05-14T16:00:00.000Z',
    startedAt: '2030-05-14T17:00:00.000Z',
    endedAt: '2030-05-14T18:00:00.000Z',
    facilitatorName: 'Ana',
    minGroupSize: 3,
    privateRetentionDays: null,
  },
  attendance: {
    pairCount: 2,
    activePairCount: 1,
    removedPairCount: 1,
    pairs: [
      { pairId: 'p1', name: 'Night Owls', members: { mother: 'Lucía', son: null }, joinedAt: '2030-05-14T17:01:00.000Z', removedAt: null, removed: false, answeredPrivateSteps: 2, revealedPrivateSteps: 1, commitments: 1 },
      { pairId: 'p2', name: '=cmd', members: { mother: null, son: null }, joinedAt: '2030-05-14T17:02:00.000Z', removedAt: '2030-05-14T17:05:00.000Z', removed: true, answeredPrivateSteps: 0, revealedPrivateSteps: 0, commitments: 0 },
    ],
  },
  timing: {
    plannedMs: 240_000,
    actualMs: 210_000,
    segments: [
      { sectionId: 't', sectionTitle: 'Feelings', segmentId: 't.intro', title: 'Welcome', kind: 'intro', plannedMs: 120_000, actualMs: 150_000, visits: [{ startedAt: 'x', endedAt: 'y' }], inProgress: false },
      { sectionId: 't', sectionTitle: 'Feelings', segmentId: 't.poll', title: 'Poll', kind: 'poll', plannedMs: 120_000, actualMs: 60_000, visits: [{ startedAt: 'x', endedAt: 'y' }], inProgress: false },
    ],
  },
  polls: [
    {
      pollId: 't.poll',
      sectionTitle: 'Feelings',
      question: 'How easy is it?',
      type: 'single',
      audience: 'byRole',
      voter: 'member',
      status: 'revealed',
      ballotCount: 5,
      groups: [
        { group: 'mother', status: 'shown', ballotCount: 3, bars: [{ label: 'Easy', count: 2 }, { label: 'Hard', count: 1 }], mean: null, answers: [], words: [] },
        { group: 'son', status: 'not-enough-answers', needed: 3 },
      ],
    },
    { pollId: 't.open', sectionTitle: 'Feelings', question: 'One word?', type: 'openText', audience: 'everyone', voter: 'pair', status: 'revealed', ballotCount: 3, groups: [{ group: 'everyone', status: 'shown', ballotCount: 3, bars: [], mean: null, answers: ['calm', 'proud, happy'], words: [{ word: 'calm', count: 1 }, { word: 'happy', count: 1 }, { word: 'proud', count: 1 }] }] },
    { pollId: 't.later', sectionTitle: 'Later', question: 'Never asked?', type: 'scale', audience: 'everyone', voter: 'member', status: 'draft', ballotCount: 0, groups: null },
  ],
  fidelity: {
    sessionId: 's1',
    startedAt: Date.UTC(2030, 4, 14, 17),
    endedAt: Date.UTC(2030, 4, 14, 18),
    plannedMinutes: 4,
    actualMinutes: 3.5,
    segmentsDelivered: 2,
    segmentsSkipped: 1,
    topics: [
      {
        sectionId: 't',
        title: 'Feelings',
        kind: 'topic',
        note: 'Sons were shy, we cut the poll short',
        segments: [
          { segmentId: 't.intro', title: 'Welcome', kind: 'intro', plannedMinutes: 2, actualMinutes: 2.5, skipped: false, pairsPresent: 2 },
          { segmentId: 't.poll', title: 'Poll', kind: 'poll', plannedMinutes: 2, actualMinutes: 1, skipped: false, pairsPresent: 1 },
        ],
      },
      { sectionId: 'later', title: 'Later', kind: 'topic', note: null, segments: [{ segmentId: 't.later', title: 'Never asked?', kind: 'poll', plannedMinutes: 3, actualMinutes: 0, skipped: true, pairsPresent: 0 }] },
    ],
  },
  generatedAt: '2030-05-14T18:05:00.000Z',
};

const lines = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');

describe('reportCsv', () => {
  it('lays out the header, attendance, timing and polls as tables', () => {
    const csv = lines(reportCsv(REPORT));
    expect(csv[0]).toBe('Session report,"Spring, at the library"');
    expect(csv).toContain('Attendance: 2 pairs joined (1 removed)');
    expect(csv).toContain('Pair,Mother,Son,Joined,Removed,Private steps answered,Private steps revealed,Commitments');
    expect(csv.find((l) => l.startsWith('Night Owls,Lucía,,'))).toMatch(/,,2,1,1$/);
    expect(csv.find((l) => l.startsWith("'=cmd"))).toBeDefined();
    expect(csv).toContain('Feelings,Welcome,intro,2,2.5,0.5,1,150');
    expect(csv).toContain('Total,,,4,3.5,-0.5');
    expect(csv).toContain('Polls (anonymous; a group with fewer than 3 answers is not shown)');
  });

  it('gives a poll one line per option and group, a reason when nothing can be shown', () => {
    const polls = lines(reportCsv(REPORT, 'polls'));
    expect(polls[0]).toBe('Topic,Question,Type,Status,Group,Answers in group,Option or answer,Count,Share (%)');
    expect(polls).toContain('Feelings,How easy is it?,single,revealed,Mothers,3,Easy,2,66.7');
    expect(polls).toContain('Feelings,How easy is it?,single,revealed,Sons,,Not shown: fewer than 3 answers,,');
    expect(polls).toContain('Feelings,One word?,openText,revealed,Everyone,3,"proud, happy",,');
    // The word cloud follows the answers: each word with how many of the shown answers used it.
    expect(polls).toContain('Feelings,One word?,openText,revealed,Everyone (word),3,happy,1,50');
    expect(polls).toContain('Later,Never asked?,scale,draft,,0,Not asked,,');
    expect(polls.at(-1)).toBe('');
  });

  it('gives the fidelity record one line per segment, with skipped, pairs present and the topic note', () => {
    expect(lines(reportCsv(REPORT))).toContain('"Fidelity: 2 segments delivered, 1 skipped"');
    const fidelity = lines(reportCsv(REPORT, 'fidelity'));
    expect(fidelity[0]).toBe('Topic,Segment,Kind,Planned (minutes),Actual (minutes),Skipped,Pairs present,Note');
    expect(fidelity).toContain('Feelings,Welcome,intro,2,2.5,no,2,"Sons were shy, we cut the poll short"');
    expect(fidelity).toContain('Later,Never asked?,poll,3,0,yes,0,');
  });

  it('gives each part alone with its header', () => {
    expect(lines(reportCsv(REPORT, 'attendance'))).toHaveLength(4);
    expect(lines(reportCsv(REPORT, 'timing'))[0]).toBe('Topic,Segment,Kind,Planned,Actual,Difference,Visits,Actual (seconds)');
  });

  it('writes its times in the reader\'s zone, never the server\'s: UTC by default', () => {
    const utc = lines(reportCsv(REPORT, 'attendance'));
    expect(utc[1]).toContain(',2030-05-14 17:01:00,');
    const mexico = lines(reportCsv(REPORT, 'attendance', { timeZone: 'America/Mexico_City' }));
    expect(mexico[1]).toContain(',2030-05-14 11:01:00,');
    expect(mexico[2]).toContain(',2030-05-14 11:02:00,2030-05-14 11:05:00,');
    // Across midnight the day moves too.
    const tokyo = lines(reportCsv(REPORT, 'attendance', { timeZone: 'Asia/Tokyo' }));
    expect(tokyo[1]).toContain(',2030-05-15 02:01:00,');
  });

  it('writes the header\'s times as the report\'s language does, naming the zone', () => {
    const header = lines(reportCsv(REPORT, undefined, { timeZone: 'America/Mexico_City' })).slice(0, 7);
    expect(header[2]).toBe('Date,"May 14, 2030"');
    expect(header[4]).toMatch(/^Started,"May 14, 2030(,| at) 11:00\s?AM CST"$/);
    const spanish = lines(reportCsv({ ...REPORT, session: { ...REPORT.session, language: 'es' } }, undefined, { timeZone: 'America/Mexico_City' })).slice(0, 7);
    expect(spanish[2]).toMatch(/,14 de mayo de 2030$/);
    expect(spanish[4]).toMatch(/,"?14 de mayo de 2030(,| a las) 11:00 (GMT-6|CST)"?$/);
  });
});
