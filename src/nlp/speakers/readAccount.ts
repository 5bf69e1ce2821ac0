import type { DescriptionSite } from './describeDescription.js';
import type { Entity } from './entity.js';
import { organizationEntity } from './organizationEntity.js';
import type { SpeakerContext } from './speakerContext.js';
import type { Word } from './words.js';

// "@USBPChiefSPW": a social-media handle, the whole source.
const HANDLE = /^\s*@\w{2,30}\s*$/u;
// "the official account of the Border Patrol's Spokane Sector", "the Border Patrol's official X account": where
// the text says whose an account is; the phrase after "of", or before "account", names the body.
const WHOSE_ACCOUNT = /\b(?:official\s+)?(?:(?:X|Twitter|Instagram|Facebook|Bluesky|TikTok|social[- ]media)\s+)?account\s+(?:of|for)\s+([^,.;:"“”]{2,80})|([^,.;:"“”]{2,60}?)['’]s?\s+(?:official\s+)?(?:(?:X|Twitter|Instagram|Facebook|Bluesky|TikTok|social[- ]media)\s+)?account\b/gu;

// Any handle in running text, and how far after the phrase that says whose an account is its handle may stand
// ("the official account of the Spokane Sector, @USBPChiefSPW,"): further on, a handle may be anyone's.
const ANY_HANDLE = /@\w{2,30}/u;
const HANDLE_REACH = 40;
const SENTENCE_BREAK = /[.!?\n"“”]/u;

const DEFINITE = new Set(['the', 'that', 'this', 'its', 'their']);

/**
 * A social-media account speaking: "the Spokane Sector account posted", "@USBPChiefSPW wrote on X". The
 * body the text says the account is ("the official account of the Border Patrol's Spokane Sector"), when
 * it names exactly one organisation so before the source; a handle only when it stands right after that
 * phrase. Null otherwise: a handle alone may be anyone's, and a claim on the wrong side is worse than none.
 */
export function readAccount(ctx: SpeakerContext, source: { readonly text: string }, words: readonly Word[], site: DescriptionSite): Entity | null {
  const handle = HANDLE.test(source.text);
  // "the Spokane Sector account", not "an account called …", which is another.
  // Nor "the witness's account", a version of events whose owner the phrase names.
  if (!handle && (words[words.length - 1]?.norm !== 'account' || !DEFINITE.has(words[0]?.norm ?? '') || words.some((w) => w.possessive))) return null;
  const name = source.text.trim();
  const owners = new Map<string, { entity: Entity; end: number }>();
  for (const m of ctx.text.slice(0, site.at).matchAll(WHOSE_ACCOUNT)) {
    const phrase = m[1] ?? m[2];
    const from = m.index + m[0].indexOf(phrase);
    const org = ctx.organizations.find((o) => o.start >= from && o.end <= from + phrase.length);
    if (org) owners.set(org.name, { entity: organizationEntity(org, ctx.vocab, ['account']), end: m.index + m[0].length });
  }
  const [owner] = owners.values();
  // A handle is the account named just before only when it is the first handle the text gives after it, close by.
  const firstHandle = owner ? ctx.text.slice(owner.end).search(ANY_HANDLE) : -1;
  const besideOwner = firstHandle >= 0 && firstHandle <= HANDLE_REACH && !SENTENCE_BREAK.test(ctx.text.slice(owner.end, owner.end + firstHandle)) && ctx.text.startsWith(name, owner.end + firstHandle);
  if (owners.size === 1 && (!handle || besideOwner)) return owner.entity;
  return null;
}
