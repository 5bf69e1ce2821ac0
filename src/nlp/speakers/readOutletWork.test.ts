import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';

// Invented sentences; the outlet comes from the document's metadata.
function speakers(text: string, outlet: string | null): (string | null)[] {
  return analyseText(text, { anchorDate: '2026-01-25', outlet }).attributions.map((a) => a.speaker?.name ?? null);
}

describe('readOutletWork', () => {
  const review = 'Videos of the shooting appear to show the man holding a phone, according to a KTWN review of the footage.';

  it("reads the outlet's own review as the outlet speaking", () => {
    expect(speakers(review, 'KTWN 5 News')).toEqual(['KTWN 5 News']);
    expect(speakers('Agents fired nine times in ten seconds, our analysis of the videos found.', 'Valley Ledger')).toEqual(['Valley Ledger']);
  });

  it("leaves another newsroom's review, and a review with no outlet to match, unresolved", () => {
    expect(speakers(review, 'Valley Ledger')).toEqual([null]);
    expect(speakers(review, null)).toEqual([null]);
    expect(speakers('Our review of the footage, the sheriff said, found the agents were in danger.', 'Valley Ledger')).not.toContain('Valley Ledger');
    expect(speakers('The shooting was justified, according to a Ledger review board.', 'Valley Ledger')).toEqual([null]);
  });
});

describe('readOutletWork: a work the outlet obtained', () => {
  it("reads someone else's review the outlet obtained as no word of the outlet's", () => {
    expect(speakers('An internal review obtained by the Times found that agents did not follow policy.', 'Valley Times')).toEqual([null]);
    expect(speakers('An internal review obtained by the Times found that agents did not follow policy.', null)).toEqual([null]);
    expect(speakers('A review of records obtained by the Times found that agents fired 12 times.', 'Valley Times')).toEqual(['Valley Times']);
    // Stop 51: not "an internal report obtained by the Times" either.
    expect(speakers('The agent fired seven rounds, according to an internal report obtained by the Times.', 'Valley Times')).toEqual([null]);
    // Nor the outlet alone where a family speaks with the records it reviewed.
    expect(speakers('He is a U.S. citizen, according to his family and immigration records reviewed by the Times.', 'Valley Times')).toEqual([null]);
  });

  it('reads a record that names who wrote it, reviewed by the outlet, as no word of the outlet\'s (stop 59)', () => {
    expect(speakers('The officer fired twice, according to an internal complaint filed by a member of the arrest team and reviewed by Southwest Public Media.', 'Southwest Public Media')).not.toContain('Southwest Public Media');
    expect(speakers("He died of asphyxia, according to a preliminary report from the County Medical Examiner's Office reviewed by the Report.", 'Pacific Border Report')).not.toContain('Pacific Border Report');
    // A record with no author named stays on the word of the outlet that saw it.
    expect(speakers('He is a U.S. citizen, according to a passport reviewed by the Report.', 'Pacific Border Report')).toEqual(['Pacific Border Report']);
  });

  it("reads a message the outlet reviewed as its writer's words, not the outlet's (stop 63)", () => {
    expect(speakers('The only injury was a sprained wrist, according to an internal email reviewed by the Ledger.', 'The Penobscot Ledger')).toEqual([null]);
    expect(speakers('Supervisors urged agents to keep the account, according to text messages reviewed by the Ledger.', 'The Penobscot Ledger')).toEqual([null]);
  });
});

describe('readOutletWork: records the outlet reviewed', () => {
  const text = 'The man shot by an ICE officer is a U.S. citizen, according to a birth certificate and a passport reviewed by the Observer Wire.';

  it('reads records "reviewed by" the outlet as the outlet speaking, by its name or its last words', () => {
    expect(speakers(text, 'Carolina Observer Wire')).toEqual(['Carolina Observer Wire']);
  });

  it('leaves records another newsroom reviewed unresolved', () => {
    expect(speakers(text, 'Valley Ledger')).toEqual([null]);
    expect(speakers(text.replace('the Observer Wire', 'the Associated Press'), 'Carolina Observer Wire')).toEqual([null]);
  });
});

describe('readOutletWork: a work "by" the outlet (stop 40)', () => {
  const text = 'Videos of the shooting do not support the claim that she drove at the officer, according to a frame-by-frame analysis by the Star Tribune.';

  it("reads the outlet's own analysis, named by its last words, as the outlet speaking", () => {
    expect(speakers(text, 'Minnesota Star Tribune')).toEqual(['Minnesota Star Tribune']);
  });

  it("reads another newsroom's analysis as that newsroom's, not the outlet's (stop 45)", () => {
    expect(speakers(text, 'Valley Ledger')).toEqual(['Star Tribune']);
  });
});

describe('readOutletWork: the outlet by its initials or by what it calls itself (stop 45)', () => {
  const audio = 'Agents fired about ten shots, according to an analysis of the audio by the radio station.';

  it('reads "the radio station" of a broadcaster and "the newspaper" of a paper as the outlet', () => {
    expect(speakers(audio, 'North Star Public Radio')).toEqual(['North Star Public Radio']);
    expect(speakers("Agents fired about ten shots, according to the newspaper's analysis of the audio.", 'Lakefront Tribune')).toEqual(['Lakefront Tribune']);
  });

  it('does not read "the station" of a newspaper, nor "the newspaper" of a broadcaster, as the outlet', () => {
    expect(speakers(audio, 'Lakefront Tribune')).toEqual([null]);
    expect(speakers("Agents fired about ten shots, according to the newspaper's analysis of the audio.", 'North Star Public Radio')).toEqual([null]);
  });

  it("reads the outlet's initials as its name, and no other initials", () => {
    expect(speakers('Agents fired about ten shots, according to an NSPR analysis of the audio.', 'North Star Public Radio')).toEqual(['North Star Public Radio']);
    expect(speakers('Agents fired about ten shots, according to an NSPR analysis of the audio.', 'Lakefront Tribune')).toEqual([null]);
  });
});

describe('readOutletWork: a review of a list of records, by the first word of the outlet’s name (stop 45)', () => {
  it('reads "a review of government statements, court records and news reports by the Ledger" as "The Ledger Data Desk"', () => {
    const text = 'Agents have fired at vehicles 14 times since July, according to a review of government statements, court records and news reports by the Ledger.';
    expect(speakers(text, 'The Ledger Data Desk')).toEqual(['The Ledger Data Desk']);
    expect(speakers(text, 'Valley Times')).toEqual(['Ledger']);
  });
});

describe('readOutletWork: a recording the outlet reviewed (stop 52)', () => {
  it('gives no outlet the words of a video or a broadcast it reviewed: the recording shows them', () => {
    const video = 'Kristen Marsh began recording on her phone. Her video, which runs about two minutes and was reviewed by MWS, shows one agent pressing a knee into his back.';
    expect(speakers(video, 'MWS')).not.toContain('MWS');
    const broadcast = '"These were not criminals," she told listeners, according to a recording of the broadcast reviewed by the Courier.';
    expect(speakers(broadcast, 'Valley Courier')).not.toContain('Valley Courier');
    // Records it reviewed stay its word.
    expect(speakers('He was 19, according to a birth certificate reviewed by the Courier.', 'Valley Courier')).toEqual(['Valley Courier']);
  });
});
