import { h, link } from '../lib/dom.js';
import { formatDate, formatPlace, humanize } from '../lib/format.js';
import { FACET_NAMES, incidentHash, listHash } from '../lib/route.js';
import { renderIncidentMap } from './incidentMap.js';
import { renderWeekTimeline } from './weekTimeline.js';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 200; // the API's bound; a hand-edited URL asking for more gets the most it can have

const FACET_LABELS = Object.freeze({ state: 'State', agency: 'Agency', outcome: 'Outcome', force: 'Force used', month: 'Month', review: 'Review status', contested: 'Contested' });
const SORT_LABELS = Object.freeze({ date_desc: 'Newest first', date_asc: 'Oldest first', contested: 'Most contested', documents: 'Most documents', place: 'State and city' });

/** The list state a link or a control change leads to: any change of filters starts at page one. */
function withChange(route, change) {
  return listHash({ q: route.q, filters: route.filters, tracker: route.tracker, sort: route.sort, limit: route.limit, offset: 0, ...change });
}

function searchForm(route, trackers) {
  const input = h('input', { id: 'incident-q', name: 'q', type: 'search', value: route.q, autocomplete: 'off', 'data-testid': 'search-input' });
  const tracker = h(
    'select',
    { id: 'incident-tracker', name: 'tracker', 'data-testid': 'tracker-select' },
    h('option', { value: '' }, 'All incidents'),
    trackers.map((t) => h('option', { value: t.id, selected: t.id === route.tracker }, t.label)),
  );
  const sort = h('select', { id: 'incident-sort', name: 'sort', 'data-testid': 'sort-select' }, Object.entries(SORT_LABELS).map(([value, label]) => h('option', { value, selected: value === (route.sort || 'date_desc') }, label)));
  const form = h(
    'form',
    { role: 'search', class: 'search', 'aria-label': 'Incidents', 'data-testid': 'search-form' },
    h('div', { class: 'field grow' }, h('label', { for: 'incident-q' }, 'Search incidents'), input),
    h('div', { class: 'field' }, h('label', { for: 'incident-tracker' }, 'Tracker rule'), tracker),
    h('div', { class: 'field' }, h('label', { for: 'incident-sort' }, 'Sort'), sort),
    h('button', { type: 'submit' }, 'Search'),
  );
  // The query lives in the URL, so a search is a navigation: it can be shared and undone with Back.
  const go = () => (location.hash = withChange(route, { q: input.value.trim(), tracker: tracker.value, sort: sort.value === 'date_desc' ? '' : sort.value }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go();
  });
  tracker.addEventListener('change', go);
  sort.addEventListener('change', go);
  const chosen = trackers.find((t) => t.id === route.tracker);
  return [form, chosen ? h('p', { class: 'notice', 'data-testid': 'tracker-note' }, h('strong', {}, chosen.label), ': ', chosen.description) : null];
}

function facetLabel(facet, value) {
  if (facet === 'month') return formatDate(`${value}-01`, 'month');
  if (facet === 'contested') return value === 'yes' ? 'Contested' : 'Not contested';
  return facet === 'state' ? value : humanize(value);
}

function facetGroup(route, facet, counts) {
  const chosen = route.filters[facet] ?? [];
  // A chosen value stays listed even when nothing else matches it, so it can be unticked.
  const values = [...counts, ...chosen.filter((v) => !counts.some((c) => c.value === v)).map((value) => ({ value, count: 0 }))];
  if (!values.length) return null;
  return h(
    'fieldset',
    { class: 'facet', 'data-facet': facet },
    h('legend', {}, FACET_LABELS[facet]),
    values.slice(0, 30).map(({ value, count }) => {
      const id = `facet-${facet}-${value}`.replace(/[^A-Za-z0-9_-]/g, '_');
      const box = h('input', { type: 'checkbox', id, checked: chosen.includes(value), 'data-testid': 'facet-option', 'data-value': value });
      box.addEventListener('change', () => {
        const next = box.checked ? [...chosen, value] : chosen.filter((v) => v !== value);
        location.hash = withChange(route, { filters: { ...route.filters, [facet]: next } });
      });
      return h('div', { class: 'facet-option' }, box, h('label', { for: id }, facetLabel(facet, value), h('span', { class: 'count' }, ` (${count})`)));
    }),
  );
}

function facetPanel(route, facets) {
  const any = FACET_NAMES.some((f) => route.filters[f]?.length) || route.tracker;
  return h(
    'aside',
    { class: 'facets', 'aria-label': 'Filters', 'data-testid': 'facets' },
    h('h2', {}, 'Filter'),
    any ? h('p', {}, link(listHash({ q: route.q, sort: route.sort }), 'Clear all filters', { 'data-testid': 'clear-filters' })) : null,
    FACET_NAMES.map((f) => facetGroup(route, f, facets[f] ?? [])),
  );
}

/** The subject cell when no name is shown: no document names them, the name is withheld, or there is no subject. */
function subjectWithoutName(item) {
  if (item.subjectNamed === false) return 'Not named';
  return item.subjectNamed ? 'Withheld' : '—';
}

function incidentRow(item) {
  return h(
    'tr',
    { 'data-testid': 'incident-row', 'data-incident-id': item.id },
    h('td', { 'data-label': 'Date' }, link(incidentHash(item.id), formatDate(item.date))),
    h('td', { 'data-label': 'Place' }, formatPlace(item)),
    h('td', { 'data-label': 'Subject' }, item.subject ?? subjectWithoutName(item), item.outcome && item.outcome !== 'unknown' ? h('span', { class: 'outcome' }, ` (${item.outcome})`) : null),
    h('td', { 'data-label': 'Agencies' }, item.agencies.join(', ') || '—'),
    h('td', { 'data-label': 'Documents', class: 'num' }, item.documentCount),
    h('td', { 'data-label': 'Claims', class: 'num' }, item.claimCount),
    h('td', { 'data-label': 'Contested', class: item.contestedCount ? 'num contested' : 'num' }, item.contestedCount),
    h('td', { 'data-label': 'Review' }, humanize(item.review ?? 'unreviewed')),
  );
}

function incidentTable(items) {
  const headers = ['Date', 'Place', 'Subject', 'Agencies', 'Documents', 'Claims', 'Contested points', 'Review'];
  return h(
    'table',
    { class: 'incidents stack-on-narrow', 'data-testid': 'incident-table' },
    h('caption', { class: 'visually-hidden' }, 'Incidents'),
    h('thead', {}, h('tr', {}, headers.map((label) => h('th', { scope: 'col' }, label)))),
    h('tbody', {}, items.map(incidentRow)),
  );
}

function pagination(page, route) {
  const { total, offset } = page;
  const at = (o) => listHash({ q: route.q, filters: route.filters, tracker: route.tracker, sort: route.sort, limit: route.limit, offset: o });
  const prev = offset > 0 ? link(at(Math.max(0, offset - page.limit)), 'Previous', { rel: 'prev' }) : null;
  const next = offset + page.limit < total ? link(at(offset + page.limit), 'Next', { rel: 'next' }) : null;
  return h('nav', { class: 'pagination', 'aria-label': 'Pages of incidents', 'data-testid': 'pagination' }, prev, ' ', next);
}

function searchParams(route, limit) {
  const params = new URLSearchParams({ limit: String(limit), offset: String(route.offset) });
  if (route.q) params.set('q', route.q);
  if (route.tracker) params.set('tracker', route.tracker);
  if (route.sort) params.set('sort', route.sort);
  for (const f of FACET_NAMES) if (route.filters?.[f]?.length) params.set(f, route.filters[f].join(','));
  return params;
}

export async function renderIncidentListPage(route, ctx) {
  const limit = Math.min(Math.max(route.limit ?? DEFAULT_LIMIT, 1), MAX_LIMIT);
  const filtersRoute = { filters: {}, tracker: '', sort: '', ...route };
  const page = await ctx.fetchJson(`/api/v1/search?${searchParams(filtersRoute, limit)}`);
  const first = page.total ? page.offset + 1 : 0;
  const last = page.offset + page.items.length;
  const summary = h(
    'p',
    { class: 'summary', role: 'status', tabindex: '-1', 'data-testid': 'result-summary' },
    page.total ? `Incidents ${first}–${last} of ${page.total}` : 'No incidents found',
    route.q ? ` for “${route.q}”` : '',
    '.',
  );
  // The map needs the base map; if it cannot load, the list still shows.
  const map = page.points?.length ? await renderIncidentMap(page.points, ctx.fetchJson).catch(() => null) : null;
  const heading = h('h1', { tabindex: '-1' }, 'Incidents');
  const node = h(
    'section',
    { class: 'page page-list', 'data-testid': 'page-list' },
    heading,
    searchForm(filtersRoute, page.trackers ?? []),
    h(
      'div',
      { class: 'list-layout' },
      facetPanel(filtersRoute, page.facets ?? {}),
      h(
        'div',
        { class: 'list-main' },
        summary,
        page.items.length ? incidentTable(page.items) : null,
        pagination(page, filtersRoute),
        h('div', { class: 'list-charts' }, map, page.weeks ? renderWeekTimeline(page.weeks) : null),
      ),
    ),
  );
  return { title: route.q ? `Incidents: ${route.q}` : 'Incidents', node, focus: summary };
}
