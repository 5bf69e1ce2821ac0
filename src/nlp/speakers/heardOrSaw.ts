import type { SpeakerContext } from './speakerContext.js';
import { splitWords } from './words.js';

const OTHERS = new Set(['he', 'she', 'they', 'it']);
const DETERMINERS = new Set(['the', 'a', 'an', 'that', 'this', 'those', 'these', 'his', 'her', 'their', 'its', 'my', 'our', 'your']);
const WHEN_NOTICED = /\bwhen (?:he|she|they|I|we) ([\p{L}]+)\b/u;

// What one may have seen or heard without being there: "I've seen a clip", "she watched the video".
const RECORDINGS = new Set(['clip', 'clips', 'video', 'videos', 'footage', 'recording', 'recordings', 'photo', 'photos', 'photographs', 'images', 'tape', 'post', 'posts', 'report', 'reports']);

/** Whether a recording is what the witness word at `i` tells of ("seen a clip", "heard the recording"). */
function sawARecording(words: readonly { readonly norm: string }[], i: number): boolean {
  return words.slice(i + 1, i + 4).some((w) => RECORDINGS.has(w.norm));
}

/** What the words say of the speaker: a witness who saw or heard it ("she heard three shots"), for this attribution. */
export function heardOrSaw(ctx: SpeakerContext, attribution: number): boolean {
  const a = ctx.attributions[attribution];
  if (!a) return false;
  const words = splitWords(ctx.text, a.content.start, Math.min(a.content.end, a.content.start + 60));
  // In the speaker's own words, "He saw the agents and he panicked" tells what someone else saw.
  const direct = a.kind === 'direct';
  // "the absence of that recording": a cue word after a determiner is a thing, not what one did.
  if (words.slice(0, 5).some((w, i) => ctx.vocab.witnessCues.has(w.norm) && !(direct && i > 0 && OTHERS.has(words[i - 1].norm)) && !(i > 0 && DETERMINERS.has(words[i - 1].norm)) && !sawARecording(words, i))) return true;
  // "she was making coffee when she heard shouting and looked out her window"
  const when = WHEN_NOTICED.exec(ctx.text.slice(a.content.start, Math.min(a.content.end, a.content.start + 80)));
  return when !== null && ctx.vocab.witnessCues.has(when[1].toLowerCase());
}
