import { describe, expect, it } from 'vitest';
import { describeText } from './testing/describeText.js';

// Invented texts.
function strongOf(body: string): boolean[] {
  return describeText(body, '2026-04-03').sentences.map((s) => s.strong);
}

describe('describeSentences', () => {
  it('reads force used on a person the sentence names as telling an incident: "agents tackled Luis Cardenas" (stop 53)', () => {
    expect(strongOf('YAKIMA, Wash. — ICE agents tackled Luis Cardenas, 31, in Yakima on Thursday morning.')).toEqual([true]);
    expect(strongOf('Deputies restrained Tomás Echeverría in a chair shortly after 1 a.m.')).toEqual([true]);
    expect(strongOf('Deputies placed him in a restraint chair shortly after 1 a.m.')).toEqual([true]);
    expect(strongOf('An ICE agent knocked a 2-year-old girl to the ground in Yakima on Thursday.')).toEqual([true]);
    // A verb of force with no person named after it tells nothing here, nor a name after another verb.
    expect(strongOf('The committee met Luis Cardenas, 31, in Yakima on Thursday morning.')).toEqual([false]);
  });
});

describe('describeSentences: "earlier this month" of the one the story is about (stop 56)', () => {
  it('reads a lede whose subject "was shot … earlier this month, died Tuesday" as no passing mention of another event', () => {
    const lede = "LAS CRUCES, N.M. — Tomás Arriaga Villalobos, the 29-year-old construction worker who was shot by a U.S. Border Patrol agent during a traffic stop earlier this month, died Tuesday, his family said.";
    expect(describeText(lede, '2026-03-20').sentences[0].passing).toBe(false);
    expect(describeText('In a shooting earlier this month, an agent fired on a driver in Yuma.', '2026-03-20').sentences[0].passing).toBe(true);
  });
});
