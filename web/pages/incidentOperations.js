import { fetchJson } from '../lib/api.js';
import { h } from '../lib/dom.js';
import { formatDate, formatPlace } from '../lib/format.js';
import { send } from './reviewControls.js';

const ID_PATTERN = /^inc_[A-Za-z0-9_-]+$/;

/** The incidents a merge search offers: an exact id as typed, else the search's matches, never this incident. */
export async function findMergeCandidates(query, currentId, fetchImpl = fetchJson) {
  const q = query.trim();
  if (!q) return [];
  if (ID_PATTERN.test(q)) {
    if (q === currentId) return [];
    const found = await fetchImpl(`/api/v1/incidents/${encodeURIComponent(q)}`).catch(() => null);
    return found ? [{ id: q, date: found.date ?? found.incident?.date ?? null, city: found.city ?? found.incident?.city ?? null, state: found.state ?? found.incident?.state ?? null }] : [];
  }
  const page = await fetchImpl(`/api/v1/search?${new URLSearchParams({ q, limit: '10' })}`);
  return page.items.filter((item) => item.id !== currentId);
}

function candidateItem(candidate, incidentId, status) {
  const label = `${candidate.date ? formatDate(candidate.date) : 'undated'} — ${formatPlace(candidate)}`;
  const button = h('button', { type: 'button', class: 'secondary', 'data-testid': 'merge-candidate', 'data-incident-id': candidate.id }, 'Merge into this incident', h('span', { class: 'visually-hidden' }, `: ${label}`));
  // This incident comes first, so it is the one that survives; the other's accounts join it.
  button.addEventListener('click', () => send('/api/v1/incidents/merge', { ids: [incidentId, candidate.id] }, status));
  return h('li', {}, h('span', {}, label, ' ', h('code', {}, candidate.id)), ' ', button);
}

/** Editors: find another incident (by id or words) and merge it into this one. */
export function renderMergeControl(incident) {
  const status = h('p', { class: 'review-status', role: 'status', 'aria-live': 'polite' });
  const results = h('ul', { class: 'merge-candidates', 'data-testid': 'merge-candidates' });
  const input = h('input', { id: 'merge-query', type: 'search', 'data-testid': 'merge-query', autocomplete: 'off' });
  const form = h(
    'form',
    { class: 'inline-form', 'data-testid': 'merge-form', role: 'search', 'aria-label': 'Find an incident to merge' },
    h('label', { for: 'merge-query' }, 'Incident id or words'),
    input,
    h('button', { type: 'submit' }, 'Find'),
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    status.textContent = 'Searching…';
    try {
      const candidates = await findMergeCandidates(input.value, incident.id);
      results.replaceChildren(...candidates.map((c) => candidateItem(c, incident.id, status)));
      status.textContent = candidates.length ? `${candidates.length} incident(s) found.` : 'No other incident found.';
    } catch (err) {
      status.textContent = `Search failed: ${err.message}`;
    }
  });
  return h(
    'section',
    { class: 'merge-panel', 'aria-labelledby': 'merge-heading', 'data-testid': 'merge-panel' },
    h('h3', { id: 'merge-heading' }, 'Merge another incident into this one'),
    form,
    results,
    status,
  );
}

/** Editors: a button beside each document that moves its account off into a new incident. */
export function addSplitButtons(node, incident) {
  if (incident.documents.length < 2) return;
  const status = h('p', { class: 'review-status', role: 'status', 'aria-live': 'polite' });
  const items = node.querySelectorAll('[data-testid="documents"] [data-testid="document-item"]');
  items.forEach((item, i) => {
    const doc = incident.documents[i];
    if (!doc) return;
    const button = h('button', { type: 'button', class: 'secondary split-button', 'data-testid': 'split-document', 'data-version-id': doc.versionId }, 'Split off', h('span', { class: 'visually-hidden' }, `: ${doc.title || doc.versionId}, into a new incident`));
    button.addEventListener('click', () => send(`/api/v1/incidents/${encodeURIComponent(incident.id)}/split`, { versionIds: [doc.versionId] }, status));
    item.append(' ', button);
  });
  node.querySelector('[data-testid="documents"]')?.append(status);
}

/** The audit entries an editor may still undo: merges and splits nobody has undone yet. */
export function listUndoableEntries(entries) {
  const undone = new Set(entries.map((e) => e.after?.undoes).filter(Boolean));
  return entries.filter((e) => (e.action === 'merge_incidents' || e.action === 'split_incident') && !undone.has(e.id));
}

/** Editors: an Undo button on each undoable row of the audit log. */
export function addUndoButtons(node, incidentId, entries) {
  const status = h('p', { class: 'review-status', role: 'status', 'aria-live': 'polite' });
  const undoable = new Set(listUndoableEntries(entries).map((e) => e.id));
  for (const row of node.querySelectorAll('[data-testid="audit-entry"]')) {
    const id = row.getAttribute('data-entry-id');
    if (!undoable.has(id)) continue;
    const button = h('button', { type: 'button', class: 'secondary', 'data-testid': 'audit-undo' }, 'Undo', h('span', { class: 'visually-hidden' }, ` ${row.getAttribute('data-action').replace(/_/g, ' ')}`));
    button.addEventListener('click', () => send(`/api/v1/audit/${encodeURIComponent(id)}/undo`, { incidentId }, status));
    row.querySelector('td[data-label="Action"]')?.append(' ', button);
  }
  node.querySelector('[data-testid="audit-log"]')?.append(status);
}
