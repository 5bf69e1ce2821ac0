import { describe, expect, it } from 'vitest';
import { extractIncidents } from './extractIncidents.js';
import { isScareQuoted } from './isScareQuoted.js';
import { describeText } from './testing/describeText.js';

const at = (text: string, term: string) => [text.indexOf(term), text.indexOf(term) + term.length] as const;

describe('isScareQuoted (stop 69)', () => {
  it('reads a term of a few words in single quotes as held up, not a clause or an apostrophe', () => {
    const text = "This is what 'self-defense' looks like.";
    expect(isScareQuoted(text, ...at(text, 'self-defense'))).toBe(true);
    const clause = "He said 'the agent fired in self-defense and no one else' at the time.";
    expect(isScareQuoted(clause, ...at(clause, 'the agent fired in self-defense and no one else'))).toBe(false);
    const apostrophe = "the officers' self-defense' claim";
    expect(isScareQuoted(apostrophe, ...at(apostrophe, "self-defense"))).toBe(false);
  });

  it('keeps a witness\'s sarcasm off the side of self-defense', () => {
    const body = [
      'SPOKANE, Wash. — A Border Patrol agent shot Marco Benavides, 29, on Thursday. DHS said the agent fired in self-defense.',
      'Jolene Marchetti, 33, recorded it from a car stopped at the light.',
      '"This is what \'self-defense\' looks like. He is backing up," Marchetti wrote in the caption.',
    ].join('\n\n');
    const d = describeText(body, '2026-02-15');
    const claims = extractIncidents(d.doc, d.analysis, d.attributions).find((x) => x.primary)!.claims;
    expect(claims.filter((c) => c.facet === 'justification_for_force').map((c) => c.speaker?.name)).toEqual(['Department of Homeland Security']);
  });
});
