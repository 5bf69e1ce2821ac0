import { h, link } from '../lib/dom.js';
import { formatDate, formatPlace } from '../lib/format.js';
import { incidentHash, listHash } from '../lib/route.js';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 200; // the API's bound; a hand-edited URL asking for more gets the most it can have

function searchForm(q) {
  const input = h('input', { id: 'incident-q', name: 'q', type: 'search', value: q, autocomplete: 'off', 'data-testid': 'search-input' });
  const form = h(
    'form',
    { role: 'search', class: 'search', 'aria-label': 'Incidents', 'data-testid': 'search-form' },
    h('label', { for: 'incident-q' }, 'Search incidents'),
    input,
    h('button', { type: 'submit' }, 'Search'),
  );
  // The query lives in the URL, so a search is a navigation: it can be shared and undone with Back.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = listHash({ q: input.value.trim() });
  });
  return form;
}

function incidentRow(item) {
  return h(
    'tr',
    { 'data-testid': 'incident-row' },
    h('td', { 'data-label': 'Date' }, link(incidentHash(item.id), formatDate(item.date))),
    h('td', { 'data-label': 'Place' }, formatPlace(item)),
    h('td', { 'data-label': 'Subject' }, item.subject ?? '—'),
    h('td', { 'data-label': 'Agencies' }, item.agencies.join(', ') || '—'),
    h('td', { 'data-label': 'Documents', class: 'num' }, item.documentCount),
    h('td', { 'data-label': 'Claims', class: 'num' }, item.claimCount),
    h('td', { 'data-label': 'Contested', class: item.contestedCount ? 'num contested' : 'num' }, item.contestedCount),
  );
}

function incidentTable(items) {
  const headers = ['Date', 'Place', 'Subject', 'Agencies', 'Documents', 'Claims', 'Contested points'];
  return h(
    'table',
    { class: 'incidents stack-on-narrow', 'data-testid': 'incident-table' },
    h('caption', { class: 'visually-hidden' }, 'Incidents'),
    h('thead', {}, h('tr', {}, headers.map((label) => h('th', { scope: 'col' }, label)))),
    h('tbody', {}, items.map(incidentRow)),
  );
}

function pagination(page, q, limit) {
  const { total, offset } = page;
  const prev = offset > 0 ? link(listHash({ q, offset: Math.max(0, offset - page.limit), limit }), 'Previous', { rel: 'prev' }) : null;
  const next = offset + page.limit < total ? link(listHash({ q, offset: offset + page.limit, limit }), 'Next', { rel: 'next' }) : null;
  return h('nav', { class: 'pagination', 'aria-label': 'Pages of incidents', 'data-testid': 'pagination' }, prev, ' ', next);
}

export async function renderIncidentListPage(route, ctx) {
  const limit = Math.min(Math.max(route.limit ?? DEFAULT_LIMIT, 1), MAX_LIMIT);
  const params = new URLSearchParams({ limit: String(limit), offset: String(route.offset) });
  if (route.q) params.set('q', route.q);
  const page = await ctx.fetchJson(`/api/v1/incidents?${params}`);
  const first = page.total ? page.offset + 1 : 0;
  const last = page.offset + page.items.length;
  const summary = h(
    'p',
    { class: 'summary', role: 'status', tabindex: '-1', 'data-testid': 'result-summary' },
    page.total ? `Incidents ${first}–${last} of ${page.total}` : 'No incidents found',
    route.q ? ` for “${route.q}”` : '',
    '.',
  );
  const heading = h('h1', { tabindex: '-1' }, 'Incidents');
  const node = h(
    'section',
    { class: 'page page-list', 'data-testid': 'page-list' },
    heading,
    searchForm(route.q),
    summary,
    page.items.length ? incidentTable(page.items) : null,
    pagination(page, route.q, route.limit),
  );
  return { title: route.q ? `Incidents: ${route.q}` : 'Incidents', node, focus: summary };
}
