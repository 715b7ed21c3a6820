import type { SeriesOverview } from '@kindred/session';
import { attendanceHeading, attendanceTable } from './series.service';
import { generateRejoinCode, normalizeRejoinCode } from './series-store';

describe('rejoin codes', () => {
  it('are 7 characters of the join-code alphabet, read back however people type them', () => {
    const code = generateRejoinCode();
    expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{7}$/);
    expect(normalizeRejoinCode(`${code.slice(0, 3).toLowerCase()} - ${code.slice(3)}`)).toBe(code);
  });

  it('refuse what cannot be one: a join code, a phone code, look-alike letters', () => {
    expect(normalizeRejoinCode('ABC234')).toBeNull();
    expect(normalizeRejoinCode('ABCD2345')).toBeNull();
    expect(normalizeRejoinCode('ABC0O1I')).toBeNull();
  });
});

describe('the series attendance table', () => {
  it('has one row per pair by its chosen name, one column per evening, and the counts', () => {
    const overview: SeriesOverview = {
      id: 's',
      title: 'Spring',
      part: 2,
      evenings: [
        { sessionId: 'a', part: 1, title: 'Evening 1', code: 'ABC234', status: 'archived', present: 2, returning: 0 },
        { sessionId: 'b', part: 2, title: 'Evening 2', code: 'DEF567', status: 'running', present: 2, returning: 1 },
      ],
      pairs: [
        { seriesPairId: 'p1', name: 'Night Owls', attended: [true, true], evenings: 2 },
        { seriesPairId: 'p2', name: '=HYPERLINK()', attended: [true, false], evenings: 1 },
        { seriesPairId: 'p3', name: 'Sea Otters', attended: [false, true], evenings: 1 },
      ],
    };
    expect(attendanceTable(overview, 'en')).toEqual([
      ['Pair', 'Evening 1', 'Evening 2', 'Evenings attended'],
      ['Night Owls', 'present', 'present', 2],
      ['=HYPERLINK()', 'present', '', 1],
      ['Sea Otters', '', 'present', 1],
      ['Pairs present', 2, 2, ''],
      ['Of them returning', 0, 1, ''],
    ]);
    // The same table for a Spanish-speaking reader: the names stay as the pairs chose them.
    expect(attendanceTable(overview, 'es')[0]).toEqual(['Dúo', 'Encuentro 1', 'Encuentro 2', 'Encuentros a los que vino']);
    expect(attendanceTable(overview, 'es')[4]?.[0]).toBe('Dúos presentes');
    expect(attendanceHeading(overview, 'es')).toBe('Asistencia a la serie: Spring');
  });
});
