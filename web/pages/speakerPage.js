import { h, link } from '../lib/dom.js';
import { formatDate, formatPlace, humanize } from '../lib/format.js';
import { documentHash, incidentHash } from '../lib/route.js';

function statement(s) {
  return h(
    'li',
    { 'data-testid': 'speaker-statement' },
    h('p', { class: 'claim-meta' }, h('time', s.published ? { datetime: s.published } : {}, s.published ? formatDate(s.published) : 'undated'), ' · ', link(incidentHash(s.incidentId), `${formatDate(s.incident.date)}, ${formatPlace(s.incident)}`)),
    h('p', { class: 'claim-facet' }, `${humanize(s.facet)}: `, h('strong', {}, s.value)),
    h('blockquote', { class: 'claim-text' }, s.text),
    h('p', { class: 'claim-link' }, link(documentHash(s.versionId, s), 'Read in context', { class: 'source-link', 'data-testid': 'claim-link' })),
  );
}

/** Everything one speaker said across incidents, oldest publication first. */
export async function renderSpeakerPage(route, ctx) {
  const view = await ctx.fetchJson(`/api/v1/speakers/${encodeURIComponent(route.speaker)}`);
  const heading = h('h1', { tabindex: '-1' }, view.name);
  const incidents = new Set(view.statements.map((s) => s.incidentId)).size;
  const node = h(
    'section',
    { class: 'page page-speaker', 'data-testid': 'page-speaker' },
    heading,
    h('p', { class: 'lede' }, `${view.statements.length} statements about ${incidents} incidents, in the order they were published.`),
    view.statements.length ? h('ol', { class: 'timeline-list' }, view.statements.map(statement)) : h('p', { class: 'empty' }, 'No statements found for this speaker.'),
  );
  return { title: view.name, node, focus: heading };
}
