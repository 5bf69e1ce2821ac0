import { diffWords, elideUnchanged } from '../lib/diffWords.js';
import { h } from '../lib/dom.js';

/** The version ingested just before the shown one, or null when it is the first. */
export function findPreviousVersion(doc) {
  const at = doc.versions.findIndex((v) => v.versionId === doc.versionId);
  return at > 0 ? doc.versions[at - 1] : null;
}

function changeMark(part) {
  // <ins>/<del> carry the meaning; the hidden label says it aloud, since most screen readers
  // do not announce the elements themselves.
  const tag = part.op === 'insert' ? 'ins' : 'del';
  const label = part.op === 'insert' ? 'inserted' : 'deleted';
  return h(tag, { 'data-testid': `diff-${label}` }, h('span', { class: 'visually-hidden' }, `[${label}: `), part.text, h('span', { class: 'visually-hidden' }, ']'));
}

function renderPart(part) {
  if (part.op !== 'equal') return changeMark(part);
  if (!part.elided) return part.text;
  const [first, last] = part.shown;
  return [first, h('span', { class: 'diff-elided' }, first || last ? ' … ' : '… '), last];
}

/** "What changed": the shown version's words against the previous version's, inline. */
export function renderVersionChanges(doc, previous) {
  const parts = diffWords(previous.text, doc.text);
  const count = (op) => parts.filter((p) => p.op === op).reduce((n, p) => n + (p.text.match(/\S+/g)?.length ?? 0), 0);
  const inserted = count('insert');
  const deleted = count('delete');
  return h(
    'section',
    { class: 'version-changes', 'aria-labelledby': 'changes-heading', 'data-testid': 'version-changes' },
    h('h2', { id: 'changes-heading' }, 'What changed since the previous version'),
    h(
      'p',
      { class: 'doc-meta' },
      inserted || deleted ? `${inserted} word${inserted === 1 ? '' : 's'} added, ${deleted} removed, against the version ingested ${previous.ingestedAt ?? ''}.` : 'The text is the same as the previous version.',
    ),
    inserted || deleted ? h('div', { class: 'diff-text' }, elideUnchanged(parts).map(renderPart)) : null,
  );
}
