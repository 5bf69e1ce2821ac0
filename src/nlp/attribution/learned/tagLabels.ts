/** Token labels of the learned tagger: B/I for source (S), cue (C) and content (T), and O. */
export const TAG_LABELS = Object.freeze(['O', 'B-S', 'I-S', 'B-C', 'I-C', 'B-T', 'I-T'] as const);

export type TagLabel = (typeof TAG_LABELS)[number];

export const LABEL_COUNT = TAG_LABELS.length;

/** Whether label `to` may follow label `from`: an inside label continues its own role only. */
export function allowsTransition(from: number, to: number): boolean {
  const label = TAG_LABELS[to];
  if (!label.startsWith('I-')) return true;
  if (from < 0) return false;
  return TAG_LABELS[from].slice(2) === label.slice(2);
}
