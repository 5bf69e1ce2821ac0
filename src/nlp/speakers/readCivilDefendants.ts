import type { OrganizationMention } from '../../domain/analysis.js';
import type { Entity } from './entity.js';
import { organizationEntity } from './organizationEntity.js';
import type { SpeakerContext } from './speakerContext.js';
import type { Word } from './words.js';

// What a court order or a civil filing calls the government it is sued: "Defendants argue", "The Government further argues".
const PARTY_WORDS = new Set(['defendants', 'the defendants', 'the government', 'government', 'respondents', 'the federal defendants']);
// "Ana Ruiz, Plaintiffs, v. U.S. Department of Homeland Security, …, Defendants.", "Ruiz v. U.S. Department of Homeland Security":
// a caption's "v." near the top, not after the government (a criminal case: "United States v. Ruiz").
const CAPTION_V = /(?<!\b(?:States|STATES|America|AMERICA|People|PEOPLE|Commonwealth|COMMONWEALTH|State of \p{Lu}\p{L}+))\s+(?:v\.|vs\.|V\.|VS\.)\s+/u;
const CAPTION_REACH = 1500;

const cache = new WeakMap<SpeakerContext, OrganizationMention | null>();

/** The first agency a civil caption near the top of the text sues, between its "v." and the line's end or "Defendants". */
function suedAgency(ctx: SpeakerContext): OrganizationMention | null {
  const known = cache.get(ctx);
  if (known !== undefined) return known;
  const head = ctx.text.slice(0, CAPTION_REACH);
  const v = CAPTION_V.exec(head);
  let found: OrganizationMention | null = null;
  if (v) {
    const from = v.index + v[0].length;
    const lineEnd = head.indexOf('\n', from);
    const defendants = head.slice(from, lineEnd < 0 ? head.length : lineEnd).search(/,?\s+Defendants?\b/u);
    const to = defendants >= 0 ? from + defendants : lineEnd < 0 ? head.length : lineEnd;
    found = ctx.organizations.find((o) => o.agencyId !== null && o.start >= from && o.end <= to) ?? null;
  }
  cache.set(ctx, found);
  return found;
}

/**
 * "Defendants contend that the crowd was not peaceful", "The Government further argues" in an order
 * or filing whose civil caption sues an agency ("Press Guild v. U.S. Department of Homeland Security"):
 * that agency, the first the caption names, on the officials' side. Null elsewhere, and in a criminal
 * case (readGovernment and the caption's defendant speak there).
 */
export function readCivilDefendants(ctx: SpeakerContext, words: readonly Word[]): Entity | null {
  if (!PARTY_WORDS.has(words.map((w) => w.norm).join(' '))) return null;
  const agency = suedAgency(ctx);
  return agency ? organizationEntity(agency, ctx.vocab, ['defendants', 'government']) : null;
}
