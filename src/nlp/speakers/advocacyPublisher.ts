// An advocacy group's name: "Frontera Rights Coalition", "American Civil Liberties Union", "Human Rights Watch", "Open Door
// Court Watch", "Immigrant Legal Defense Project". Up to the word that makes it one; what follows ("… Force Tracker") is its page.
const ADVOCACY = /^((?:[\p{L}'’.&-]+\s+){0,5}?(?:[\p{L}'’.&-]+\s+)?(?:Coalition|Alliance|Civil\s+Liberties\s+Union|Rights\s+Watch|Court\s+Watch|Legal\s+Defense\s+(?:Fund|Project)|Justice\s+Project|Defense\s+Project|Advocates))\b/u;
// A newsroom whose name holds such a word is still a newsroom: "The Marshall Project" is none of these, "Coalition News" is one.
const NEWSROOM = /\b(?:News|Times|Post|Journal|Ledger|Herald|Tribune|Press|Radio|TV|Television|Gazette|Chronicle|Observer|Reporter|Daily|Weekly|Magazine|Wire|Media)\b/u;

/**
 * The advocacy group that publishes a document, from the outlet's name ("Frontera Rights Coalition Force Tracker" →
 * "Frontera Rights Coalition"), or null for a newsroom or an agency. What such a publisher writes in its own voice is
 * a party's account of an incident, not a newsroom's reporting.
 */
export function advocacyPublisher(outlet: string | null | undefined): string | null {
  const name = outlet?.trim();
  if (!name || NEWSROOM.test(name)) return null;
  const m = ADVOCACY.exec(name);
  return m ? m[1].replace(/\s+/gu, ' ') : null;
}
