import type { PlaceMention } from '../../domain/analysis.js';
import { loadPlaces } from './loadPlaces.js';
import { lookupCity } from './lookupCity.js';
import { stateCode } from './stateCode.js';

const WORD_START = /(^|[\s-])(\p{L})/gu;

/** "MINNEAPOLIS (Meridian) —", "PORTLAND, Ore. —", "PHOENIX —", "McALLEN, Texas —" at the start of a line. */
const DATELINE = /^[ \t]*((?:Ma?c)?[A-Z][A-Z.'\- ]{1,30}[A-Z.])(?:,[ \t]+([A-Z][A-Za-z. ]{1,20}?))?[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:\u2014|\u2013|--|-)[ \t]/gm;

const DATELINE_OPENING = new RegExp(DATELINE.source);

/** How many characters of `line` a dateline opening it takes ("ST. PAUL, Minn. — "), 0 for none. */
export function datelineLength(line: string): number {
  return DATELINE_OPENING.exec(line)?.[0].length ?? 0;
}

// Words a page sets in capitals before a dash that are no town: "UPDATE —", "BREAKING —".
const NOT_TOWNS = new Set(['UPDATE', 'UPDATED', 'BREAKING', 'EXCLUSIVE', 'WATCH', 'LIVE', 'ANALYSIS', 'OPINION', 'EDITORIAL', 'CORRECTION', 'CLARIFICATION', 'NOTE', 'EDITOR', 'VIDEO', 'PHOTOS', 'LISTEN', 'READ', 'RELATED', 'DEVELOPING', 'URGENT', 'ALERT', 'FACT CHECK']);

const DATELINE_LINE = new RegExp(DATELINE.source, 'mu');

/** Where the text's first dateline-like line starts, or -1. */
function firstDatelineAt(text: string): number {
  return DATELINE_LINE.exec(text)?.index ?? -1;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(WORD_START, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * Datelines name where a story was filed. A city there is resolved even when its bare name is
 * ambiguous, with the state the dateline gives or, failing that, the city list's only such city.
 */
export function findDatelines(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  DATELINE.lastIndex = 0;
  for (let m = DATELINE.exec(text); m; m = DATELINE.exec(text)) {
    const cityText = m[1].trim();
    const stateText = m[2]?.trim() ?? null;
    const state = stateText ? stateCode(stateText) : null;
    if (stateText && !state) continue;
    // "McALLEN": a prefix the capitals keep in small letters stays as written ("McAllen").
    const prefix = /^Ma?c(?=[A-Z])/u.exec(cityText)?.[0] ?? '';
    const name = prefix + titleCase(cityText.slice(prefix.length));
    const known = lookupCity(name, state);
    // "WORTHINGTON —" opening the story: a town the city list lacks, where the first dateline names it.
    const unlisted = out.length === 0 && m.index === firstDatelineAt(text) && !NOT_TOWNS.has(cityText) && /^[A-Z][A-Z'\- ]{2,24}$/u.test(cityText);
    if (!known && !state && !loadPlaces().citiesByName.has(name) && !unlisted) continue;
    const start = m.index + m[0].indexOf(m[1]);
    const end = stateText ? m.index + m[0].indexOf(stateText, m[0].indexOf(m[1]) + m[1].length) + stateText.length : start + m[1].length;
    out.push(Object.freeze({ kind: 'place', start, end, text: text.slice(start, end), city: known?.city ?? name, state: known?.state ?? state, place: null }));
  }
  return out;
}
