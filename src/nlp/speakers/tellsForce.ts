import type { SpeakerContext } from './speakerContext.js';

const forceByContext = new WeakMap<SpeakerContext, boolean>();
const FORCE_WORDS =
  /\b(?:shot|shooting|fired|opened fire|gunfire|tased|tasers?|pepper[- ]spray(?:ed)?|pepper balls?|tear gas|tackled|pinned|slammed|punched|beaten|dragged|chokehold|takedown|(?:broke|smashed|shattered) (?:the|her|his|their|a) (?:[\p{L}'’-]+ ){0,2}windows?|pulled (?:him|her|them) (?:out|from)|(?:took|taken|taking) (?:him|her|them) to the (?:ground|pavement))\b/iu;
const FORCE_ACTORS = /\b(?:agents?|officers?|deput(?:y|ies)|troopers?|police)\b/iu;

/** Whether the document tells force by officers at all: a story of it, where one who saw or heard is its witness. */
export function tellsForce(ctx: SpeakerContext): boolean {
  let found = forceByContext.get(ctx);
  if (found === undefined) {
    found = FORCE_WORDS.test(ctx.text) && FORCE_ACTORS.test(ctx.text);
    forceByContext.set(ctx, found);
  }
  return found;
}
