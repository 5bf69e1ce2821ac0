import { describe, expect, it } from 'vitest';
import { splitSentences } from '../sentences/splitSentences.js';
import { tokenize } from '../tokens/tokenize.js';
import { findAttributions, type AttributionMethod } from './findAttributions.js';

function attribute(text: string, method: AttributionMethod) {
  const tokens = tokenize(text);
  const found = findAttributions(text, { tokens, sentences: splitSentences(text, tokens) }, { method });
  for (const a of found) for (const span of [a.source, a.cue, ...a.content.fragments]) if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
  return found;
}

describe('findAttributions: methods', () => {
  // Sentences of our own writing; the committed model must read plain reporting.
  const text = 'The county sheriff said the road would reopen on Friday. Many residents believe the repairs came too late.';

  it('the learned tagger finds a plain reported-speech relation with its source and cue', () => {
    const found = attribute(text, 'learned');
    const said = found.find((a) => a.cue?.text === 'said');
    expect(said?.source?.text).toBe('The county sheriff');
    expect(said?.content.text).toContain('the road would reopen on Friday');
  });

  it('combined keeps every relation of the rules and adds only learned ones that do not overlap them', () => {
    const rules = attribute(text, 'rules');
    const combined = attribute(text, 'combined');
    for (const r of rules) expect(combined).toContainEqual(r);
    const added = combined.filter((c) => !rules.some((r) => r.cue?.start === c.cue?.start));
    for (const a of added) for (const r of rules) expect(a.cue!.end <= r.cue!.start || a.cue!.start >= r.cue!.end).toBe(true);
    expect(combined.length).toBeGreaterThanOrEqual(rules.length);
  });

  it('confident keeps every relation of the rules and adds only learned ones with a source, in the product convention', () => {
    // "assailed … for" is outside the cue lexicon and its complements: only the tagger can find it.
    const more = `${text} The union assailed the council for ignoring the warnings.`;
    const rules = attribute(more, 'rules');
    const confident = attribute(more, 'confident');
    for (const r of rules) expect(confident).toContainEqual(r);
    const added = confident.filter((c) => !rules.some((r) => r.cue?.start === c.cue?.start));
    expect(added.length).toBeGreaterThan(0);
    for (const a of added) {
      expect(a.source).not.toBeNull();
      expect(a.content.text).not.toMatch(/^that\s|["“”]$|\.$/);
    }
  });

  it('the product default is the rules', () => {
    const tokens = tokenize(text);
    expect(findAttributions(text, { tokens, sentences: splitSentences(text, tokens) })).toEqual(attribute(text, 'rules'));
  });
});
