// The process the review crash test kills: opens the database, says "ready", then applies review
// changes through the same service the API uses (createReview) until it is killed. It prints "begin <actor>"
// before each change and "end <actor>" once it has committed ("skip" when there was nothing to do); every change has its own actor name, so the test can tell them apart.
import type { AuditEntry } from '../../src/domain/audit.js';
import { createReview, type Review } from '../../src/services/review/createReview.js';
import type { Viewer } from '../../src/services/review/viewer.js';
import { geocodePlace } from '../../src/services/incidents/geocodePlace.js';
import { openStore } from '../../src/store/openStore.js';
import type { Store } from '../../src/store/Store.js';

const [dbPath, run] = process.argv.slice(2);
if (!dbPath || !run) throw new Error('usage: reviewChild DB RUN');
const MAX_CHANGES = 100_000;
const FIELDS = ['date', 'city', 'state', 'place'];
// Merges and splits rebuild incidents, which needs the 17 MB gazetteer: only every third run pays
// for loading it (before "ready", so kills land inside the changes rather than inside the load).
const STRUCTURAL = Number(run) % 3 === 0;
const KINDS = STRUCTURAL ? (['field', 'claim', 'speaker', 'visibility', 'confirm', 'structure'] as const) : (['field', 'claim', 'speaker', 'visibility', 'confirm'] as const);

// Audit ids of merges and splits derive from their time: a strictly rising clock keeps them distinct.
let last = 0;
const now = (): string => new Date((last = Math.max(last + 1, Date.now()))).toISOString();

const pick = <T>(list: readonly T[], i: number): T | undefined => list[(i * 7919 + Number(run) * 104_729) % Math.max(list.length, 1)];

function allAudit(store: Store, ids: readonly string[]): AuditEntry[] {
  const seen = new Map<string, AuditEntry>();
  for (const id of ids) for (const e of store.listAudit(id)) seen.set(e.id, e);
  return [...seen.values()];
}

/** Undo the newest merge or split not yet undone, else merge two incidents or split one (by turns). */
function changeStructure(review: Review, store: Store, ids: readonly string[], i: number, viewer: Viewer): boolean {
  const log = allAudit(store, ids).filter((e) => e.action.includes('merge_incidents') || e.action.includes('split_incident'));
  const undone = new Set(log.map((e) => (e.after as { undoes?: string } | null)?.undoes).filter(Boolean));
  const open = log.filter((e) => !e.action.startsWith('undo_') && !undone.has(e.id)).sort((a, b) => b.at.localeCompare(a.at));
  if (open[0]) {
    review.undoOperation({ incidentId: open[0].target.id, entryId: open[0].id }, viewer);
    return true;
  }
  // Merge or split by turns across runs and within one (every structural run starts with its change).
  if ((Math.floor(Number(run) / 6) + Math.floor(i / KINDS.length)) % 2 === 0 && ids.length >= 2) {
    review.mergeIncidents([ids[0]!, ids[1]!], viewer);
    return true;
  }
  const largest = [...ids].sort((a, b) => store.listDraftsForIncident(b).length - store.listDraftsForIncident(a).length)[0];
  const drafts = largest ? store.listDraftsForIncident(largest) : [];
  if (drafts.length < 2) return false;
  review.splitIncident({ incidentId: largest!, drafts: [{ versionId: drafts[0]!.versionId, localIndex: drafts[0]!.localIndex }] }, viewer);
  return true;
}

function applyOne(review: Review, store: Store, i: number, viewer: Viewer): boolean {
  const ids = store.listIncidentRows().map((r) => r.id).sort();
  const incidentId = pick(ids, i);
  if (!incidentId) return false;
  const claim = pick(store.listClaims(incidentId), i);
  const tag = `${run}-${i}`;
  // Each run starts at another kind, so short-lived runs still exercise every kind of change; a
  // structural run starts with its merge, split or undo, which a kill on a loaded machine would
  // otherwise seldom let it reach (the test then saw no merge at all).
  switch (KINDS[(i + (STRUCTURAL ? KINDS.length - 1 : Number(run))) % KINDS.length]) {
    case 'field':
      review.decideField({ incidentId, field: pick(FIELDS, i)!, verdict: 'corrected', value: `corrected ${tag}` }, viewer);
      return true;
    case 'claim':
      if (!claim) return false;
      review.decideClaim({ incidentId, claimId: claim.id, verdict: 'corrected', value: `value ${tag}` }, viewer);
      return true;
    case 'speaker':
      if (!claim) return false;
      review.reassignSpeaker({ incidentId, claimId: claim.id, speaker: { name: `Speaker ${tag}`, affiliation: null, role: 'witness' } }, viewer);
      return true;
    case 'visibility':
      review.setVisibility({ incidentId, field: i % 2 ? pick(FIELDS, i)! : null, visibility: (i >> 1) % 2 ? 'private' : 'published' }, viewer);
      return true;
    case 'confirm':
      if (!claim) return false;
      review.decideClaim({ incidentId, claimId: claim.id, verdict: 'confirmed' }, viewer);
      return true;
    default:
      return changeStructure(review, store, ids, i, viewer);
  }
}

const store = openStore(dbPath);
const review = createReview(store, { now });
if (STRUCTURAL) geocodePlace('Springfield', 'IL');
process.stdout.write('ready\n');
for (let i = 0; i < MAX_CHANGES; i++) {
  const viewer: Viewer = { name: `ed-${run}-${i}`, canEdit: true, canSeePrivate: true };
  process.stdout.write(`begin ${viewer.name}\n`);
  process.stdout.write(applyOne(review, store, i, viewer) ? `end ${viewer.name}\n` : `skip ${viewer.name}\n`);
}
store.close();
process.stdout.write('done\n');
