import { describe, expect, it } from 'vitest';
import { attributeText as attribute } from './testing/attributeText.js';

describe('findDirectQuotes: a question and its answer', () => {
  it('ends a question at its paragraph: the quotation that opens the next is the answer (stop 49)', () => {
    expect(attribute('"Do you see the truck coming toward you?" defense lawyer Anjali Raghunathan asked.\n\n"Not in this portion, no."')).toEqual([
      ['defense lawyer Anjali Raghunathan', 'asked', ['Do you see the truck coming toward you?']],
    ]);
    // A statement carries on into the next paragraph, as before.
    expect(attribute('"The truck came at me," the agent said.\n\n"I had no choice."')).toEqual([['the agent', 'said', ['The truck came at me,', 'I had no choice.']]]);
  });

  it('ends an answer in an exchange at its paragraph: the quotation that opens the next is the next question (stop 57)', () => {
    const exchange = '"Did you see a knife?" Reyes asked.\n\n"Not at that moment, no," Kessler said.\n\n"So when you fired, you had not seen a weapon."';
    expect(attribute(exchange)).toEqual([
      ['Reyes', 'asked', ['Did you see a knife?']],
      ['Kessler', 'said', ['Not at that moment, no,']],
    ]);
    expect(attribute('"Not at that moment, no," Kessler answered.\n\n"So when you fired, you had not seen a weapon."')).toEqual([['Kessler', 'answered', ['Not at that moment, no,']]]);
  });
});

describe('findDirectQuotes: a verb of saying that opens the sentence', () => {
  it('takes the speaker after it: `Said Hale, “…”`', () => {
    expect(attribute('Said Hale, “The vote was close.”')).toEqual([['Hale', 'Said', ['The vote was close.']]]);
  });

  it('takes it before a colon, and past a channel after a comma: `Said Mayor Hale, in a statement Monday:` (stop 43)', () => {
    expect(attribute('Said Mayor Dan Hale: “The vote was close.”')).toEqual([['Mayor Dan Hale', 'Said', ['The vote was close.']]]);
    expect(attribute('The vote came late.\n\nSaid Mayor Dan Hale, in a statement Monday:\n\n“The vote was close.”')).toEqual([['Mayor Dan Hale', 'Said', ['The vote was close.']]]);
    // A clause after the comma is no channel.
    expect(attribute('Said Mayor Dan Hale, who left early: “The vote was close.”').some((f) => f[0] === 'Mayor Dan Hale')).toBe(false);
  });
});

describe('findDirectQuotes: what stands between a verb of saying and its quotation', () => {
  it('takes a verb of saying after a dash and its speaker: `“…” — said Ana Ruiz, the men\'s sister.` (stop 46)', () => {
    expect(attribute('“He was going to buy diapers.” — said Ana Ruiz, the men\'s sister.')).toEqual([['Ana Ruiz, the men\'s sister', 'said', ['He was going to buy diapers.']]]);
  });

  it('takes a lead whose statement was "released Thursday afternoon", whose verb has an object, or after an opening phrase (stop 46)', () => {
    expect(attribute('The agency said in a statement posted Friday:\n\n“The driver refused commands.”')).toEqual([['The agency', 'said in a statement', ['The driver refused commands.']]]);
    expect(attribute('The department described the encounter in a statement released Thursday afternoon:\n\n“The driver refused commands.”')).toEqual([['The department', 'described', ['The driver refused commands.']]]);
    expect(attribute('In a letter to the court, Herrera described the shooting in his own words:\n\n“I put my hands up.”')).toEqual([['Herrera', 'described', ['I put my hands up.']]]);
    // Stop 61: past the question put to the speaker, and a comma after the verb.
    expect(attribute('Asked whether any officer had been hit, Lyall answered, “Not that I am aware of, no.”')).toEqual([['Lyall', 'answered', ['Not that I am aware of, no.']]]);
  });

  it('crosses what it was said of or where, up to a colon or comma', () => {
    expect(attribute('Dana Ruiz said of the council: “The vote comes first.”')).toEqual([['Dana Ruiz', 'said', ['The vote comes first.']]]);
    expect(attribute('Dana Ruiz wrote in a column for the Gazette, “The pier must reopen.”')).toEqual([['Dana Ruiz', 'wrote', ['The pier must reopen.']]]);
  });

  it('reads no topic after other verbs or before a title closing the sentence', () => {
    expect(attribute('Dana Ruiz warned of the storm: “It will be long.”').some((f) => f[0] === 'Dana Ruiz')).toBe(false);
    expect(attribute('“The pier is safe,” she said of the repairs on a visit to KPTV’s “Night Desk.”')).toEqual([['she', 'said', ['The pier is safe,']]]);
  });

  it('gives a participle of saying after a comma the clause subject', () => {
    expect(attribute('Dana Ruiz pressed the clerk on Tuesday, saying, “You never call back!”')).toEqual([['Dana Ruiz', 'saying', ['You never call back!']]]);
  });

  it('finds that subject past an opening phrase', () => {
    expect(attribute('Before the vote, Chief Dana Ruiz pushed to close the pier, saying, "Nobody swims there in winter."')).toEqual([['Chief Dana Ruiz', 'saying', ['Nobody swims there in winter.']]]);
  });

  it('gives "by saying" and "upon saying" the clause subject, unless a cue of its own stands before', () => {
    expect(attribute('Dana Ruiz ended her speech by saying, “We will be back.”')).toEqual([['Dana Ruiz', 'saying', ['We will be back.']]]);
    expect(attribute('Tom Hale stunned the room upon saying, “The fee stays.”')).toEqual([['Tom Hale', 'saying', ['The fee stays.']]]);
    // "explained … by saying" is one report: no second relation with the cue "saying".
    const found = attribute('Tom Hale explained the vote by saying: “The fee stays.”');
    expect(found.filter(([, cue]) => cue === 'saying')).toEqual([]);
  });
});

describe('findDirectQuotes: a tag after a quotation with a long aside between the name and the verb', () => {
  it('takes the name and its aside, verbs and a quoted word included, when the verb of saying ends the tag', () => {
    expect(attribute('“We will reopen the pier,” Tom Hale, 30, of Dover, Del., who lives near the pier, said in a later interview.')).toEqual([['Tom Hale, 30, of Dover, Del., who lives near the pier', 'said', ['We will reopen the pier,']]]);
    expect(attribute('“We will reopen the pier,” Ana Ruiz, wearing a red hat and “Ruiz” campaign pins, said.')).toEqual([['Ana Ruiz, wearing a red hat and “Ruiz” campaign pins', 'said', ['We will reopen the pier,']]]);
  });

  it('leaves a short aside to the scan back, and reads no tag when the verb has a clause of its own', () => {
    expect(attribute('“We will reopen the pier,” Hale, after a long pause, said of the board.')).toEqual([['Hale', 'said', ['We will reopen the pier,']]]);
    expect(attribute('“We will reopen the pier,” Tom Hale, 30, of Dover, Del., who lives near the pier, said the board had lied.').some(([, , content]) => content[0] === 'We will reopen the pier,')).toBe(false);
  });
});

describe('findDirectQuotes: a whole quoted paragraph after an attributed one', () => {
  it('gives it to the speaker whose quotation ends the paragraph before', () => {
    const text = '“She was walking the dog,” her neighbor, Ines Vale, said at a vigil.\n\n“I want to see the tape. If they say she ran, show us.”\n\nThe county did not comment.';
    expect(attribute(text)).toEqual([['her neighbor, Ines Vale', 'said', ['She was walking the dog,', 'I want to see the tape. If they say she ran, show us.']]]);
  });

  it('crosses one paragraph break only, and not into a paragraph with more than the quotation', () => {
    const two = '“The lot was dark,” Ines Vale said.\n\n“Nobody came.”\n\n“We waited an hour.”';
    expect(attribute(two)).toEqual([['Ines Vale', 'said', ['The lot was dark,', 'Nobody came.']]]);
    const more = '“The lot was dark,” Ines Vale said.\n\n“Nobody came.” The clerk left at noon.';
    expect(attribute(more)).toEqual([['Ines Vale', 'said', ['The lot was dark,']]]);
  });

  it('leaves a quoted paragraph with a tag of its own to that tag', () => {
    const text = '“The lot was dark,” Ines Vale said.\n\n“Nobody came,” Tom Reyes said.';
    expect(attribute(text)).toEqual([
      ['Ines Vale', 'said', ['The lot was dark,']],
      ['Tom Reyes', 'said', ['Nobody came,']],
    ]);
  });

  it('reads a tag after a question or exclamation closed by a doubled apostrophe, as after a curly mark', () => {
    expect(attribute("''Can we win Ohio?'' Ms. Ruiz asked. ''I don't know.''")).toEqual([['Ms. Ruiz', 'asked', ['Can we win Ohio?', "I don't know."]]]);
    expect(attribute("''Is the mayor running against the board?'' asked Ms. Ruiz, referring to the attacks.")).toEqual([['Ms. Ruiz', 'asked', ['Is the mayor running against the board?']]]);
    // After a full stop a tag still needs a sentence of its own.
    expect(attribute("''The pier is closed.'' Ms. Ruiz said the board would meet.").some((f) => f[2][0] === 'The pier is closed.')).toBe(false);
  });

  it('gives a quotation after "and said," the subject of the verb "and" coordinates with', () => {
    expect(attribute('Ruiz shook her head and said, “No.”')).toEqual([['Ruiz', 'said', ['No.']]]);
    expect(attribute('When the clerk was asked if the count was done, he laughed and said, “We’ll see.”')).toContainEqual(['he', 'said', ['We’ll see.']]);
    // After a verb of saying the speaker of that verb speaks again, not the subject inside its content.
    expect(attribute('In an interview last year, Ruiz said she welcomed the ruling and added, “I will appeal.”')).toContainEqual(['Ruiz', 'added', ['I will appeal.']]);
  });
});

describe('findDirectQuotes: a long tag after a question or exclamation (round 32)', () => {
  it('reads the tag before the first comma of its own sentence, and the quotation as the content', () => {
    expect(attribute('"And I am not being paid!" Ruiz declared, a point she likes to make after a recent appearance on the radio.')).toEqual([['Ruiz', 'declared', ['And I am not being paid!']]]);
    expect(attribute("''What does that mean, he kept the town safe?'' Ruiz asked, repeating a charge she has made for years - that the mayor was to blame.")).toEqual([
      ['Ruiz', 'asked', ['What does that mean, he kept the town safe?']],
    ]);
  });

  it('still reads no tag in a long sentence whose first part is no tag', () => {
    expect(attribute('"Is it over?" The crowd left the hall at once, and the clerks began to count the ballots again.')).toEqual([]);
  });
});

describe('findDirectQuotes: a quotation in a list item', () => {
  it('reads a quotation after a list marker whole, as without the marker', () => {
    const item = '"He was boxed in. He had nowhere to go," Kevin Soto said.';
    expect(attribute(`What the family says:\n- ${item}`)).toEqual(attribute(item));
    expect(attribute(item)[0][2]).toEqual(['He was boxed in. He had nowhere to go,']);
  });
});

describe('findDirectQuotes: a credit after a dash', () => {
  it('credits a quotation left open at the end of its line to the dash line under it (stop 43)', () => {
    expect(attribute('“I heard four shots. Then I saw the SUV roll into a pole.\n— Tomás Bravo, 19, store employee')).toEqual([['Tomás Bravo, 19, store employee', '—', ['I heard four shots. Then I saw the SUV roll into a pole.']]]);
    // Left open with no credit under it: nothing new.
    expect(attribute('“I heard four shots.\nThen the police came.')).toEqual([]);
  });

  it('credits a quotation to the phrase after a dash on its own line or after it, without how the words came', () => {
    expect(attribute('"They just grabbed him."\n— Ana Ruiz, who was waiting for her car')).toEqual([['Ana Ruiz, who was waiting for her car', '—', ['They just grabbed him.']]]);
    expect(attribute('"The road was closed." — County spokesperson, in an email to the paper')).toEqual([['County spokesperson', '—', ['The road was closed.']]]);
    // After a blank line, or before words in lower case, a dash credits nothing.
    expect(attribute('"It was over."\n\n— Ana Ruiz')).toEqual([]);
    expect(attribute('"It was over." — and then it rained.')).toEqual([]);
  });
});

describe('findDirectQuotes: a quotation right after a dateline', () => {
  it('reads a lede that opens on a quotation past its dateline, in curly marks or guillemets', () => {
    expect(attribute('BROWNSVILLE, Texas — “They killed him like a dog,” said Rosa Díaz, whose son was shot.')).toEqual([['Rosa Díaz', 'said', ['They killed him like a dog,']]]);
    expect(attribute('BROWNSVILLE, Texas — «Lo mataron como a un perro», said Rosa Díaz.')).toEqual([['Rosa Díaz', 'said', ['Lo mataron como a un perro']]]);
    expect(attribute('ST. PAUL, Minn. (AP) — “He ran,” police said.')).toEqual([['police', 'said', ['He ran,']]]);
  });
});


describe('findDirectQuotes: a lead whose object is "what she saw" (stop 40)', () => {
  it('gives the quotation after "described what she saw:" on the line before to the lead\'s subject, across paragraphs', () => {
    const text = 'His wife, Ana Ramos, described what she saw:\n\n“They didn’t say anything. They just broke the window.\n\n“My husband had his hands up.”';
    const found = attribute(text);
    expect(found).toHaveLength(1);
    expect(found[0][0]).toBe('His wife, Ana Ramos');
    expect(found[0][1]).toBe('described');
  });

  it('leaves a lead whose clause holds a comma or a quotation of its own', () => {
    // ("described" still reads its object as the words it describes, as before.)
    expect(attribute('Ramos described what, in her words, she saw:\n\n“They broke the window.”').map((f) => f[2].join(' '))).toEqual(['what, in her words, she saw']);
  });
});

describe('findDirectQuotes: a colon lead told "by phone" (stop 48)', () => {
  it('gives the quotation after "told WCLT by phone:" to the subject', () => {
    expect(attribute('Marisol Quintanar told WCLT by phone: "He was backing up."')).toEqual([['Marisol Quintanar', 'told', ['He was backing up.']]]);
  });
});

describe('findDirectQuotes: a fact check\'s claim and its credit (stop 58)', () => {
  it('credits "Claim: “…” — Assistant Secretary Dana Whitcomb, in a post on X" to her, never to "Claim"', () => {
    const text = 'Agents shot a man in Aurora on Friday.\n\nClaim: "This man weaponized his vehicle against our officers." — Assistant Secretary Dana Whitcomb, in a post on X';
    expect(attribute(text)).toEqual([['Assistant Secretary Dana Whitcomb', '—', ['This man weaponized his vehicle against our officers.']]]);
  });
});
