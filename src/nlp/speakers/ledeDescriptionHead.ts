import type { RoleVocab } from './roleVocab.js';
import type { Word } from './words.js';

/**
 * The noun of a lede's description of the person a story is about, "A Mesa man who …" → "man":
 * the phrase opens on "a"/"an", and its first lower-case word before a relative clause is a noun
 * that calls the one force was used on (vocab/roles.json subjectDescriptors) or a gendered noun
 * ("mother"), but no relation ("a neighbor", "a lawyer"), spokesperson or title ("a hospital spokeswoman",
 * "a congresswoman"): those speak for others, they are not whom a story is about. Null otherwise.
 */
export function ledeDescriptionHead(words: readonly Word[], vocab: RoleVocab): Word | null {
  if (words.length < 2 || (words[0].norm !== 'a' && words[0].norm !== 'an')) return null;
  const nouns = new Set(vocab.subjectDescriptors.map((d) => d.split(' ').pop()));
  const stop = words.findIndex((w, i) => i > 0 && (w.norm === 'who' || w.norm === 'that' || w.norm === 'whose'));
  const head = words.slice(1, stop < 0 ? words.length : stop).find((w) => !w.capitalized && (nouns.has(w.norm) || vocab.genderWords.has(w.norm)));
  if (!head || vocab.relationRoles.has(head.norm) || vocab.spokesNouns.has(head.norm) || vocab.titleRoles.has(head.norm)) return null;
  return head;
}
