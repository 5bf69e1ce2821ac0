import type { Random } from './createRandom.js';
import type { SyntheticIncident } from './generateIncident.js';
import { LEADS, POOLS, writeFiller, type ArticleKind } from './paragraphs.js';
import { MONTHS, OUTLET_KINDS, OUTLET_WORDS, WEEKDAYS } from './wordLists.js';

export interface SyntheticArticle {
  readonly fileName: string;
  readonly incidentKey: string;
  readonly incident: SyntheticIncident;
  readonly kind: ArticleKind;
  /** The whole file: header block, blank line, body. */
  readonly text: string;
  readonly words: number;
}

const TITLES: Readonly<Record<ArticleKind, (i: SyntheticIncident) => string>> = Object.freeze({
  statement: (i) => `${i.agency.short} officer defends self after driver targets officers in ${i.place.city}`,
  wire: (i) => `Federal agent shoots man during immigration stop in ${i.place.city}`,
  local: (i) => `${i.place.city} residents demand answers after agents fire at driver`,
  filing: (i) => `Family of man shot by ${i.agency.short} officer sues, citing video`,
});

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** "on Tuesday" when the article runs within the week, else "on March 4" as news style has it. */
function describeDay(incidentDate: string, published: string): string {
  const at = new Date(`${incidentDate}T00:00:00Z`);
  const gap = (Date.parse(published) - at.getTime()) / 86_400_000;
  if (gap < 6) return `on ${WEEKDAYS[at.getUTCDay()]}`;
  return `on ${MONTHS[at.getUTCMonth()]} ${at.getUTCDate()}`;
}

/**
 * One article about `incident`, `targetWords` long (within a paragraph). Voices are drawn from the
 * kind's pools (a voice's paragraphs in order, so a name is introduced in full first), each at most once, then unattributed filler fills the rest, so quote
 * density falls in long articles as it does in real features.
 */
export function writeArticle(incident: SyntheticIncident, kind: ArticleKind, order: number, targetWords: number, r: Random): SyntheticArticle {
  const published = addDays(incident.date, order === 0 ? r.int(0, 1) : r.int(1, 12));
  const outlet = `The ${r.pick(OUTLET_WORDS)} ${r.pick(OUTLET_KINDS)}`;
  const slug = outlet.toLowerCase().replace(/^the /, '').replace(/\s+/g, '');
  const paragraphs = [LEADS[kind](incident, r, describeDay(incident.date, published))];
  let words = countWords(paragraphs[0]);
  const unused = POOLS[kind].map((pool) => [...pool]);
  while (words < targetWords) {
    const pools = unused.filter((p) => p.length > 0);
    // Earlier pools are the article's main voices: weight them higher.
    const pool = pools.length > 0 ? pools[Math.min(pools.length - 1, Math.floor(r.next() ** 2 * pools.length))] : null;
    const paragraph = pool ? pool.splice(0, 1)[0](incident, r, '') : writeFiller(r);
    paragraphs.push(paragraph);
    words += countWords(paragraph);
  }
  const header = [
    `Title: ${TITLES[kind](incident)}`,
    `Outlet: ${outlet}`,
    `URL: https://${slug}.example.com/${published.slice(0, 4)}/${incident.key}-${order}`,
    `Published: ${published}`,
  ].join('\n');
  return Object.freeze({
    fileName: `${incident.key}-${order}-${kind}.txt`,
    incidentKey: incident.key,
    incident,
    kind,
    text: `${header}\n\n${paragraphs.join('\n\n')}\n`,
    words,
  });
}
