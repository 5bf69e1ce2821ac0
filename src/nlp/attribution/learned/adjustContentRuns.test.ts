import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../sentences/splitSentences.js';
import { tokenize } from '../../tokens/tokenize.js';
import type { TokenRange } from '../attributionContext.js';
import { COMMA_EXTENSION_LIMIT, adjustContentRuns } from './adjustContentRuns.js';

/** The first sentence of `text`, with token ranges found by the words they start and end on. */
function setUp(text: string) {
  const tokens = tokenize(text);
  const [sentence] = splitSentences(text, tokens);
  const at = (word: string, nth = 0) => tokens.map((t, k) => (t.text === word ? k : -1)).filter((k) => k >= 0)[nth];
  const range = (first: string, last: string): TokenRange => ({ from: at(first), to: at(last) + 1 });
  const words = (r: TokenRange) => text.slice(tokens[r.from].start, tokens[r.to - 1].end);
  return { tokens, sentence, range, words };
}

describe('adjustContentRuns', () => {
  it('runs a content after its cue on to the end of the sentence, before the final period', () => {
    const { tokens, sentence, range, words } = setUp('The warden said the gate stayed shut during the storm last week.');
    const cue = range('said', 'said');
    const content = range('the', 'shut');
    const source = range('The', 'warden');
    const [out] = adjustContentRuns(tokens, sentence, [source, cue, content], cue, [content], () => 0);
    expect(words(out)).toBe('the gate stayed shut during the storm last week');
  });

  it('leaves a content alone when something tagged follows it in the sentence', () => {
    const { tokens, sentence, range } = setUp('The gate stayed shut all night, the warden said on the radio.');
    const content = range('The', 'shut');
    const cue = range('said', 'said');
    const source = { from: range('warden', 'warden').from - 1, to: range('warden', 'warden').to };
    const out = adjustContentRuns(tokens, sentence, [content, source, cue], cue, [content], () => 0);
    expect(out).toEqual([content]);
  });

  it('starts a content before its cue at the sentence start when nothing tagged stands before it', () => {
    const { tokens, sentence, range, words } = setUp('By noon the pumps were running again, the engineer said.');
    const content = range('the', 'again');
    const cue = range('said', 'said');
    const source = range('engineer', 'engineer');
    const [out] = adjustContentRuns(tokens, sentence, [content, { ...source, from: source.from - 1 }, cue], cue, [content], () => 0);
    expect(words(out)).toBe('By noon the pumps were running again');
  });

  it('runs on past a comma only when the tagger does not object too much', () => {
    const { tokens, sentence, range, words } = setUp('The clerk said the vote was close, which surprised nobody in town.');
    const cue = range('said', 'said');
    const content = range('the', 'close');
    const runs = [range('The', 'clerk'), cue, content];
    const cheap = adjustContentRuns(tokens, sentence, runs, cue, [content], () => COMMA_EXTENSION_LIMIT);
    expect(words(cheap[0])).toBe('the vote was close, which surprised nobody in town');
    const dear = adjustContentRuns(tokens, sentence, runs, cue, [content], () => COMMA_EXTENSION_LIMIT + 1);
    expect(dear).toEqual([content]);
  });

  it('keeps the middle parts of a content of several fragments as they are', () => {
    const { tokens, sentence, range, words } = setUp('“We are ready,” the captain said, “and the crew is rested” before the race.');
    const cue = range('said', 'said');
    const before = { from: 0, to: range('ready', 'ready').to + 2 };
    const after = { from: range('said', 'said').to + 1, to: range('rested', 'rested').to + 1 };
    const out = adjustContentRuns(tokens, sentence, [before, range('captain', 'captain'), cue, after], cue, [before, after], () => 0);
    expect(out[0]).toEqual(before);
    expect(words(out[1])).toBe('“and the crew is rested” before the race');
  });

  it('drops a final period from an unquoted content, and keeps it in a quoted one', () => {
    const { tokens, sentence, range, words } = setUp('The warden said the gate stayed shut. Then he left.');
    const cue = range('said', 'said');
    const withStop = { from: range('the', 'the').from, to: range('shut', 'shut').to + 1 };
    const [out] = adjustContentRuns(tokens, sentence, [range('The', 'warden'), cue, withStop], cue, [withStop], () => 0);
    expect(words(out)).toBe('the gate stayed shut');
    const quoted = setUp('“The gate stayed shut.” The warden said so.');
    const part = { from: 0, to: quoted.range('.', '.').to };
    const kept = adjustContentRuns(quoted.tokens, quoted.sentence, [part], { from: part.to + 3, to: part.to + 4 }, [part], () => 0);
    expect(kept).toEqual([part]);
  });
});
