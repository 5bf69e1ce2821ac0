import type { RecordingVocab } from './recordingVocab.js';
import { loadRecordingVocab } from './recordingVocab.js';
import { datelineLength } from '../../nlp/mentions/findDatelines.js';

// "At 0:19,", "At the 1:05 mark,", "At 2:40 in the video,": minutes and seconds into a recording, not a
// time of day ("At 9:45, agents arrived": a single-digit minute only from zero, or with "mark" or the recording named).
const TIMESTAMP = /^(?:at|by|around|about|just after|seconds later, at)\s+(?:the\s+)?(?:0:\d{2}\b(?!\s*[ap]\.?m)|\d{1,2}:\d{2}\s*(?:mark\b|(?:in|of|into)\s+(?:the\s+)?(?:video|footage|clip|recording)\b))/iu;

// A fact check's or a live page's label before the sentence: "THE FACTS: Videos show …".
const LABEL = /^\p{Lu}[\p{Lu}'’ ]{1,24}:\s+/u;
// "Update 6:40 p.m.: A video … shows …", "Updated at 4:30 p.m. ET —": a live page's stamp.
const STAMP = /^updated?\b,?(?:\s+at)?\s+\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[ECMP][SD]?T)?\s*(?::|—|–|--)\s+/iu;

/**
 * Whether a sentence of the outlet's own reporting tells what a recording shows: "Videos verified by
 * the paper show him holding a phone", "…, the footage shows.", "In the video, agents can be seen …".
 * A negation or someone's saying between the recording and its verb ("The video does not show",
 * "Video that officials said shows") makes it none: that is no account the recording gives.
 * `previous`, the sentence before in the same paragraph, lets a pronoun go on about the recording
 * it opened on ("The 48-second video was released Friday. It shows the car reversing.").
 */
export function readsRecording(sentence: string, previous: string | null = null, vocab: RecordingVocab = loadRecordingVocab()): boolean {
  // A dateline before a story's first sentence: "ST. PAUL, Minn. — Body-camera footage … shows …".
  const unlabelled = sentence.trim().replace(LABEL, '').replace(STAMP, '');
  const text = unlabelled.slice(datelineLength(unlabelled));
  if (previous !== null && vocab.continuations.some((re) => re.test(text)) && vocab.subject.test(previous.trim())) return true;
  // "At 0:19, he fires four times through the window." A time into a recording opens a sentence of what
  // it shows, and the sentence after one goes on with it ("The truck does not move forward …").
  if (TIMESTAMP.test(text) || (previous !== null && TIMESTAMP.test(previous.trim()))) return true;
  if (!vocab.screen.test(sentence)) return false;
  for (const list of [vocab.leads, vocab.tags, vocab.frames]) {
    for (const re of list) {
      const m = re.exec(text);
      if (m && !vocab.blockers.test(m[0])) return true;
    }
  }
  return false;
}
