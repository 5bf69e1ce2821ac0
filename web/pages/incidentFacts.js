import { h, link } from '../lib/dom.js';
import { formatDate, formatPlace, humanize } from '../lib/format.js';
import { documentHash } from '../lib/route.js';

/** The first provenance entry for one of the given fields ("date", "persons.0.age", …), if any. */
function sourceOf(incident, fields) {
  const sources = incident.sources ?? [];
  for (const field of fields) {
    const found = sources.find((s) => s.field === field);
    if (found) return found;
  }
  return null;
}

/** A fact's value followed by a link to the sentence it was read from, when provenance exists. */
function withSource(incident, fields, value, what) {
  const source = sourceOf(incident, fields);
  if (!source) return value;
  return [
    value,
    ' ',
    link(documentHash(source.versionId, source), 'source', { class: 'source-link', 'aria-label': `Source sentence for ${what}`, 'data-testid': 'fact-source' }),
  ];
}

function listOf(incident, field, values, what) {
  if (!values.length) return 'none reported';
  return values.map((value, i) => h('span', { class: 'fact-item' }, withSource(incident, [`${field}.${i}`, field], value, `${what} “${value}”`)));
}

function factRow(label, content) {
  return [h('dt', {}, label), h('dd', {}, content)];
}

/**
 * A person's name as shown: withheld from this viewer, not named by any document (an agency's
 * release: "one individual"; its source links to the words that describe them), or the name.
 */
function shownName(person, i, withheld) {
  if (withheld.some((p) => p === 'persons' || p === `persons.${i}` || p === `persons.${i}.name`)) return 'Withheld';
  return person.name ?? 'Not named';
}

function personRow(incident, person, i, withheld) {
  const name = shownName(person, i, withheld);
  const who = person.name ?? `the ${humanize(person.role).toLowerCase()} not named`;
  const cell = (key, value, label) => h('td', { 'data-label': label }, withSource(incident, [`persons.${i}.${key}`], value, `${label.toLowerCase()} of ${who}`));
  return h(
    'tr',
    { 'data-testid': 'person-row' },
    h('th', { scope: 'row', 'data-label': 'Name', class: person.name === null ? 'unnamed' : null }, withSource(incident, [`persons.${i}.name`, `persons.${i}`], name, who)),
    cell('age', person.age === null ? 'unknown' : String(person.age), 'Age'),
    cell('role', humanize(person.role), 'Role'),
    cell('outcome', humanize(person.outcome), 'Outcome'),
    cell('injuries', person.injuries ?? '—', 'Injuries'),
  );
}

/** `withheld`: the field paths hidden from this viewer (review.withheld). */
export function renderIncidentFacts(incident, withheld = []) {
  const when = incident.time ? `${formatDate(incident.date, incident.datePrecision)}, ${incident.time}` : formatDate(incident.date, incident.datePrecision);
  const persons = incident.persons.length
    ? h(
        'table',
        { class: 'persons stack-on-narrow', 'data-testid': 'persons' },
        h('caption', {}, 'People involved'),
        h('thead', {}, h('tr', {}, ['Name', 'Age', 'Role', 'Outcome', 'Injuries'].map((l) => h('th', { scope: 'col' }, l)))),
        h('tbody', {}, incident.persons.map((p, i) => personRow(incident, p, i, withheld))),
      )
    : h('p', {}, 'No person identified.');
  return h(
    'section',
    { class: 'facts', 'aria-labelledby': 'facts-heading', 'data-testid': 'facts' },
    h('h2', { id: 'facts-heading' }, 'Facts'),
    h(
      'dl',
      {},
      factRow('Date and time', withSource(incident, ['date', 'time'], when, 'the date')),
      factRow('Place', withSource(incident, ['place', 'city', 'state'], formatPlace(incident), 'the place')),
      factRow('Agencies', listOf(incident, 'agencies', incident.agencies, 'agency')),
      factRow('Force', listOf(incident, 'force', incident.force, 'force')),
      factRow('Charges', listOf(incident, 'charges', incident.charges, 'charge')),
      factRow('Footage', withSource(incident, ['footage'], incident.footage ?? 'none reported', 'footage')),
    ),
    persons,
  );
}
