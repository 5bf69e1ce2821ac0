import { stateCode } from '../mentions/stateCode.js';
import { makeEntity, makeSpeaker, type Entity } from './entity.js';
import { foldName, type Word } from './words.js';

// The nouns of a foreign government's post: "consulate", "embassy", "consulate general".
const MISSIONS = new Set(['consulate', 'embassy', 'consul', 'mission']);
// Words that make the post the country's own: "the U.S. Embassy" speaks for the United States.
const OWN_COUNTRY = new Set(['u.s', 'us', 'american', 'united']);
const LINKS = new Set(['in', 'of', 'to', 'at']);

/**
 * A foreign government's post speaking for one of its nationals: "The Mexican consulate in
 * Nogales", "the Guatemalan Embassy", "Mexico's consulate in Chicago", "the Consulate General of
 * Honduras in Houston", and its foreign ministry ("Mexico's Secretariat of Foreign Affairs"). Named
 * as written (without the article), role `other`: a foreign government is neither the officials of
 * the incident nor the subject's side. Null for anything else, for a post of the United States
 * itself, and for words set off by a comma (`text` is the document the words' offsets point into).
 */
export function readForeignMission(words: readonly Word[], text: string): Entity | null {
  // "The Mexican consul in Nogales, Marcela Orozco": a post set before a name describes the person.
  // Not "The Mexican Consulate in Nogales, Arizona": a state after the city is the place's.
  const comma = words.findIndex((w, i) => i > 0 && text.slice(words[i - 1].end, w.start).includes(','));
  if (comma > 0 && !statePlace(words, comma)) return null;
  const name = words[0]?.norm === 'the' ? words.slice(1) : words;
  const ministry = foreignMinistry(name);
  if (ministry) return ministry;
  const at = name.findIndex((w) => MISSIONS.has(w.norm));
  if (at < 0 || name.length < 2) return null;
  const country = name.slice(0, at);
  // "consulate general": the second word is part of the post's name.
  let end = at + 1;
  if (name[end]?.norm === 'general') end++;
  const after = name.slice(end);
  // Before the post: one or two capitalised words, the country or its adjective ("Mexican", "El Salvador's").
  if (country.length > 2 || !country.every((w) => w.capitalized) || country.some((w) => OWN_COUNTRY.has(w.norm))) return null;
  // After it: nothing, or "in/of/to/at" and capitalised words ("of Honduras in Houston").
  if (!placeTail(after)) return null;
  const ofCountry = after[0]?.norm === 'of' ? after.slice(1).filter((w) => w.capitalized) : [];
  if (country.length === 0 && ofCountry.length === 0) return null;
  if ([...country, ...ofCountry.slice(0, 1)].some((w) => OWN_COUNTRY.has(w.norm))) return null;
  const written = text.slice(name[0].start, name[name.length - 1].end).replace(/\s+/gu, ' ');
  return makeEntity({ key: `org:${foldName(written)}`, kind: 'organization', speaker: makeSpeaker(written, written, 'other'), heads: [name[at].norm] });
}

/** Whether the words from the comma at `comma` on are a state, after a post's city ("Consulate in Nogales, Arizona"). */
function statePlace(words: readonly Word[], comma: number): boolean {
  const post = words.findIndex((w) => MISSIONS.has(w.norm) && w.norm !== 'consul');
  const rest = words.slice(comma);
  return post >= 0 && post < comma - 1 && rest.length <= 2 && stateCode(rest.map((w) => w.text).join(' ')) !== null;
}

/** Nothing, or runs of "in/of/to/at" each followed by capitalised words. */
function placeTail(words: readonly Word[]): boolean {
  let i = 0;
  while (i < words.length) {
    if (!LINKS.has(words[i].norm)) return false;
    i++;
    if (words[i]?.norm === 'the') i++;
    const from = i;
    while (i < words.length && words[i].capitalized) i++;
    if (i === from) return false;
  }
  return true;
}

// A government's foreign ministry, after the country: "Foreign Ministry", "Ministry of Foreign Affairs".
const MINISTRIES = ['foreign ministry', 'foreign affairs ministry', 'ministry of foreign affairs', 'secretariat of foreign affairs', 'ministry of external relations', 'foreign office'];

/**
 * "Mexico's Secretariat of Foreign Affairs", "the Guatemalan Foreign Ministry": a foreign ministry
 * after one or two capitalised words naming its country (not the United States). Role `other`, as
 * its posts abroad.
 */
function foreignMinistry(name: readonly Word[]): Entity | null {
  const tail = MINISTRIES.find((m) => {
    const n = m.split(' ').length;
    return name.length > n && name.slice(name.length - n).map((w) => w.norm).join(' ') === m;
  });
  if (tail === undefined) return null;
  const country = name.slice(0, name.length - tail.split(' ').length);
  if (country.length > 2 || !country.every((w) => w.capitalized) || country.some((w) => OWN_COUNTRY.has(w.norm))) return null;
  const text = name.map((w) => w.text).join(' ');
  return makeEntity({ key: `org:${foldName(text)}`, kind: 'organization', speaker: makeSpeaker(text, text, 'other'), heads: ['ministry'] });
}
