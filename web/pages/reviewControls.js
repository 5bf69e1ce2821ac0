import { postJson } from '../lib/api.js';
import { h } from '../lib/dom.js';
import { humanize } from '../lib/format.js';

const ROLES = ['official', 'prosecutor', 'subject', 'subject_counsel', 'family', 'witness', 'elected_official', 'court_filing', 'court', 'journalist', 'other'];

let formCount = 0;

/** Sends a change, then re-renders the page from the server so what is shown is what was stored. */
export async function send(path, body, status) {
  status.textContent = 'Saving…';
  try {
    await postJson(path, body);
    status.textContent = 'Saved.';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } catch (err) {
    status.textContent = `Not saved: ${err.message}`;
  }
}

function statusLine() {
  return h('p', { class: 'review-status', role: 'status', 'aria-live': 'polite' });
}

/** Confirm, correct or reassign one claim; shown only to editors. */
export function renderClaimReview(incidentId, claim) {
  const n = ++formCount;
  const base = `/api/v1/incidents/${encodeURIComponent(incidentId)}/claims/${encodeURIComponent(claim.id)}`;
  const status = statusLine();
  const value = h('input', { id: `claim-value-${n}`, value: claim.value, 'data-testid': 'claim-correct-input' });
  const correct = h(
    'form',
    { class: 'inline-form', 'data-testid': 'claim-correct-form' },
    h('label', { for: `claim-value-${n}` }, 'Corrected value'),
    value,
    h('button', { type: 'submit' }, 'Save correction'),
  );
  correct.addEventListener('submit', (e) => {
    e.preventDefault();
    send(`${base}/review`, { verdict: 'corrected', value: value.value.trim() }, status);
  });
  const name = h('input', { id: `claim-speaker-${n}`, value: claim.speaker?.name ?? '', 'data-testid': 'speaker-name-input' });
  const role = h('select', { id: `claim-role-${n}` }, ROLES.map((r) => h('option', { value: r, selected: r === (claim.speaker?.role ?? 'other') }, humanize(r))));
  const reassign = h(
    'form',
    { class: 'inline-form', 'data-testid': 'speaker-form' },
    h('label', { for: `claim-speaker-${n}` }, 'Speaker'),
    name,
    h('label', { for: `claim-role-${n}` }, 'Role'),
    role,
    h('button', { type: 'submit' }, 'Reassign'),
  );
  reassign.addEventListener('submit', (e) => {
    e.preventDefault();
    const speaker = name.value.trim() ? { name: name.value.trim(), affiliation: null, role: role.value } : null;
    send(`${base}/speaker`, { speaker }, status);
  });
  const confirm = h('button', { type: 'button', class: 'secondary', 'data-testid': 'claim-confirm' }, 'Confirm claim');
  confirm.addEventListener('click', () => send(`${base}/review`, { verdict: 'confirmed' }, status));
  return h('details', { class: 'review-box', 'data-testid': 'claim-review' }, h('summary', {}, 'Review this claim'), confirm, correct, reassign, status);
}

/** The reviewable fields of an incident as paths ("date", "persons.0.age"…), with their current values. */
export function listFieldPaths(incident) {
  const out = ['date', 'time', 'city', 'state', 'place', 'footage'].map((f) => [f, incident[f]]);
  incident.persons.forEach((p, i) => ['name', 'age', 'outcome', 'injuries'].forEach((k) => out.push([`persons.${i}.${k}`, p[k]])));
  return out;
}

/** Confirm, correct, hide or publish one field, and hide or publish the whole incident. */
export function renderFieldReview(view) {
  const { incident, review } = view;
  const base = `/api/v1/incidents/${encodeURIComponent(incident.id)}`;
  const status = statusLine();
  const fields = listFieldPaths(incident);
  const field = h('select', { id: 'review-field', 'data-testid': 'field-select' }, fields.map(([path, value]) => h('option', { value: path }, `${path} — ${value ?? 'none'}`)));
  const value = h('input', { id: 'review-value', 'data-testid': 'field-value-input' });
  const act = (label, testid, body) => {
    const b = h('button', { type: 'button', class: 'secondary', 'data-testid': testid }, label);
    b.addEventListener('click', () => send(...body(), status));
    return b;
  };
  const typed = () => {
    const raw = value.value.trim();
    return /^\d+$/.test(raw) && /\.age$/.test(field.value) ? Number(raw) : raw;
  };
  const incidentPrivate = review.private;
  return h(
    'section',
    { class: 'review-panel', 'aria-labelledby': 'review-heading', 'data-testid': 'review-panel' },
    h('h2', { id: 'review-heading' }, 'Review'),
    h('div', { class: 'inline-form' }, h('label', { for: 'review-field' }, 'Field'), field, h('label', { for: 'review-value' }, 'Corrected value'), value),
    h(
      'div',
      { class: 'button-row' },
      act('Confirm field', 'field-confirm', () => [`${base}/fields/review`, { field: field.value, verdict: 'confirmed' }]),
      act('Save correction', 'field-correct', () => [`${base}/fields/review`, { field: field.value, verdict: 'corrected', value: typed() }]),
      act('Make field private', 'field-private', () => [`${base}/visibility`, { field: field.value, visibility: 'private' }]),
      act('Publish field', 'field-publish', () => [`${base}/visibility`, { field: field.value, visibility: 'published' }]),
      act(incidentPrivate ? 'Publish incident' : 'Make incident private', 'incident-visibility', () => [`${base}/visibility`, { field: null, visibility: incidentPrivate ? 'published' : 'private' }]),
    ),
    status,
  );
}
