import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

// Invented sentences; the outlet comes from the document's metadata.
function speakers(text: string, outlet: string | null = 'Valley Ledger'): (string | null)[] {
  return analyseText(text, { anchorDate: '2026-01-25', outlet }).attributions.map((a) => (a.speaker ? `${a.speaker.name} [${a.speaker.role}]` : null));
}

describe('readNewsOutlet', () => {
  it('reads another newsroom named by its own name as a journalist speaking', () => {
    expect(speakers('The agent fired three rounds, the Houston Chronicle reported.')).toEqual(['Houston Chronicle [journalist]']);
    expect(speakers('The agent fired three rounds, according to CNN.')).toEqual(['CNN [journalist]']);
  });

  it('reads a network and what follows its name, no person (stop 61)', () => {
    expect(speakers('The agent fired three rounds, NBC News reported Tuesday.')).toEqual(['NBC News [journalist]']);
    expect(speakers('The agent fired, according to NBC Los Angeles.')).toEqual(['NBC Los Angeles [journalist]']);
    expect(speakers('Telemundo 52 reported that the man was unarmed.')).toEqual(['Telemundo 52 [journalist]']);
    // A person whose surname is an outlet's word stays a person.
    expect(speakers('Mark Post said the man was unarmed.')).toEqual(['Mark Post [other]']);
  });

  it("reads a station's call sign, but not a charity's capitals (stop 61)", () => {
    expect(speakers('As KTLA noted, the man was shot twice.')).toEqual(['KTLA [journalist]']);
    expect(speakers('The agent fired, WFAA-TV reported.')).toEqual(['WFAA-TV [journalist]']);
    expect(speakers('KIND said the boy was 12.')).toEqual([null]);
  });

  it("reads a newsroom's report, story or reporting as its word (stop 61)", () => {
    expect(speakers('The man was shot twice, according to a report in The Boston Globe.')).toEqual(['Boston Globe [journalist]']);
    expect(speakers('The man was shot twice, according to reporting by the Los Angeles Times.')).toEqual(['Los Angeles Times [journalist]']);
    expect(speakers('The agent fired three rounds, according to a Washington Post report.')).toEqual(['Washington Post [journalist]']);
    expect(speakers("The agent fired, according to the Globe's report.")).toEqual(['Globe [journalist]']);
    // A report of no newsroom stays no newsroom's.
    expect(speakers('The agent fired, according to a report by the county.')).not.toContain('county [journalist]');
    expect(speakers('The agent fired, according to a report by Human Rights Watch.').some((s) => s?.endsWith('[journalist]'))).toBe(false);
  });
});
