import { makeEntity, type Entity } from './entity.js';
import type { Gender } from './roleVocab.js';
import type { SpeakerContext } from './speakerContext.js';
import { splitWords } from './words.js';

/**
 * A speaker phrase nothing could be made of ("A woman who lives on the block"). It stays in the
 * text as an antecedent with no speaker, so the "she said" that follows it resolves to nobody
 * rather than to the last person named before it.
 */
export function unresolvedEntity(ctx: SpeakerContext, index: number): Entity {
  const source = ctx.attributions[index].source!;
  const words = splitWords(ctx.text, source.start, source.end);
  const gender = words.map((w) => ctx.vocab.genderWords.get(w.norm)).find((g): g is Gender => g !== undefined) ?? null;
  const head = words.find((w, i) => i === words.length - 1 || /[,(]/.test(ctx.text.slice(w.end, words[i + 1].start)));
  const plural = !gender && words.length > 0 && /s$/.test(head?.norm ?? '') && !/ss$/.test(head?.norm ?? '');
  return makeEntity({ key: `unresolved:${index}`, kind: plural ? 'group' : 'person', plural, gender });
}
