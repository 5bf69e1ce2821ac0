import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens/tokenize.js';
import { splitSentences } from './splitSentences.js';

function split(text: string, bodyStart = 0): string[] {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens, { bodyStart });
  for (const s of sentences) {
    expect(tokens[s.tokenStart].start).toBe(s.start);
    expect(tokens[s.tokenEnd - 1].end).toBe(s.end);
  }
  return sentences.map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('keeps a dateline whose state abbreviation comes before the agency in parentheses in one sentence', () => {
    const text = 'RIVERTON, N.C. (AP) — An agent shot a man on Monday. He was taken to a hospital.';
    expect(splitSentences(text, tokenize(text)).map((s) => text.slice(s.start, s.end))).toEqual([
      'RIVERTON, N.C. (AP) — An agent shot a man on Monday.',
      'He was taken to a hospital.',
    ]);
  });

  it('keeps a dateline whose state is a word abbreviation in one sentence, with or without the initials', () => {
    expect(split('MILL CREEK, Ore. (KT) — Deputies fired at a truck. Nobody was hurt.')).toEqual([
      'MILL CREEK, Ore. (KT) — Deputies fired at a truck.',
      'Nobody was hurt.',
    ]);
    expect(split('DALTON, Ga. — A trooper fired twice. He was not hurt.')).toEqual(['DALTON, Ga. — A trooper fired twice.', 'He was not hurt.']);
    // A station's call sign with a digit, or two joined by a slash.
    expect(split('MESA, Ariz. (V7) — A man says agents hit him. He was released.')).toEqual(['MESA, Ariz. (V7) — A man says agents hit him.', 'He was released.']);
    expect(split('MESA, Ariz. (KTVK/KPHO) — A man says agents hit him.')).toEqual(['MESA, Ariz. (KTVK/KPHO) — A man says agents hit him.']);
    // Not a dateline: a lower-case word before the comma, or no dash after the parentheses.
    expect(split('He moved to Dalton, Ga. (He left in May.) Then he returned.')).toEqual(['He moved to Dalton, Ga.', '(He left in May.)', 'Then he returned.']);
  });

  it('does not split inside abbreviations, titles, months or initials', () => {
    const text = 'The U.S. Border Patrol said Dr. Lena Ortiz met Rev. Paul Ames on Jan. 4 at 9 a.m. Monday. R. Diaz of No. 5 Ave. left.';
    expect(split(text)).toEqual([
      'The U.S. Border Patrol said Dr. Lena Ortiz met Rev. Paul Ames on Jan. 4 at 9 a.m. Monday.',
      'R. Diaz of No. 5 Ave. left.',
    ]);
  });

  it('ends a sentence on the word "no", which is "No. 5" only before a number (stop 50)', () => {
    expect(split('Asked whether he fled, Pruitt said no. "He stayed put," he said. It was case No. 5 and Nos. 6-7.')).toEqual([
      'Asked whether he fled, Pruitt said no.',
      '"He stayed put," he said.',
      'It was case No. 5 and Nos. 6-7.',
    ]);
  });

  it('ends no sentence on the point of ".40-caliber" (stop 50)', () => {
    expect(split('The bullet was fired from a .40-caliber handgun. It was found in a drain.')).toEqual(['The bullet was fired from a .40-caliber handgun.', 'It was found in a drain.']);
  });

  it('ends a sentence on one capital letter after a lower-case word, before a word that starts a sentence (stop 57)', () => {
    expect(split('She wrote in a post on X. The mayor said it was wrong. He got a standing O. It lasted.')).toEqual([
      'She wrote in a post on X.',
      'The mayor said it was wrong.',
      'He got a standing O.',
      'It lasted.',
    ]);
    // Initials before a name stay whole, after a lower-case word too.
    expect(split('The report was by J. Smith. It said J. J. Watt left.')).toEqual(['The report was by J. Smith.', 'It said J. J. Watt left.']);
  });

  it('ends a sentence after a time when a new sentence starts', () => {
    expect(split('The crash came at 7 p.m. The driver fled.')).toEqual(['The crash came at 7 p.m.', 'The driver fled.']);
  });

  it('keeps a quote with its lower-case or speech-verb attribution', () => {
    const text = '"We were scared," she said. "Get out!" Mora shouted. "Why?" he asked. Then it ended.';
    expect(split(text)).toEqual(['"We were scared," she said.', '"Get out!" Mora shouted.', '"Why?" he asked.', 'Then it ended.']);
  });

  it('splits sentences inside a long quote and keeps the closing mark with its sentence', () => {
    expect(split('“We left early. Nobody stopped us.” Then the bus came.')).toEqual(['“We left early.', 'Nobody stopped us.”', 'Then the bus came.']);
  });

  it('makes each header line a sentence and splits at every line break', () => {
    const text = 'Title: A road closes\nOutlet: Example Post\n\nThe mayor said this:\n“Roads close at dusk.”\n\nWhat We Know\nIt rained.';
    expect(split(text, text.indexOf('The mayor'))).toEqual([
      'Title: A road closes',
      'Outlet: Example Post',
      'The mayor said this:',
      '“Roads close at dusk.”',
      'What We Know',
      'It rained.',
    ]);
  });

  it('joins a hard-wrapped line that continues in lower case', () => {
    expect(split('The officers walked up to the car and\nasked the driver to step out.')).toEqual(['The officers walked up to the car and\nasked the driver to step out.']);
  });

  it('numbers sentences in order with token ranges that tile the tokens', () => {
    const text = 'One here. Two there. Three now.';
    const tokens = tokenize(text);
    const sentences = splitSentences(text, tokens);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2]);
    expect(sentences[0].tokenStart).toBe(0);
    expect(sentences[2].tokenEnd).toBe(tokens.length);
    expect(sentences[1].tokenStart).toBe(sentences[0].tokenEnd);
  });
});

describe('splitSentences: an alderman', () => {
  it('never ends a sentence on "Ald."', () => {
    expect(split('Ald. Michael Rodriguez said he asked for an investigation.')).toEqual(['Ald. Michael Rodriguez said he asked for an investigation.']);
  });
});

describe('splitSentences: list items', () => {
  it('leaves the marker that opens a list item out of its sentence', () => {
    expect(split('What we know:\n- The road was closed at noon.\n• "It was over. We left," she said.')).toEqual([
      'What we know:',
      'The road was closed at noon.',
      ...split('"It was over. We left," she said.'),
    ]);
    // A lone dash is a line of its own.
    expect(split('-\nThe road was closed.')).toEqual(['-', 'The road was closed.']);
  });
});
