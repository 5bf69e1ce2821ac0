import { h } from '../lib/dom.js';
import { humanize } from '../lib/format.js';

function describe(value) {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'object' && 'value' in value && 'verdict' in value) return `${value.verdict}: ${describe(value.value)}`;
  if (typeof value === 'object' && 'visibility' in value) return value.visibility;
  if (typeof value === 'object' && Array.isArray(value.moves)) return describeMoves(value);
  if (typeof value === 'object' && 'name' in value) return value.name;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A merge, split or undo in words: which incidents, how many accounts moved (the ids can wrap). */
function describeMoves(value) {
  const n = value.moves.length;
  const what = value.merged ? `merged ${value.merged.join(', ')}` : value.created ? `split off into ${value.created}` : value.undoes ? `undid ${value.undoes}` : 'moved';
  return `${what}; ${n} account${n === 1 ? '' : 's'} moved`;
}

/** Every change made to the incident by a person, oldest first: who, when, what, before and after. */
export function renderAuditLog(entries) {
  return h(
    'section',
    { class: 'audit', 'aria-labelledby': 'audit-heading', 'data-testid': 'audit-log' },
    h('h2', { id: 'audit-heading' }, 'Changes by reviewers'),
    entries.length
      ? h(
          'table',
          { class: 'stack-on-narrow' },
          h('caption', { class: 'visually-hidden' }, 'Audit log'),
          h('thead', {}, h('tr', {}, ['When', 'Who', 'Action', 'Target', 'Before', 'After'].map((l) => h('th', { scope: 'col' }, l)))),
          h(
            'tbody',
            {},
            entries.map((e) =>
              h(
                'tr',
                { 'data-testid': 'audit-entry', 'data-action': e.action, 'data-entry-id': e.id },
                h('td', { 'data-label': 'When' }, h('time', { datetime: e.at }, e.at.replace('T', ' ').slice(0, 16))),
                h('td', { 'data-label': 'Who' }, e.actor),
                h('td', { 'data-label': 'Action' }, humanize(e.action)),
                h('td', { 'data-label': 'Target' }, `${e.target.kind} ${e.target.id}`),
                h('td', { 'data-label': 'Before' }, describe(e.before)),
                h('td', { 'data-label': 'After' }, describe(e.after)),
              ),
            ),
          ),
        )
      : h('p', { class: 'empty' }, 'No changes yet: everything shown is as Parallax read it.'),
  );
}
