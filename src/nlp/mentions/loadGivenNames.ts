import { z } from 'zod';
import { readVocab } from './readVocab.js';

const GivenNamesSchema = z.object({ female: z.array(z.string().min(1)), male: z.array(z.string().min(1)) });

let cached: ReadonlySet<string> | null = null;

/** Common given names (vocab/speakers-given-names.json), lower-cased, read once per process. */
export function loadGivenNames(): ReadonlySet<string> {
  if (!cached) {
    const file = readVocab('speakers-given-names.json', GivenNamesSchema);
    cached = new Set([...file.female, ...file.male].map((n) => n.toLowerCase()));
  }
  return cached;
}
