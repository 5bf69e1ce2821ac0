import { z } from 'zod';
import checkableJson from '../../../vocab/checkable-claims.json' with { type: 'json' };
import type { Speaker } from '../../domain/attribution.js';
import { ParallaxError } from '../../lib/errors.js';
import type { DocumentView } from '../queries.js';

/** A statistical statement an official made, with everything a fact-checker needs to find it. */
export interface CheckableClaim {
  readonly attributionId: string;
  readonly text: string;
  readonly speaker: Speaker;
  readonly documentId: string;
  readonly versionId: string;
  readonly url: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly start: number;
  readonly end: number;
}

export interface CheckableVocab {
  readonly roles: readonly string[];
  readonly statistic: RegExp;
}

const vocabSchema = z.object({ roles: z.array(z.string().min(1)).min(1), statisticWords: z.array(z.string().min(1)).min(1) });

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compiles the vocabulary once; a malformed file fails loudly rather than exporting nothing. */
export function compileCheckableVocab(json: unknown): CheckableVocab {
  const parsed = vocabSchema.safeParse(json);
  if (!parsed.success) throw new ParallaxError('stage_failed', 'vocab/checkable-claims.json is malformed.', { issues: parsed.error.issues.slice(0, 5) });
  // "%" is punctuation, so it cannot sit between word boundaries like the words do.
  const words = parsed.data.statisticWords.map((w) => (/^\w/.test(w) ? `\\b${escapeRegex(w)}\\b` : escapeRegex(w)));
  return { roles: parsed.data.roles, statistic: new RegExp(words.join('|'), 'i') };
}

let cached: CheckableVocab | null = null;
export function loadCheckableVocab(): CheckableVocab {
  cached ??= compileCheckableVocab(checkableJson);
  return cached;
}

/**
 * The attributions of a document that are checkable statistical claims: a resolved speaker whose
 * role is in the vocabulary, content holding a number and a statistic word. A document without a
 * URL yields none, because a claim review must cite where the claim appeared.
 */
export function findCheckableClaims(document: DocumentView, vocab: CheckableVocab = loadCheckableVocab()): CheckableClaim[] {
  if (!document.url) return [];
  const claims: CheckableClaim[] = [];
  for (const a of document.attributions) {
    if (!a.speaker || !vocab.roles.includes(a.speaker.role)) continue;
    const text = a.content.fragments.map((f) => f.text).join(' … ');
    if (!/\d/.test(text) || !vocab.statistic.test(text)) continue;
    claims.push({
      attributionId: a.id,
      text,
      speaker: a.speaker,
      documentId: document.id,
      versionId: document.versionId,
      url: document.url,
      title: document.title,
      outlet: document.outlet,
      published: document.published,
      start: a.content.start,
      end: a.content.end,
    });
  }
  return claims;
}
