import type { SpeakerContext } from './speakerContext.js';

/** Whether `at` lies in the words of a transcript's or hearing's turn ("MS. FELD: …", "Mr. AMSEL. …", "A. …"). */
export function insideAnyTurn(ctx: SpeakerContext, at: number): boolean {
  return ctx.attributions.some((a) => a.kind === 'direct' && a.source !== null && (a.cue?.text === ':' || a.cue?.text === '.') && a.content.start <= at && at < a.content.end);
}
