import model from 'wink-eng-lite-web-model';
import { describe, expect, it, vi } from 'vitest';
import { createWinkReader, type WinkReader } from './createWinkReader.js';

// Invented texts, each with names and numbers no model knows.
const TEXTS = Array.from({ length: 12 }, (_, i) => {
  const name = `Quorvik${i}ast Belmiranx${i}`;
  return `Deputy ${name} said the driver of plate ZX-${4410 + i} reversed toward officers at ${i + 3}:1${i % 10} p.m., according to ${name.split(' ')[1]}'s lawyer, Tessaly Vornqu${i}.`;
});

function read(reader: WinkReader, text: string): string[] {
  const doc = reader.readDoc(text);
  const its = reader.its;
  const values = doc.tokens().out() as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as typeof its.normal) as string[];
  return values.map((v, i) => `${v}/${pos[i]}/${lemmas[i]}`);
}

describe('createWinkReader', () => {
  it('renews its instance once it has learned more words than its limit', () => {
    const reader = createWinkReader(40);
    let most = 0;
    for (const text of TEXTS) {
      read(reader, text);
      most = Math.max(most, reader.learnedWords());
    }
    expect(reader.instances).toBeGreaterThan(1);
    // At most the limit, plus what one text teaches.
    expect(most).toBeLessThan(40 + 30);
  });

  it('reads every text as an instance that never renewed reads it', () => {
    const renewing = createWinkReader(40);
    const lasting = createWinkReader(Number.POSITIVE_INFINITY);
    for (const text of [...TEXTS, ...TEXTS]) expect(read(renewing, text)).toEqual(read(lasting, text));
    expect(renewing.instances).toBeGreaterThan(1);
    expect(lasting.instances).toBe(1);
    expect(lasting.learnedWords()).toBeGreaterThan(40);
  });

  it("asks the model's custom-entity loader once, however many instances it makes", () => {
    // That loader stringifies its model again at every call and keeps the result: the string grew
    // with every instance until one failed with "Invalid string length".
    const loads = vi.spyOn(model as unknown as { metaCER: () => unknown }, 'metaCER');
    const reader = createWinkReader(0);
    for (const text of TEXTS.slice(0, 4)) read(reader, text);
    expect(reader.instances).toBeGreaterThanOrEqual(4);
    expect(loads.mock.calls.length).toBeLessThanOrEqual(1);
    loads.mockRestore();
  });
});
