import type { Description } from './readDescription.js';

// "government lawyers", "the prosecution's attorney": words before counsel's noun that make them the state's.
const GOVERNMENT_WORDS = new Set(['government', 'government’s', "government's", 'prosecution', 'prosecution’s', "prosecution's"]);
// "Lawyers for the government", "an attorney for the United States".
const GOVERNMENT_CLIENTS = new Set(['government', 'prosecution', 'united states', 'federal government', 'u.s. government']);

/**
 * Whether a description of counsel says they act for the government, named by no agency: "the
 * government's attorney", "Lawyers for the government". `federal` too counts when `withFederal`
 * ("federal lawyers"), which a named "federal public defender" must not.
 */
export function actsForGovernment(d: Description, withFederal: boolean): boolean {
  const head = d.head;
  if (!head || d.possessivePronoun) return false;
  const before = d.words.filter((w) => w.start < head.words[0].start);
  const client = d.complement.filter((w) => w.norm !== 'the').map((w) => w.norm).join(' ');
  return before.some((w) => GOVERNMENT_WORDS.has(w.norm) || (withFederal && w.norm === 'federal')) || GOVERNMENT_CLIENTS.has(client);
}
