import { h } from '../lib/dom.js';
import { buildContestedRows, selectSideColumns } from '../lib/camps.js';
import { renderClaimCard } from './claimCard.js';

/** A camp's silence on an unanswered point, with the sentences that state it when there are any. */
function silenceBlock(silence) {
  return h(
    'div',
    { class: 'position silence', 'data-testid': 'silence', 'data-camp': silence.camp },
    h('p', { class: 'position-summary' }, h('strong', {}, 'No answer'), ` — ${silence.summary}`),
    silence.claims.length ? silence.claims.map((entry) => renderClaimCard(entry)) : h('p', { class: 'empty' }, 'Nothing from this side on this point in any document.'),
  );
}

function positionBlock(position) {
  if (position.silent) return silenceBlock(position);
  return h(
    'div',
    { class: `position side-${position.side}`, 'data-testid': 'position', 'data-side': position.side },
    h('p', { class: 'position-summary' }, h('strong', {}, position.summary)),
    position.claims.map((entry) => renderClaimCard(entry)),
  );
}

/**
 * The accounts side by side: one row per contested facet, one column per side (officials,
 * prosecutors, subject and counsel, family, witnesses, documents, courts, outlet, others), in that fixed
 * order, showing only the sides with a claim on some point. An unanswered point is marked as such
 * in its row heading and shows "No answer" in the silent camp's column. Narrow screens stack each row.
 */
export function renderContestedTable(incident) {
  const rows = buildContestedRows(incident);
  const heading = h('h2', { id: 'contested-heading' }, 'Contested points');
  if (!rows.length) {
    return h('section', { class: 'contested', 'aria-labelledby': 'contested-heading', 'data-testid': 'contested' }, heading, h('p', {}, 'No conflicting accounts found.'));
  }
  const columns = selectSideColumns(rows);
  return h(
    'section',
    { class: 'contested', 'aria-labelledby': 'contested-heading', 'data-testid': 'contested' },
    heading,
    h(
      'table',
      { class: 'contested-table stack-on-narrow' },
      h('caption', { class: 'visually-hidden' }, 'Contested points, by who makes each claim'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Point'), columns.map((column) => h('th', { scope: 'col', 'data-side': column.key, 'data-camp': column.camp }, column.label)))),
      h(
        'tbody',
        {},
        rows.map((row) =>
          h(
            'tr',
            { 'data-testid': 'contested-row', 'data-facet': row.facet, 'data-kind': row.kind },
            h('th', { scope: 'row' }, row.label, row.kind === 'unanswered' ? h('span', { class: 'point-kind' }, 'Unanswered') : null),
            columns.map((column) =>
              h(
                'td',
                { 'data-label': column.label, 'data-side': column.key, 'data-camp': column.camp, class: row.cells[column.key].length ? null : 'no-claim' },
                row.cells[column.key].length ? row.cells[column.key].map(positionBlock) : h('p', { class: 'empty' }, 'No claim'),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
