import type { DateMention, DatePrecision } from '../../domain/analysis.js';
import type { SentenceInfo } from './describeSentences.js';

export interface EventDate {
  readonly date: string | null;
  readonly precision: DatePrecision;
  readonly time: string | null;
  readonly dateMention: DateMention | null;
  readonly timeMention: DateMention | null;
}

const PRECISION_RANK: Readonly<Record<DatePrecision, number>> = { day: 0, week: 1, month: 2, year: 3, unknown: 4 };

// A date right after these words dates the reporting or the court case, not the event:
// "testified at a hearing Wednesday", "said Thursday", "charged on Jan. 16".
const LATER_EVENT = /\b(?:said|says|told|announced|released|statement|hearing|testified|court|filed|charged|indicted|arraign\w*|sentenc\w*|plea|pleaded|appeared|news conference|press conference|interview|updated|published|reported|vigil|rally|protest\w*)\b[^.]{0,25}$/iu;

/**
 * The event's date: a date mention in a sentence that tells the incident (force words first), not
 * after the publication date, not one that dates a statement or a hearing; the most precise wins,
 * then the one closest to an incident word, then the earliest. The time comes with it, or from the
 * nearest time of day stated in an incident sentence.
 */
export function findEventDate(sentences: readonly SentenceInfo[], text: string, anchor: string | null): EventDate {
  const candidates: { m: DateMention; key: number[] }[] = [];
  const timed: { m: DateMention; key: number[] }[] = [];
  for (const s of sentences) {
    if (!s.strong && !s.weak) continue;
    for (const m of s.mentions) {
      if (m.kind !== 'date') continue;
      const later = LATER_EVENT.test(text.slice(Math.max(s.start, m.start - 60), m.start)) ? 1 : 0;
      const key = [later, s.strong ? 0 : 1, m.start];
      if (m.time) timed.push({ m, key });
      if (m.date === null || (anchor && m.date > anchor)) continue;
      candidates.push({ m, key: [later, PRECISION_RANK[m.precision], ...key.slice(1)] });
    }
  }
  const best = pick(candidates);
  const timeMention = best?.time ? best : (pick(timed.filter((t) => !best || t.m.date === null || t.m.date === best.date)) ?? null);
  return Object.freeze({
    date: best?.date ?? null,
    precision: best ? best.precision : 'unknown',
    time: timeMention?.time ?? null,
    dateMention: best ?? null,
    timeMention: timeMention ?? null,
  });
}

function pick(list: { m: DateMention; key: number[] }[]): DateMention | null {
  const sorted = [...list].sort((a, b) => compareKeys(a.key, b.key));
  return sorted[0]?.m ?? null;
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}
