import { describe, expect, it } from 'vitest';
import { readsRecording } from './readsRecording.js';
import { compileRecordingVocab } from './recordingVocab.js';

describe('readsRecording', () => {
  it('reads past a live page\'s stamp: "Update 6:40 p.m.: A video … shows" (stop 46)', () => {
    expect(readsRecording('Update 6:40 p.m.: A video recorded by a bystander shows a man walking backward.')).toBe(true);
    expect(readsRecording('Updated at 4:30 p.m. ET — Footage shows the car parked.')).toBe(true);
    expect(readsRecording('Updated rules say agents must wear cameras.')).toBe(false);
  });

  it('reads a recording as the subject of a verb of showing', () => {
    for (const s of [
      'Videos verified by the paper show Ortiz holding a phone, not a gun, as she walks toward the agents.',
      'Body camera footage released Friday shows the officer firing as the car pulls away.',
      'A bystander’s cellphone video appears to show the agent kneeling on his neck.',
      'The surveillance video, which was posted online Tuesday, showed the truck reversing.',
      'But the footage shows him backing away from the agents.',
      'Two videos taken from a nearby porch depict agents pulling the man from the car.',
    ]) expect(readsRecording(s), s).toBe(true);
  });

  it('reads a sentence that ends on the recording, or opens inside one', () => {
    expect(readsRecording('The agent fired three times as the car passed him, the footage shows.')).toBe(true);
    expect(readsRecording('In the video, two agents can be seen forcing her to the ground.')).toBe(true);
    expect(readsRecording('In one clip posted to social media, the man raises his hands.')).toBe(true);
    expect(readsRecording('The front of the car never points toward him in the footage.')).toBe(true);
    // A fact check's label before it.
    expect(readsRecording('THE FACTS: Videos filmed by bystanders show him holding a phone.')).toBe(true);
    expect(readsRecording('Her lawyer commented on the video.')).toBe(false);
  });

  it('reads a time into a recording, and the sentence after one, as what it shows (stop 41)', () => {
    expect(readsRecording('At 0:19, he fires four times through the window.')).toBe(true);
    expect(readsRecording('At the 1:05 mark, the pickup rolls back about two feet.')).toBe(true);
    expect(readsRecording('The truck does not move forward before the shots.', 'At 0:19, he fires four times through the window.')).toBe(true);
    // A time of day is none.
    expect(readsRecording('At 9:45, agents arrived at the house.')).toBe(false);
    expect(readsRecording('At 0:15 a.m., agents arrived at the house.')).toBe(false);
  });

  it('reads a pronoun going on about the recording the sentence before opened on', () => {
    const opened = 'The 48-second video, taken from a camera above the entrance, was released Friday.';
    expect(readsRecording('It shows the car reversing out of a parking space.', opened)).toBe(true);
    expect(readsRecording('They also appear to show the agent firing.', 'Two bystander videos surfaced on Monday.')).toBe(true);
    expect(readsRecording('It shows the car reversing out of a parking space.', 'The agency released a statement Friday.')).toBe(false);
    expect(readsRecording('It shows the car reversing out of a parking space.')).toBe(false);
  });

  it('reads a long aside before the verb, and the present-tense narration after a recording opened the sentence before (stop 44)', () => {
    const opened = "But the 52-second video, recorded on a cellphone by a passenger in a nearby car and provided to the Observer by the driver's lawyers, shows the car pulling around the ICE vehicle.";
    expect(readsRecording(opened)).toBe(true);
    expect(readsRecording('The officer steps off the curb and fires as the car passes him.', opened)).toBe(true);
    expect(readsRecording('No one appears to be in the car\'s path.', opened)).toBe(true);
    expect(readsRecording('The shots are heard as the car passes an agent.', opened)).toBe(true);
    // The narration of the past, or after a sentence of no recording, is the outlet's.
    expect(readsRecording('The officer fired as the car passed him.', opened)).toBe(false);
    expect(readsRecording('The officer steps off the curb and fires as the car passes him.', 'The agency released a statement Friday.')).toBe(false);
  });

  it('does not read a negation, someone saying what a video shows, or a video as an object', () => {
    for (const s of [
      'The video does not show what happened before the shots.',
      'None of the videos shows the car striking him.',
      'No video shows the man holding a weapon.',
      'Video that officials said shows the attack has not been released.',
      'The agency said video shows the driver accelerating.',
      'The mayor watched the video on Tuesday.',
      'A review of four videos contradicts the agency’s account.',
      'Reporters asked to see the footage.',
      'The officer was shot in the arm, officials said.',
    ]) expect(readsRecording(s), s).toBe(false);
  });

  it('reads its words from the vocabulary, and refuses a malformed one', () => {
    const vocab = compileRecordingVocab({ recording: '(?:tapes?)', subject: 'the {recording}', leads: ['{subject} shows?'], tags: [], frames: [], continuations: [], blockers: '\\bnot\\b', ownFacets: [] });
    expect(readsRecording('The tape shows the car reversing.', null, vocab)).toBe(true);
    expect(readsRecording('The video shows the car reversing.', null, vocab)).toBe(false);
    expect(() => compileRecordingVocab({ recording: '(', subject: 'x', leads: [], tags: [], frames: [], continuations: [], blockers: 'x', ownFacets: [] })).toThrow(/recordings\.json/);
    expect(() => compileRecordingVocab({ leads: [] })).toThrow(/malformed/);
  });
});

describe('readsRecording: a dateline before the first sentence', () => {
  it('reads past "ST. PAUL, Minn. —" to the recording it opens on', () => {
    expect(readsRecording('ST. PAUL, Minn. — Body-camera footage released Tuesday by the Department of Homeland Security shows an officer firing into a car.')).toBe(true);
    expect(readsRecording('EL PASO (AP) — Video shows the truck reversing.')).toBe(true);
  });
});

describe('readsRecording: a sentence going on with what the video does not show (stop 45)', () => {
  it('reads "The car does not appear to move …" after a sentence opening on a video as the video’s', () => {
    const previous = 'The 40-second video, recorded by his daughter, shows the car stationary as an officer approaches.';
    expect(readsRecording('The car does not appear to move before two shots are heard.', previous)).toBe(true);
    expect(readsRecording('The car does not appear to move before two shots are heard.', 'The officer said he feared for his life.')).toBe(false);
  });
});
