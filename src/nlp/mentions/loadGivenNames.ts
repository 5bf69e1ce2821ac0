import { z } from 'zod';
import { readVocab } from './readVocab.js';

const GivenNamesSchema = z.object({ female: z.array(z.string().min(1)), male: z.array(z.string().min(1)) });

export interface GivenNameLists {
  readonly female: readonly string[];
  readonly male: readonly string[];
}

let lists: GivenNameLists | null = null;
let all: ReadonlySet<string> | null = null;

/** vocab/speakers-given-names.json as written, read and checked once per process (speakers take gender evidence from it). */
export function loadGivenNameLists(): GivenNameLists {
  lists ??= Object.freeze(readVocab('speakers-given-names.json', GivenNamesSchema));
  return lists;
}

/** Common given names of either list, lower-cased. */
export function loadGivenNames(): ReadonlySet<string> {
  if (!all) {
    const { female, male } = loadGivenNameLists();
    all = new Set([...female, ...male].map((n) => n.toLowerCase()));
  }
  return all;
}
