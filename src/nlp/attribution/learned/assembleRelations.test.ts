import { describe, expect, it } from 'vitest';
import { buildContext } from '../attributionContext.js';
import { loadCueLexicon } from '../cueLexicon.js';
import { splitSentences } from '../../sentences/splitSentences.js';
import { tokenize } from '../../tokens/tokenize.js';
import type { AttributionDraft } from '../attributionDraft.js';
import { assembleRelations } from './assembleRelations.js';
import { TAG_LABELS } from './tagLabels.js';

/** Labels for every sentence from a word → label map ("O" for words not listed). */
function contextWithLabels(text: string, labelOf: (word: string, index: number) => string) {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens, { bodyStart: 0 });
  const ctx = buildContext(text, tokens, sentences, loadCueLexicon());
  const labels = sentences.map((s) => Uint8Array.from(tokens.slice(s.tokenStart, s.tokenEnd), (t, i) => TAG_LABELS.indexOf(labelOf(t.text, s.tokenStart + i) as never)));
  return { ctx, labels, tokens };
}

describe('assembleRelations', () => {
  it('joins the content on both sides of an interrupting cue into one relation', () => {
    const text = '“We will rebuild,” the chief said, “and we will do it fast.”';
    const { ctx, labels, tokens } = contextWithLabels(text, () => 'O');
    const cueAt = tokens.findIndex((t) => t.text === 'said');
    const sourceAt = tokens.findIndex((t) => t.text === 'the');
    tokens.forEach((t, k) => {
      const y = k === cueAt ? 'B-C' : k === sourceAt ? 'B-S' : k === sourceAt + 1 ? 'I-S' : k === 0 || k === cueAt + 2 ? 'B-T' : t.text === ',' && k === cueAt + 1 ? 'O' : 'I-T';
      labels[0][k] = TAG_LABELS.indexOf(y as never);
    });
    const [relation] = assembleRelations(ctx, labels);
    expect(relation.source?.text).toBe('the chief');
    expect(relation.cue?.text).toBe('said');
    expect(relation.fragments).toHaveLength(2);
    expect(relation.kind).toBe('direct');
  });

  it('lets a quote that runs on into the next sentence extend the relation', () => {
    const text = 'The chief said the road was closed. It will reopen in May.';
    const { ctx, tokens } = contextWithLabels(text, () => 'O');
    const labels = ctx.sentences.map((s) => new Uint8Array(s.tokenEnd - s.tokenStart));
    const set = (k: number, y: string) => (labels[ctx.sentenceOfToken[k]][k - ctx.sentences[ctx.sentenceOfToken[k]].tokenStart] = TAG_LABELS.indexOf(y as never));
    set(0, 'B-S');
    set(1, 'I-S');
    set(2, 'B-C');
    for (let k = 3; k < 7; k++) set(k, k === 3 ? 'B-T' : 'I-T');
    const second = ctx.sentences[1];
    for (let k = second.tokenStart; k < second.tokenEnd - 1; k++) set(k, k === second.tokenStart ? 'B-T' : 'I-T');
    const relations = assembleRelations(ctx, labels);
    expect(relations).toHaveLength(1);
    expect(relations[0].fragments[0].text).toBe(text.slice(tokens[3].start, tokens[second.tokenEnd - 2].end));
  });

  /** Labels each sentence's tokens from a function of the token's text and its index within the sentence. */
  function labelSentences(text: string, labelOf: (word: string, i: number, sentence: number) => string) {
    const { ctx, tokens } = contextWithLabels(text, () => 'O');
    const labels = ctx.sentences.map((s) => Uint8Array.from(tokens.slice(s.tokenStart, s.tokenEnd), (t, i) => TAG_LABELS.indexOf(labelOf(t.text, i, s.index) as never)));
    return { ctx, labels };
  }

  it('adds a quote after the cue sentence as a second fragment of the same relation', () => {
    const text = '“The bridge is safe,” the mayor said. “We checked it twice.”';
    const { ctx, labels } = labelSentences(text, (w, i, s) => {
      if (s === 1) return i === 0 ? 'B-T' : 'I-T';
      if (w === 'the') return 'B-S';
      if (w === 'mayor') return 'I-S';
      if (w === 'said') return 'B-C';
      if (w === '.') return 'O';
      return i === 0 ? 'B-T' : 'I-T';
    });
    const relations = assembleRelations(ctx, labels);
    expect(relations).toHaveLength(1);
    expect(relations[0].fragments.map((f) => f.text)).toEqual([text.slice(0, text.indexOf(' the mayor')), text.slice(text.lastIndexOf('“'))]);
  });

  it('leaves a quote whose own cue follows to that cue', () => {
    const text = 'The mayor said the bridge was safe. “We checked it. We will check again,” an engineer said.';
    const { ctx, labels } = labelSentences(text, (w, i, s) => {
      if (s === 0) return w === 'The' ? 'B-S' : w === 'mayor' ? 'I-S' : w === 'said' ? 'B-C' : w === 'the' ? 'B-T' : w === '.' ? 'O' : i > 3 ? 'I-T' : 'O';
      if (w === 'an') return 'B-S';
      if (w === 'engineer') return 'I-S';
      if (w === 'said') return 'B-C';
      if (s === 2 && w === '.') return 'O';
      return i === 0 ? 'B-T' : 'I-T';
    });
    const relations = assembleRelations(ctx, labels);
    expect(relations.map((r) => r.source?.text)).toEqual(['The mayor', 'an engineer']);
    expect(relations[0].fragments.map((f) => f.text)).toEqual(['the bridge was safe']);
    expect(relations[1].fragments[0].text.startsWith('“We checked it.')).toBe(true);
  });

  it('joins content runs of one cue split by untagged words only', () => {
    const text = 'The mayor said the bridge is safe, which it is, and open.';
    const { ctx, labels } = labelSentences(text, (w, i) => (w === 'The' ? 'B-S' : w === 'mayor' ? 'I-S' : w === 'said' ? 'B-C' : i === 3 || i === 8 ? 'B-T' : i === 7 || w === '.' ? 'O' : 'I-T'));
    const [relation] = assembleRelations(ctx, labels);
    expect(relation.fragments.map((f) => f.text)).toEqual(['the bridge is safe, which it is, and open']);
  });

  it('lends a second cue without a source of its own the source of the cue before it, and says so', () => {
    const text = 'The mayor said the bridge is safe and added that it will reopen.';
    const { ctx, labels } = labelSentences(text, (w, i) =>
      w === 'The' ? 'B-S' : w === 'mayor' ? 'I-S' : w === 'said' || w === 'added' ? 'B-C' : w === 'the' || w === 'that' ? 'B-T' : (i > 3 && i < 7) || i > 9 ? (w === '.' ? 'O' : 'I-T') : 'O',
    );
    const borrowed = new Set<AttributionDraft>();
    const relations = assembleRelations(ctx, labels, borrowed);
    expect(relations.map((r) => [r.cue?.text, r.source?.text])).toEqual([
      ['said', 'The mayor'],
      ['added', 'The mayor'],
    ]);
    expect(relations.map((r) => borrowed.has(r))).toEqual([false, true]);
  });

  it('drops the comma a source ran onto unless an appositive closes there', () => {
    const text = 'Ana Ruiz, said that the bridge is safe. Ana Ruiz, a lawyer, said that it is not.';
    const sourceEnd = [3, 6];
    const { ctx, labels } = labelSentences(text, (w, i, s) =>
      i === 0 ? 'B-S' : i < sourceEnd[s] ? 'I-S' : w === 'said' ? 'B-C' : w === 'that' ? 'B-T' : w === '.' ? 'O' : 'I-T',
    );
    const relations = assembleRelations(ctx, labels);
    expect(relations.map((r) => r.source?.text)).toEqual(['Ana Ruiz', 'Ana Ruiz, a lawyer,']);
  });

  it('with the boundary steps, makes the untagged words before a cue set off by commas the first fragment', () => {
    const text = 'Most of the money, the treasurer said, went to repairs.';
    const { ctx, labels, tokens } = contextWithLabels(text, () => 'O');
    const at = (w: string) => tokens.findIndex((t) => t.text === w);
    tokens.forEach((t, k) => {
      const y = k === at('treasurer') - 1 ? 'B-S' : k === at('treasurer') ? 'I-S' : k === at('said') ? 'B-C' : k === at('went') ? 'B-T' : k > at('went') && k < tokens.length - 1 ? 'I-T' : 'O';
      labels[0][k] = TAG_LABELS.indexOf(y as never);
    });
    const [plain] = assembleRelations(ctx, labels);
    expect(plain.fragments.map((f) => f.text)).toEqual(['went to repairs']);
    const [stepped] = assembleRelations(ctx, labels, new Set(), () => 0);
    expect(stepped.fragments.map((f) => f.text)).toEqual(['Most of the money', 'went to repairs']);
    expect(stepped.source?.text).toBe('the treasurer');
  });

  it('with the boundary steps, leads no quote of one paragraph into the next paragraph’s cue', () => {
    const text = '“Nobody warned us.”\n\n“We had to guess,” the farmer said.';
    const { ctx, tokens } = contextWithLabels(text, () => 'O');
    const labels = ctx.sentences.map((s) => new Uint8Array(s.tokenEnd - s.tokenStart));
    const [first, second] = ctx.sentences;
    for (let k = first.tokenStart; k < first.tokenEnd; k++) labels[0][k - first.tokenStart] = TAG_LABELS.indexOf(k === first.tokenStart ? 'B-T' : 'I-T');
    const said = tokens.findIndex((t) => t.text === 'said');
    for (let k = second.tokenStart; k < second.tokenEnd; k++) {
      const y = k < said - 2 ? (k === second.tokenStart ? 'B-T' : 'I-T') : k === said - 2 ? 'B-S' : k === said - 1 ? 'I-S' : k === said ? 'B-C' : 'O';
      labels[1][k - second.tokenStart] = TAG_LABELS.indexOf(y as never);
    }
    const [plain] = assembleRelations(ctx, labels);
    expect(plain.fragments[0].start).toBe(tokens[first.tokenStart].start);
    const [stepped] = assembleRelations(ctx, labels, new Set(), () => 0);
    expect(stepped.fragments[0].start).toBe(tokens[second.tokenStart].start);
  });
});
