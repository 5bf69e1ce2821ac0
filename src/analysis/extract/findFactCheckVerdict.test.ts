import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../domain/document.js';
import { analyseText } from '../../nlp/analyseText.js';
import { describeSentences } from './describeSentences.js';
import { findFactCheckVerdict } from './findFactCheckVerdict.js';
import { loadForceVocab } from './forceVocab.js';

function verdictOf(body: string, meta: { title?: string | null; url?: string | null; outlet?: string | null } = {}) {
  const metadata = { title: meta.title ?? null, url: meta.url ?? null, outlet: meta.outlet === undefined ? 'Northfield Verify' : meta.outlet, author: null, published: '2026-03-20', modified: null };
  const doc: ParsedDocument = { kind: 'parsed-document', format: 'text', sha256: 'x', byteLength: body.length, text: body, bodyStart: 0, metadata, anchor: { kind: 'explicit', date: '2026-03-20', span: null }, updateNotes: [] };
  const { analysis } = analyseText(body, { anchorDate: '2026-03-20', bodyStart: 0, outlet: metadata.outlet });
  const sentences = describeSentences(doc, analysis, loadForceVocab());
  const found = findFactCheckVerdict(metadata, sentences);
  return found && { speaker: found.speaker, sentences: sentences.filter((s) => found.sentences.has(s.index)).map((s) => s.text) };
}

const CHECK = 'Officials said attacks rose by 600 percent.\n\nA sociologist said the counts are missing.\n\nOur ruling\n\nThe agency has not released its numbers. We rate it Unverifiable.';

describe('findFactCheckVerdict', () => {
  it('reads the paragraphs after a verdict heading as the outlet’s rating, in its own voice', () => {
    expect(verdictOf(CHECK, { title: 'Fact check: Did attacks on agents rise 600%?' })).toEqual({
      speaker: { name: 'Northfield Verify', affiliation: 'fact check', role: 'other' },
      sentences: ['The agency has not released its numbers.', 'We rate it Unverifiable.'],
    });
  });

  it('knows a fact check by its title, its URL, or a heading followed by a rating', () => {
    expect(verdictOf(CHECK, { url: 'https://example.org/fact-check/agents' })?.sentences).toHaveLength(2);
    expect(verdictOf(CHECK)?.sentences).toHaveLength(2);
    // A "Conclusion" heading over no rating is a news story's section, not a verdict.
    expect(verdictOf('Officials said attacks rose.\n\nConclusion\n\nThe agency has not released its numbers.')).toBeNull();
  });

  it('takes a rating sentence anywhere in a fact check, and nothing without an outlet to name', () => {
    expect(verdictOf('Officials said attacks rose by 600 percent. We rate the claim Misleading.', { title: 'Fact-check: agents and the 600% figure' })?.sentences).toEqual(['We rate the claim Misleading.']);
    expect(verdictOf(CHECK, { title: 'Fact check: agents', outlet: null })).toBeNull();
  });
});
