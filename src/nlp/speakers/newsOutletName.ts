import { loadAgencies } from '../mentions/loadAgencies.js';

// Outlet words that also end the names of other bodies ("Immigrant Defense Network", "the Medical
// Examiner", "the Election Monitor", "a Review board"): not enough alone to call a name a newsroom's.
const AMBIGUOUS = new Set(['Network', 'Media', 'Review', 'Report', 'Monitor', 'Advocate', 'Examiner', 'Register', 'Digest', 'Bulletin', 'Press', 'Daily', 'Weekly', 'Radio', 'Television', 'TV', 'Broadcasting', 'Wire', 'Blog', 'Podcast', 'Newsletter', 'Substack', 'Observer', 'Statesman', 'Reporter', 'Newsroom']);

/** A broadcaster's call sign: "KXAN", "WCHB", "WFAA-TV". */
export const CALL_SIGN = /^[KW][A-Z]{2,4}(?:-(?:TV|FM|AM|DT|LP|CD))?$/u;

// Four capitals opening on K or W that name other bodies in this kind of news: the children's legal
// charity "KIND", the research group "WOLA".
const NOT_STATIONS = new Set(['KIND', 'WOLA']);

// What may follow a network's or a station's name within its own: "Telemundo 52", "NBC Los Angeles", "KTLA 5".
const MAX_AFTER_NETWORK = 2;

/**
 * Whether the words of a name (capitalised, no article before them; the last may be possessive)
 * name a news outlet: the last is an outlet word of vocab/agencies.json ("Times", "Tribune", "News")
 * that ends no other kind of body, or the last two are ("Associated Press"); or the first is a
 * network there (outletNetworks: "NBC Los Angeles", "Telemundo 52") or a station's call sign written
 * alone or with a suffix or a channel ("KTLA", "WFAA-TV", "KTLA 5").
 */
export function readsAsNewsOutlet(words: readonly string[]): boolean {
  if (!words.length) return false;
  const { outletWords, outletNetworks } = loadAgencies();
  const last = words[words.length - 1].replace(/['’]s?$/u, '');
  if (outletWords.has(last) && !AMBIGUOUS.has(last)) return true;
  if (words.length >= 2 && outletWords.has(`${words[words.length - 2]} ${last}`)) return true;
  const first = words.length === 1 ? last : words[0];
  if (words.length - 1 > MAX_AFTER_NETWORK) return false;
  if (outletNetworks.has(first)) return true;
  return CALL_SIGN.test(first) && !NOT_STATIONS.has(first) && (first.length === 4 || first.includes('-'));
}
