import type { AgeBand, Agenda, AgendaPairWords, AgendaSection, AgendaSegment, PairTextOverlay } from '../agenda';
import { pickLanguage } from '../resolve/localize';
import {
  BONUS_LEAD_TEXT,
  CARER_PRESET_TEXT,
  CARER_PRESETS,
  NEUTRAL_CARER_LABEL_TEXT,
  NEUTRAL_CARER_TEXT,
  PAIR_AGE_BAND_TEXT,
  PAIR_AGE_BANDS,
  PAIR_WORDS_SCREEN_TEXT,
  type CarerPreset,
  type PairAgeBand,
} from './pair-words-text';

/** Where a text names the carer; each pair's screens put in its own word. */
export const CARER_PLACEHOLDER = '{carer}';

/** How one pair names the carer: a preset (translated with the curriculum) or a name it typed. */
export type CarerWord = { preset: CarerPreset } | { name: string };

/** The pair's own settings: cosmetic for the carer, content-picking for the age band. */
export interface PairWords {
  carer: CarerWord;
  ageBand: PairAgeBand;
}

export function contentBand(band: PairAgeBand): AgeBand {
  return band === 'adult' ? 'adult' : 'teen';
}

/**
 * Puts `word` where the text says `{carer}`, capitalized at the start of a sentence
 * ("the grown-up" → "The grown-up answers first"); names keep their own spelling.
 */
export function fillCarer(text: string, word: string, label: string = word): string {
  if (!text.includes(CARER_PLACEHOLDER)) return text;
  const capitalized = word.charAt(0).toLocaleUpperCase() + word.slice(1);
  // "{carer}: …" names who speaks; the neutral word has its own label form ("Grown-up:").
  return text.replace(/\{carer\}(?=:)/g, label).replace(/\{carer\}/g, (_match, offset: number, whole: string) => {
    const before = whole.slice(0, offset);
    return /^\s*["“'‘(]?$|[.!?:]\s+["“'‘(]?$/.test(before) ? capitalized : word;
  });
}

/** Every string inside a resolved value with `{carer}` filled in; ids and numbers untouched. */
function fillDeep<T>(value: T, word: string, label: string = word): T {
  if (typeof value === 'string') return fillCarer(value, word, label) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => fillDeep(item, word, label)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, key === 'id' ? inner : fillDeep(inner, word, label)])) as T;
  }
  return value;
}

/** The room's agenda: `{carer}` read as the neutral word everywhere (projector, console, older clients). */
export function neutralAgenda(agenda: Agenda, language: string): Agenda {
  return fillDeep(agenda, pickLanguage(NEUTRAL_CARER_TEXT, language), pickLanguage(NEUTRAL_CARER_LABEL_TEXT, language));
}

/** What a pair sees of a segment: no facilitator script, no notes. */
function familyFacing(segment: AgendaSegment): AgendaSegment {
  const { notes: _notes, ...rest } = segment;
  return { ...rest, script: '' };
}

function sectionTexts(section: AgendaSection): PairTextOverlay['sections'][string] {
  return { title: section.title, summary: section.summary, keyIdeas: section.keyIdeas, takeHome: section.takeHome };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Builds `agenda.forPairs` from the same plan resolved once per age band with
 * `{carer}` kept: only what differs from the room's (neutral) agenda is stored.
 */
export function pairWordsFor(room: Agenda, byBand: Record<AgeBand, Agenda>, language: string): AgendaPairWords {
  const text = (value: Parameters<typeof pickLanguage>[0]) => pickLanguage(value, language);
  const roomSections = new Map(room.sections.map((section) => [section.id, section]));
  const roomSegments = new Map(room.sections.flatMap((section) => section.segments).map((segment) => [segment.id, familyFacing(segment)]));
  const overlay = (band: AgeBand): PairTextOverlay => {
    const sections: PairTextOverlay['sections'] = {};
    const segments: PairTextOverlay['segments'] = {};
    for (const section of byBand[band].sections) {
      const texts = sectionTexts(section);
      const roomSection = roomSections.get(section.id);
      if (!roomSection || !same(texts, sectionTexts(roomSection))) sections[section.id] = texts;
      for (const segment of section.segments) {
        const shown = familyFacing(segment);
        if (!same(shown, roomSegments.get(segment.id))) segments[segment.id] = shown;
      }
    }
    return { sections, segments, bonusLead: text(BONUS_LEAD_TEXT[band]) };
  };
  return {
    neutral: text(NEUTRAL_CARER_TEXT),
    carers: CARER_PRESETS.map((id) => ({ id, label: text(CARER_PRESET_TEXT[id]) })),
    ageBands: PAIR_AGE_BANDS.map((id) => ({ id, label: text(PAIR_AGE_BAND_TEXT[id]) })),
    overlays: { teen: overlay('teen'), adult: overlay('adult') },
    screen: Object.fromEntries(Object.entries(PAIR_WORDS_SCREEN_TEXT).map(([key, value]) => [key, text(value)])) as AgendaPairWords['screen'],
  };
}

/** The word a pair's screens use for the carer: its typed name, its preset, or "Mom" until it chose. */
export function carerWord(agenda: Agenda, carer: CarerWord | null | undefined): string {
  const presetId: CarerPreset = carer && 'preset' in carer ? carer.preset : 'mom';
  if (carer && 'name' in carer) return carer.name;
  return agenda.forPairs?.carers.find((option) => option.id === presetId)?.label ?? pickLanguage(CARER_PRESET_TEXT[presetId], agenda.language);
}

/**
 * The agenda as one pair's screens and handout speak it: its age band's texts and
 * its own word for the carer. Without a choice the pair sees the session's age band
 * and "Mom". An agenda made before pairs had words comes back unchanged.
 */
export function agendaForPair(agenda: Agenda, words: PairWords | null | undefined): Agenda {
  const forPairs = agenda.forPairs;
  if (!forPairs) return agenda;
  const band = words ? contentBand(words.ageBand) : agenda.ageBand;
  const word = carerWord(agenda, words?.carer);
  const overlay = forPairs.overlays[band];
  const sections = agenda.sections.map((section): AgendaSection => {
    const texts = overlay.sections[section.id];
    return {
      ...section,
      ...(texts ? fillDeep(texts, word) : {}),
      segments: section.segments.map((segment) => {
        const shown = overlay.segments[segment.id];
        const resolved = shown ? { ...fillDeep(shown, word), script: segment.script, ...(segment.notes ? { notes: segment.notes } : {}) } : segment;
        return resolved.kind === 'pairTalk' && resolved.bonus ? { ...resolved, bonusLead: overlay.bonusLead } : resolved;
      }),
    };
  });
  return { ...agenda, ageBand: band, sections };
}
