import { escapeRegExp } from '../../lib/escapeRegExp.js';
import type { PersonRecord } from './personRegistry.js';
import { foldName } from './words.js';

const memo = new WeakMap<PersonRecord, { text: string; yes: boolean }>();

/**
 * "Castañeda left the house with Yesenia's cousin, Rubén Lugo Pérez … Lugo went inside to pay": a text
 * that calls Efraín Castañeda Lugo by the first of his surnames alone keeps the last, alone, for another
 * who bears it. Whether `word` is the last word of the person's name (of three words or more) and the
 * text writes the next-to-last alone, not before the last.
 */
export function callsByFirstAlone(text: string, record: PersonRecord, word: string): boolean {
  const words = record.name.split(/\s+/u);
  if (words.length < 3 || foldName(words[words.length - 1]) !== foldName(word)) return false;
  const known = memo.get(record);
  if (known && known.text === text) return known.yes;
  const [first, last] = words.slice(-2);
  const yes = new RegExp(`(?<![\\p{L}\\p{M}'’-])${escapeRegExp(first)}(?![\\p{L}\\p{M}'’-]|\\s+${escapeRegExp(last)})`, 'u').test(text);
  memo.set(record, { text, yes });
  return yes;
}
