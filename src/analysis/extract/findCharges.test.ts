import { describe, expect, it } from 'vitest';
import type { SentenceInfo } from './describeSentences.js';
import { findCharges } from './findCharges.js';
import { describeText } from './testing/describeText.js';

function sentence(text: string, index = 0): SentenceInfo {
  return { index, start: 0, end: text.length, text, paragraph: index, strong: false, retells: false, weak: false, scope: false, denial: false, specific: true, passing: false, series: false, splits: false, heading: false, mentions: [] };
}

const chargesOf = (text: string) => findCharges([sentence(text)]).charges;

describe('findCharges', () => {
  it('reads no charge in a sentence that opens on no one (stop 48)', () => {
    expect(chargesOf('No one from the car wash was arrested for assaulting an officer.')).toEqual([]);
    expect(chargesOf('Nobody was charged with assaulting an officer.')).toEqual([]);
  });

  it('reads the statute’s list of verbs as one assault charge, not two', () => {
    expect(chargesOf('She was charged with assaulting, resisting or impeding federal officers.')).toEqual(['assault on a federal officer']);
    expect(chargesOf('Prosecutors charged him with assault on a federal law enforcement officer.')).toEqual(['assault on a federal officer']);
  });

  it('reads state charges after a charge cue', () => {
    expect(chargesOf('He was charged with assault with a deadly weapon on a peace officer and drunken driving.')).toEqual(['assault on a police officer', 'driving under the influence']);
    expect(chargesOf('The officer was indicted on a count of second-degree murder.')).toEqual(['murder']);
    expect(chargesOf('The driver was arrested on a manslaughter charge.')).toEqual(['manslaughter']);
  });

  it('reads no charge without a cue, or under negation', () => {
    expect(chargesOf('Witnesses described the killing as murder.')).toEqual([]);
    expect(chargesOf('He has not been charged with assaulting an officer.')).toEqual([]);
  });
});

describe('findCharges: a citation or booking', () => {
  it('reads "cited for" and "booked on" as charge cues', () => {
    expect(chargesOf('He was cited for assaulting a federal officer and released to his parents.')).toEqual(['assault on a federal officer']);
    expect(chargesOf('She was booked on suspicion of reckless driving.')).toEqual(['reckless driving']);
  });
});

describe('findCharges: a weapon before the officer', () => {
  it('reads "assault with a deadly weapon on a federal officer" as the federal count, and "assault" said short', () => {
    expect(chargesOf('He was booked on suspicion of assault with a deadly weapon on a federal officer.')).toEqual(['assault on a federal officer with a dangerous weapon']);
    expect(chargesOf('She was charged with assault.')).toEqual(['assault']);
    expect(findCharges([sentence('She was charged with assault.'), sentence('Prosecutors charged her with assaulting a federal officer.', 1)]).charges).toEqual(['assault on a federal officer']);
  });
});

describe('findCharges: an affidavit’s offense (stop 45)', () => {
  it('reads "committed the offense of" as a charge cue, and the statute cited for the fuller charge as that charge alone', () => {
    expect(chargesOf('There is probable cause to believe that he committed the offense of assault on a federal officer with a deadly weapon, in violation of 18 U.S.C. § 111(a) and (b).')).toEqual(['assault on a federal officer with a dangerous weapon']);
    expect(chargesOf('He was charged with assaulting a federal officer and, in a second count, with illegal entry.')).toEqual(['assault on a federal officer', 'illegal entry']);
  });

  it('takes no charge of the past: a 2021 charge dismissed, a 2019 arrest (stop 49)', () => {
    expect(chargesOf('A 2021 misdemeanor assault charge against him in Tempe Municipal Court was dismissed, records show.')).toEqual([]);
    expect(chargesOf('He was charged with assaulting a federal officer on Monday.')).toEqual(['assault on a federal officer']);
  });
});

describe('findCharges: a conviction or an arrest of the past (stop 62)', () => {
  it('reads no charge of this case from an arrest for drunken driving in 2015 beside the charge he faces now', () => {
    const sentences = [sentence('She acknowledged that he had been arrested for drunken driving in 2015.', 0), sentence('He is charged with assaulting a federal officer.', 1)];
    expect(findCharges(sentences).charges).toEqual(['assault on a federal officer']);
  });

  it('reads illegal reentry after deportation as its own charge, not illegal entry (stop 68)', () => {
    expect(chargesOf('Soto was charged with illegal reentry after deportation.')).toEqual(['illegal reentry']);
    expect(chargesOf('The passenger has been charged with reentry of a removed alien, in violation of 8 U.S.C. § 1326.')).toEqual(['illegal reentry']);
    expect(chargesOf('She faces a misdemeanor charge of illegal entry.')).toEqual(['illegal entry']);
  });
});


describe('findCharges: charges no one has brought (stop 71)', () => {
  it('reads none from "declined to discuss whether the agent could face charges, including murder"', () => {
    const { sentences } = describeText('She declined to discuss whether the agent could face charges, including murder or manslaughter.', '2026-04-20');
    expect(findCharges(sentences).charges).toEqual([]);
    const charged = describeText('He was charged with assaulting a federal officer.', '2026-04-20');
    expect(findCharges(charged.sentences).charges).toEqual(['assault on a federal officer']);
  });
});

describe('findCharges: a month before a charge', () => {
  it('reads "In May, prosecutors charged him with assaulting a federal officer" as a charge brought', () => {
    const { sentences } = describeText('In May, prosecutors charged him with assaulting a federal officer.', '2026-06-20');
    expect(findCharges(sentences).charges).toEqual(['assault on a federal officer']);
  });
});
