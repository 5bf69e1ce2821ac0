import type { Token } from '../../domain/analysis.js';
import type { CueVerb } from './cueLexicon.js';

/** Verbs whose past participle, right after what was published, names the act of publishing it. */
const PUBLISHING = new Set(['post', 'write', 'tweet', 'report', 'announce']);

/** What is posted, written or reported (not who does it). */
const PUBLISHED_THINGS = new Set([
  'video', 'videos', 'footage', 'clip', 'clips', 'photo', 'photos', 'image', 'images', 'picture', 'pictures', 'recording', 'recordings',
  'article', 'articles', 'story', 'stories', 'column', 'op-ed', 'editorial', 'essay', 'blog', 'book', 'post', 'posts', 'tweet', 'tweets',
  'message', 'messages', 'comment', 'comments', 'note', 'notes', 'memo', 'letter', 'letters', 'statement', 'statements', 'report', 'reports',
  'document', 'documents', 'email', 'emails', 'opinion', 'ruling', 'order', 'complaint', 'filing', 'release', 'notice', 'list', 'map', 'chart',
]);

/**
 * "Video posted online shows …", "In an article posted on the county website, …": a participle of
 * a verb of publishing right after a plain noun for a thing published modifies that noun (the
 * video was posted); it is no cue, and the noun no speaker. Only the bare participle (no auxiliary,
 * no pronoun, no name: "Ruiz posted online that …" reports).
 */
export function isPublishedThing(tokens: readonly Token[], k: number, verb: CueVerb): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  if (!prev || !PUBLISHING.has(verb.lemma) || !/(?:ed|en)$/.test(t.normal) || t.normal === verb.lemma) return false;
  // The tagger may read a capitalised noun opening the sentence as a name ("Video posted …"), not "The Post reported".
  const noun = prev.pos === 'NOUN' || (prev.pos === 'PROPN' && (k - 2 < 0 || tokens[k - 2].pos === 'PUNCT' || tokens[k - 2].pos === 'SPACE'));
  return noun && PUBLISHED_THINGS.has(prev.normal);
}
