import { describe, expect, it } from 'vitest';
import { analyseText } from '../analyseText.js';
import { splitSentences } from '../sentences/splitSentences.js';
import { tokenize } from '../tokens/tokenize.js';
import { findTranscriptTurns } from './findTranscriptTurns.js';

// Invented transcripts.
const TRANSCRIPT = [
  'Remarks by Mayor Ana Lindqvist at City Hall.',
  'MAYOR LINDQVIST: Good evening. He was holding a phone, not a gun.',
  'QUESTION: Was he armed?',
  "CHIEF O'DELL: We believe six rounds were fired.",
  'MAYOR LINDQVIST: Thank you.',
].join('\n\n');

function turns(text: string) {
  const tokens = tokenize(text);
  return findTranscriptTurns(text, { tokens, sentences: splitSentences(text, tokens, { bodyStart: 0 }), mentions: [] }, []);
}

describe('findTranscriptTurns', () => {
  it("gives each labelled turn's line to its label, and no question to anyone", () => {
    expect(turns(TRANSCRIPT).map((t) => [t.source?.text, t.cue?.text, t.content.text])).toEqual([
      ['MAYOR LINDQVIST', ':', 'Good evening. He was holding a phone, not a gun.'],
      ["CHIEF O'DELL", ':', 'We believe six rounds were fired.'],
      ['MAYOR LINDQVIST', ':', 'Thank you.'],
    ]);
  });

  it('reads a label in capitals beyond ASCII ("MEJÍA:", "TREVIÑO:") as a turn that ends the one before it', () => {
    const text = ['REPORTER LUIS TREVIÑO: She says an agent sprayed her.', 'ALONDRA MEJÍA: I was on the sidewalk.', 'TREVIÑO: Police say four were arrested.', 'MEJÍA: I will come back.'].join('\n\n');
    expect(turns(text).map((t) => [t.source?.text, t.content.text])).toEqual([
      ['ALONDRA MEJÍA', 'I was on the sidewalk.'],
      ['MEJÍA', 'I will come back.'],
    ]);
  });

  it('ends a turn at a one-letter question label ("Q:"), so the question is nobody\'s answer', () => {
    const text = ['NOEL: She drove at him.', 'Q: The video shows her turning away. Was she leaving?', 'NOEL: He fired to protect himself.', 'Q: Was he hurt?', 'NOEL: He was treated and released.'].join('\n\n');
    expect(turns(text).map((t) => t.content.text)).toEqual(['She drove at him.', 'He fired to protect himself.', 'He was treated and released.']);
  });

  it('runs a turn over the paragraphs after its label up to the next label, never past a stage direction or the last label', () => {
    const text = [
      'MAYOR LINDQVIST: Good evening.',
      'We have seen the video. The agency has said he drove at them, and it does not show that.',
      'QUESTION: Was he armed?',
      "CHIEF O'DELL: No weapon was found.",
      '(BEGIN VIDEO CLIP)',
      'We will not comment on an open case.',
      'MAYOR LINDQVIST: Thank you.',
      'The council meets again on Monday.',
    ].join('\n\n');
    expect(turns(text).map((t) => t.content.fragments.map((f) => f.text))).toEqual([
      ['Good evening.', 'We have seen the video. The agency has said he drove at them, and it does not show that.'],
      ['No weapon was found.'],
      ['Thank you.'],
    ]);
    const [mayor] = turns(text);
    expect(text.slice(mayor.content.start, mayor.content.end)).toBe(mayor.content.text);
    expect(mayor.content.text.endsWith('does not show that.')).toBe(true);
  });

  it("ends a turn at the story's own narration between two turns, which is in no one's voice (stop 57)", () => {
    const text = [
      'SHERIFF DELGADO: Whatever our deputies recorded, we will release.',
      'The bystander video, reviewed by the Ledger, runs about 40 seconds. It shows a gray sedan backing out.',
      'REPORTER: Will you ask CBP to call you first?',
      'SHERIFF DELGADO: I already asked.',
      'I called the chief this morning.',
      'Lucía Ibarra, the wounded man’s sister, said she and her brother never heard the word police.',
      'REPORTER: Is he facing charges?',
      'SHERIFF DELGADO: Not from us.',
    ].join('\n\n');
    expect(turns(text).map((t) => t.content.fragments.map((f) => f.text))).toEqual([
      ['Whatever our deputies recorded, we will release.'],
      ['I already asked.', 'I called the chief this morning.'],
      ['Not from us.'],
    ]);
  });

  it("takes no line of the document's header for a turn", () => {
    const header = 'Title: Remarks by the mayor\nURL: https://news.example/remarks\nPublished: 2026-01-11\n\n';
    const text = header + TRANSCRIPT;
    const found = analyseText(text, { anchorDate: '2026-01-11', bodyStart: header.length }).attributions;
    expect(found.map((a) => a.source?.text)).not.toContain('URL');
    expect(found.map((a) => a.source?.text)).toContain('MAYOR LINDQVIST');
  });

  it('reads no transcript in a page with one heading in capitals, or in headings alone', () => {
    expect(turns('UPDATE: The agency named the officer.\n\nAgents fired at a car on Monday.')).toEqual([]);
    expect(turns("UPDATE: The agency named the officer.\n\nEDITOR'S NOTE: An earlier version misspelled a name.")).toEqual([]);
    // A media advisory's lines, none of them a speaker taking the floor twice.
    expect(turns('WHO: Family members and neighbors\nWHEN: Sunday, 7 p.m.\nSPEAKERS INCLUDE: Rev. Ana Ruiz.\nHOST ORGANIZATION: Lakeside Coalition')).toEqual([]);
  });

  it('reads a label whose every line opens on a report of its own as a heading, no speaker (stop 63)', () => {
    const check = ['Fact check.', 'CLAIM: A widely shared Facebook post says Ruiz was "shot in the back."', 'OUR RATING: False.', 'CLAIM: DHS says Ruiz "rammed his vehicle into an ICE officer."'].join('\n\n');
    const found = analyseText(check, { anchorDate: '2026-03-02' }).attributions.map((a) => [a.source?.text, a.cue?.text]);
    expect(found).toEqual([
      ['Facebook post', 'says'],
      ['DHS', 'says'],
    ]);
    // A speaker who once reports someone else keeps that turn.
    const transcript = TRANSCRIPT.replace("CHIEF O'DELL: We believe", "CHIEF O'DELL: DHS says six rounds were fired.\n\nCHIEF O'DELL: We believe");
    expect(analyseText(transcript, { anchorDate: '2026-03-02' }).attributions.filter((a) => a.source?.text === "CHIEF O'DELL")).toHaveLength(2);
  });

  it('resolves a label to the person the transcript introduced', () => {
    const { attributions } = analyseText(TRANSCRIPT, { anchorDate: '2026-01-24' });
    const mayor = attributions.find((a) => a.source?.text === 'MAYOR LINDQVIST');
    expect(mayor?.speaker?.name).toBe('Ana Lindqvist');
    // A label nobody introduced is named as written, in running case.
    expect(attributions.find((a) => a.source?.text === "CHIEF O'DELL")?.speaker?.name).toBe("O'Dell");
  });
});

describe('findTranscriptTurns: a broadcast transcript', () => {
  it('reads a label with who the speaker is in parentheses, and leaves the press its own words', () => {
    const text = [
      'ANCHOR (JANE PRICE): Good evening. Our Tom Ruiz has more.',
      'TOM RUIZ (reporter): The family gathered outside the hospital tonight.',
      'ELENA ORTEGA (sister): He was parked. He was not moving.',
      'TOM RUIZ: Reporting from Charlotte, Tom Ruiz.',
    ].join('\n\n');
    expect(turns(text).map((t) => [t.source?.text, t.content.text])).toEqual([['ELENA ORTEGA', 'He was parked. He was not moving.']]);
  });
});

describe('findTranscriptTurns: a title after the name, a host by her role (stop 45)', () => {
  const text = [
    'HOST DANA WELLS: Director, your response?',
    'TODD LYONS, ACTING ICE DIRECTOR: The officer was struck by that vehicle.',
    'WELLS: Was he struck, Governor?',
    'GOV. TIM WALZ: Show us the evidence.',
  ].join('\n\n');

  it("reads the title into the source, and gives the host's turns, by her name alone too, to no one", () => {
    expect(turns(text).map((t) => [t.source?.text, t.content.text])).toEqual([
      ['TODD LYONS, ACTING ICE DIRECTOR', 'The officer was struck by that vehicle.'],
      ['GOV. TIM WALZ', 'Show us the evidence.'],
    ]);
  });

  it('resolves the titled label to the official it names', () => {
    const { attributions } = analyseText(text, { anchorDate: '2026-01-11' });
    const lyons = attributions.find((a) => a.source?.text === 'TODD LYONS, ACTING ICE DIRECTOR');
    expect([lyons?.speaker?.name, lyons?.speaker?.role]).toEqual(['Todd Lyons', 'official']);
  });
});

describe('findTranscriptTurns: the press named by a title after the name (stop 45)', () => {
  it('gives the turns of "DANA WELLS, HOST:" to no one, and the guest hers', () => {
    const text = ['DANA WELLS, HOST: Was the officer struck?', 'TODD LYONS: He was struck by that vehicle.', 'WELLS: Governor?', 'LYONS: He went to the hospital.'].join('\n\n');
    expect(turns(text).map((t) => t.source?.text)).toEqual(['TODD LYONS', 'LYONS']);
  });
});

describe('findTranscriptTurns: a host by a title that ends on her role, or by opening the show (stop 51)', () => {
  it('gives the turns of "ABBY PHILLIPS, CNN ANCHOR:" and of a host who opens the show or says who she is to no one; a mayor\'s "Good evening" stays hers', () => {
    const anchor = ['ABBY PHILLIPS, CNN ANCHOR: Welcome back.', 'GRANT EHLERS, DHS SPOKESMAN: Thanks, Abby.', 'PHILLIPS: Why was he shot?', 'EHLERS: He reached for a gun.'].join('\n\n');
    expect(turns(anchor).map((t) => t.source?.text)).toEqual(['GRANT EHLERS, DHS SPOKESMAN', 'EHLERS']);
    const show = ['LAUREN GILGER: This is The Show on KJZZ. Marisol Aldana joins me.', 'MARISOL ALDANA: Thank you.', 'GILGER: Tell us about your brother.', 'ALDANA: He was the baby.'].join('\n\n');
    expect(turns(show).map((t) => t.source?.text)).toEqual(['MARISOL ALDANA', 'ALDANA']);
    const introduced = show.replace('This is The Show on KJZZ.', "Good morning. I'm Lauren Gilger.");
    expect(turns(introduced).map((t) => t.source?.text)).toEqual(['MARISOL ALDANA', 'ALDANA']);
    expect(turns(TRANSCRIPT)[0].source?.text).toBe('MAYOR LINDQVIST');
  });

  it('gives "she" in the host\'s words to the one she spoke of, never to the host named in her label, nor "we" inside a guest\'s answer to the outlet', () => {
    const text = ["LAUREN GILGER: This is The Show on KJZZ. I'm Lauren Gilger. Marisol Aldana joins me.", "MARISOL ALDANA: Thank you. We've asked the U.S. attorney's office to dismiss it.", 'GILGER: We spoke with a neighbor, who asked not to be named. She described agents striking Josué.', 'ALDANA: He was the baby.'].join('\n\n');
    const { attributions } = analyseText(text, { anchorDate: '2026-04-08', outlet: 'KJZZ' });
    expect(attributions.filter((a) => a.source?.text !== 'MARISOL ALDANA' && a.source?.text !== 'ALDANA').map((a) => [a.source?.text, a.speaker?.name ?? null])).toEqual([
      ['We', null],
      ['She', null],
    ]);
  });
});

describe('findTranscriptTurns: a fact check’s sections (stop 48)', () => {
  it('reads "OUR RATING:", "AP’S ASSESSMENT:" and "THE FACTS:" as the outlet’s headings, and keeps "CLAIM:" as someone’s words', () => {
    const text = [
      'CLAIM: Officers beat a man to death outside the store.',
      "AP'S ASSESSMENT: Unsupported. No video shows officers punching him.",
      'THE FACTS: The claim spread widely in posts on X.',
      'CLAIM: The man had been deported three times.',
      "AP'S ASSESSMENT: False. He was removed once, in 2014.",
      'THE FACTS: The posts shared a photo taken at a 2019 protest.',
    ].join('\n\n');
    const labels = analyseText(text, { anchorDate: '2026-01-28', bodyStart: 0 }).attributions.map((a) => a.source?.text ?? null);
    expect(labels).toEqual(['CLAIM', 'CLAIM']);
  });
});

describe('findTranscriptTurns: a short label that a relative\'s double surname leaves unclear (stop 51)', () => {
  it('gives "ALDANA:" to the sister the full label "MARISOL ALDANA:" named, though her brother Josué Aldana Pérez is called Aldana too', () => {
    const text = ["LAUREN GILGER: This is The Show on KJZZ. Last Thursday, 27-year-old Josué Aldana Pérez died in ICE custody. His sister joins me.", 'MARISOL ALDANA: Thank you.', 'GILGER: Tell us about your brother.', 'ALDANA: He was the baby.'].join('\n\n');
    const { attributions } = analyseText(text, { anchorDate: '2026-04-08', outlet: 'KJZZ' });
    expect(attributions.map((a) => [a.source?.text, a.speaker?.name ?? null])).toEqual([
      ['MARISOL ALDANA', 'Marisol Aldana'],
      ['ALDANA', 'Marisol Aldana'],
    ]);
  });
});

describe('findTranscriptTurns: a broadcast\'s clips (stop 52)', () => {
  const CLIPS = [
    'ANCHOR (DIANA PRUNEDA): Good evening. A teen was shot by a Border Patrol agent in Del Rio on Saturday.',
    "SOUNDBITE (ROSA ELENA VILLASEÑOR, ADRIÁN'S MOTHER): He had his phone in his hand, not a gun.",
    'SOUNDBITE (MAYOR ARMANDO CASTAÑEDA, DEL RIO): This is a neighborhood park.',
    'SOUNDBITE (ERNESTO SALDÍVAR, FAMILY ATTORNEY): Release the video.',
    '(SOUNDBITE OF KEVIN TREVIÑO) There was no yelling, nothing.',
  ].join('\n\n');

  it('gives a clip to the one its parentheses name, and ends it where the next clip opens', () => {
    expect(turns(CLIPS).map((t) => [t.source?.text, t.content.text])).toEqual([
      ["ROSA ELENA VILLASEÑOR, ADRIÁN'S MOTHER", 'He had his phone in his hand, not a gun.'],
      ['MAYOR ARMANDO CASTAÑEDA, DEL RIO', 'This is a neighborhood park.'],
      ['ERNESTO SALDÍVAR, FAMILY ATTORNEY', 'Release the video.'],
    ]);
  });

  it('resolves a clip\'s label in capitals to the person, the parts after the name no second name', () => {
    const speakers = analyseText(CLIPS, { anchorDate: '2026-04-13', bodyStart: 0, outlet: null }).attributions.map((a) => [a.speaker?.name ?? null, a.speaker?.role ?? null]);
    expect(speakers).toEqual([
      ['Rosa Elena Villaseñor', 'family'],
      ['Armando Castañeda', 'elected_official'],
      ['Ernesto Saldívar', 'subject_counsel'],
    ]);
  });
});

describe('findTranscriptTurns: a label that introduces a quotation (stop 58)', () => {
  it('reads "PICKETT: “…”" once, as the quotation, not again as a turn', () => {
    const text = [
      'The governor spoke twice about the shooting.',
      'PICKETT: "The agent was attacked first. This young man lunged at him." — news conference in Austin, Tuesday.',
      'THE FACTS: Video shows no lunge.',
      'PICKETT: "He\'s a known gang member."',
      'THE FACTS: Police found no record of him in any gang database.',
    ].join('\n\n');
    const found = analyseText(text, { anchorDate: '2026-03-20', bodyStart: 0, outlet: null }).attributions.filter((a) => a.source?.text === 'PICKETT');
    expect(found.map((a) => a.content.text)).toEqual(['The agent was attacked first. This young man lunged at him.', "He's a known gang member."]);
  });
});

describe('findTranscriptTurns: a transcription service’s timed labels (stop 62)', () => {
  it('reads "Name (00:01:14):" alone on its line as a turn of the words below it, and the two hosts who open the show as the press', () => {
    const text = [
      'Dana Pruitt (00:00:03):',
      'Welcome back to Street Level. I’m Dana Pruitt.',
      'Omar Falk (00:00:06):',
      'And I’m Omar Falk. This week, the video from the gas station.',
      'Lena Ibarra (00:00:41):',
      'I watched it twice. Nobody gave him a command before the Taser.',
      'Dana Pruitt (00:00:52):',
      'What did the agency tell you?',
      'Lena Ibarra (01:02:10):',
      'Nothing. They said the matter is under review.',
    ].join('\n');
    expect(turns(text).map((t) => [t.source?.text, t.cue?.text, t.content.text])).toEqual([
      ['Lena Ibarra', ':', 'I watched it twice. Nobody gave him a command before the Taser.'],
      ['Lena Ibarra', ':', 'Nothing. They said the matter is under review.'],
    ]);
  });
});

describe('findTranscriptTurns: a paragraph of the turn that tells what someone told the speaker (stop 65)', () => {
  it('keeps "I have asked …, which he has told me he will do" in the speaker\'s turn, and gives its "I" to the label', () => {
    const text = [
      'MAYOR VIDAL: Good morning. An officer shot a man on Union Boulevard yesterday.',
      'I have asked ICE to release the footage. And I have asked the District Attorney to investigate, which he has told me he will do.',
      "CHIEF FITZHUGH: We believe four rounds were fired.",
      'MAYOR VIDAL: Thank you.',
    ].join('\n\n');
    const { attributions } = analyseText(text, { anchorDate: '2025-10-15' });
    expect(attributions.filter((a) => a.source?.text === 'I').map((a) => a.speaker?.name)).toEqual(['Vidal', 'Vidal']);
    expect(attributions.find((a) => a.source?.text === 'MAYOR VIDAL')?.content.text).toContain('which he has told me he will do');
  });
});

describe('findTranscriptTurns: a clip labelled on a line of its own (stop 70)', () => {
  const CLIPS = [
    'REPORTER JESSICA HUERTA (on camera): Neighbors say the truck was parked.',
    'SOUNDBITE: (Dwayne Pickering, neighbor)',
    'I was right there at my mailbox. He put his hands up.',
    'HUERTA (voice-over): The man\'s family identifies him as Teodoro Villaseñor.',
    'SOUNDBITE: (Brent Sayles, ICE public affairs officer)',
    'The subject accelerated toward our officer.',
    'HUERTA (on camera): Reporting live in Fresno.',
  ].join('\n\n');

  it('gives the words on the line below "SOUNDBITE: (Name, title)" to the one the parentheses name', () => {
    expect(turns(CLIPS).map((t) => [t.source?.text, t.content.text])).toEqual([
      ['Dwayne Pickering, neighbor', 'I was right there at my mailbox. He put his hands up.'],
      ['Brent Sayles, ICE public affairs officer', 'The subject accelerated toward our officer.'],
    ]);
    const speakers = analyseText(CLIPS, { anchorDate: '2026-03-03', bodyStart: 0, outlet: null }).attributions.map((a) => [a.speaker?.name ?? null, a.speaker?.role ?? null]);
    expect(speakers).toContainEqual(['Dwayne Pickering', 'witness']);
    expect(speakers).toContainEqual(['Brent Sayles', 'official']);
  });
});
