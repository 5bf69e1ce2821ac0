import { loadTitles } from '../mentions/loadTitles.js';
import type { PersonRecord, PersonRegistry } from './personRegistry.js';
import { splitWords } from './words.js';

/**
 * The people the document names with a title holding the word `head` ("judge" of "U.S. District Judge";
 * "governor" of "Gov."), or one that means what it means ("congressman" of "Rep.": both a Representative).
 */
export function titleHolders(persons: PersonRegistry, head: string): PersonRecord[] {
  const titles = loadTitles();
  const meant = titles.meaning(head);
  return persons.all().filter((r) => r.title !== null && splitWords(r.title).some((w) => w.norm === head || titles.meaning(w.norm) === meant));
}
