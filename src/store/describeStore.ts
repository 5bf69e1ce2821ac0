import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isParallaxError } from '../lib/errors.js';
import { CANDIDATES_PER_KEY, cityKey, nameQueryKeys, sceneKey } from './rows/blockingKeys.js';
import type { Store } from './Store.js';
import { makeAttribution, makeClaim, makeDraft, makeIncident, makeVersion } from './storeFixtures.js';

/** A fresh, empty store and a way to throw it away. */
export interface StoreHandle {
  readonly store: Store;
  dispose(): void | Promise<void>;
}

export type MakeStore = () => StoreHandle | Promise<StoreHandle>;

function expectCode(fn: () => unknown, code: string): void {
  let caught: unknown;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  expect(isParallaxError(caught), `expected a ParallaxError, got ${String(caught)}`).toBe(true);
  expect((caught as { code: string }).code).toBe(code);
}

const REPORT = 'Officers stopped a grey van on Elm Street. The driver pulled away slowly, a neighbour said. "He never aimed at anyone," his sister said.';
const UPDATED = `${REPORT} The agency later said the van had accelerated toward an officer.`;
const OTHER = 'A second report describes a traffic stop near the harbour where no shots were fired.';

/**
 * The behaviour every Store implementation must have. Each implementation's test file calls
 * `describeStore(name, makeStore)`; the PostgreSQL store will run the very same suite.
 */
export function describeStore(name: string, makeStore: MakeStore): void {
  describe(`Store behaviour (${name})`, () => {
    let handle: StoreHandle;
    let store: Store;
    beforeEach(async () => {
      handle = await makeStore();
      store = handle.store;
    });
    afterEach(async () => {
      await handle.dispose();
    });

    describe('document versions', () => {
      it('round-trips a version through every lookup', () => {
        const version = makeVersion(REPORT, {
          url: 'https://news.example/van',
          updateNotes: [{ span: { start: 0, end: 8, text: REPORT.slice(0, 8) }, date: '2025-03-06', time: '09:30', timezone: 'ET', note: 'Updated.' }],
        });
        store.insertVersion(version);
        expect(store.getVersion(version.id)).toEqual(version);
        expect(store.findVersionBySha256(version.sha256)).toEqual(version);
        expect(store.findLatestVersionByDocumentId(version.documentId)).toEqual(version);
        expect(store.listVersions(version.documentId)).toEqual([version]);
      });

      it('answers null or empty for what it does not hold', () => {
        expect(store.getVersion('ver_missing')).toBeNull();
        expect(store.findVersionBySha256('0'.repeat(64))).toBeNull();
        expect(store.findLatestVersionByDocumentId('doc_missing')).toBeNull();
        expect(store.listVersions('doc_missing')).toEqual([]);
      });

      it('refuses a second version with the same sha256 and keeps the first', () => {
        const first = makeVersion(REPORT);
        store.insertVersion(first);
        const copy = makeVersion(REPORT, { documentId: 'doc_elsewhere', url: 'https://mirror.example/van' });
        expect(copy.sha256).toBe(first.sha256);
        expectCode(() => store.insertVersion(copy), 'bad_input');
        expect(store.findVersionBySha256(first.sha256)?.id).toBe(first.id);
        expect(store.listVersions('doc_elsewhere')).toEqual([]);
      });

      it('chains versions of one document, oldest first, latest last', () => {
        const v1 = makeVersion(REPORT);
        const v2 = makeVersion(UPDATED, { documentId: v1.documentId, previousVersionId: v1.id, ingestedAt: '2025-03-06T08:00:00.000Z' });
        store.insertVersion(v1);
        store.insertVersion(v2);
        expect(store.listVersions(v1.documentId).map((v) => v.id)).toEqual([v1.id, v2.id]);
        expect(store.listLatestVersionIds()).toContain(v2.id);
        expect(store.listLatestVersionIds()).not.toContain(v1.id);
        expect(store.findLatestVersionByDocumentId(v1.documentId)?.previousVersionId).toBe(v1.id);
      });

      it('refuses a version whose previous version is unknown', () => {
        const orphan = makeVersion(UPDATED, { previousVersionId: 'ver_nowhere' });
        expectCode(() => store.insertVersion(orphan), 'not_found');
        expect(store.getVersion(orphan.id)).toBeNull();
      });
    });

    describe('attributions and drafts', () => {
      it('round-trips attributions in order and replaces them as a whole', () => {
        const version = makeVersion(REPORT);
        store.insertVersion(version);
        const quote = makeAttribution(version, 'He never aimed at anyone,', {
          speaker: { name: 'Lena Castell', affiliation: null, role: 'family' },
        });
        const paraphrase = makeAttribution(version, 'The driver pulled away slowly', { kind: 'indirect', speaker: null, sentence: 1 });
        store.replaceAttributions(version.id, [quote, paraphrase]);
        expect(store.listAttributions(version.id)).toEqual([quote, paraphrase]);
        store.replaceAttributions(version.id, [paraphrase]);
        expect(store.listAttributions(version.id)).toEqual([paraphrase]);
        store.replaceAttributions(version.id, []);
        expect(store.listAttributions(version.id)).toEqual([]);
      });

      it('rejects attributions of an unknown version or of another version, writing nothing', () => {
        const version = makeVersion(REPORT);
        store.insertVersion(version);
        const kept = makeAttribution(version, 'He never aimed at anyone,');
        store.replaceAttributions(version.id, [kept]);
        const stranger = makeAttribution(makeVersion(OTHER), 'no shots were fired');
        expectCode(() => store.replaceAttributions(version.id, [stranger]), 'bad_argument');
        expectCode(() => store.replaceAttributions(stranger.versionId, [stranger]), 'bad_input');
        expect(store.listAttributions(version.id)).toEqual([kept]);
      });

      it('round-trips drafts per version and per incident, and replaces them', () => {
        const early = makeVersion(REPORT, { published: '2025-03-02' });
        const late = makeVersion(OTHER, { published: '2025-03-09' });
        store.insertVersion(late);
        store.insertVersion(early);
        const lateDrafts = [makeDraft(late, 'inc_a'), makeDraft(late, 'inc_b', { localIndex: 1, primary: false })];
        const earlyDraft = makeDraft(early, 'inc_a', { persons: [{ name: 'Robin Castell', age: 31, role: 'subject', outcome: 'injured', injuries: null }] });
        store.replaceDrafts(late.id, lateDrafts);
        store.replaceDrafts(early.id, [earlyDraft]);
        expect(store.listDrafts(late.id)).toEqual(lateDrafts);
        expect(store.listDraftsForIncident('inc_a')).toEqual([earlyDraft, lateDrafts[0]]);
        expect(store.listDraftsForIncident('inc_b')).toEqual([lateDrafts[1]]);
        store.replaceDrafts(late.id, [makeDraft(late, null)]);
        expect(store.listDraftsForIncident('inc_b')).toEqual([]);
        expect(store.listDrafts(late.id).map((d) => d.incidentId)).toEqual([null]);
      });
    });

    describe('incidents and claims', () => {
      function seedVersion(text = REPORT) {
        const version = makeVersion(text);
        store.insertVersion(version);
        return version;
      }

      it('round-trips an incident with its claims in order', () => {
        const version = seedVersion();
        const incident = makeIncident('inc_van', {
          sources: [{ field: 'city', span: { start: 0, end: 8, text: REPORT.slice(0, 8) }, versionId: version.id }],
          contested: [{ facet: 'vehicle_movement', positions: [{ stance: 'away', summary: 'pulled away', side: 'witnesses', claimIds: ['x'], speakers: ['a neighbour'] }] }],
          lat: 39.78,
          lon: -89.65,
        });
        const attribution = makeAttribution(version, 'He never aimed at anyone,');
        store.replaceAttributions(version.id, [attribution]);
        const claims = [
          makeClaim(incident.id, version, 'The driver pulled away slowly', { side: 'witnesses' }),
          makeClaim(incident.id, version, 'He never aimed at anyone,', {
            facet: 'threat',
            stance: 'no_threat',
            value: 'did not aim',
            speaker: { name: 'Lena Castell', affiliation: null, role: 'family' },
            side: 'family',
            attributionId: attribution.id,
          }),
        ];
        store.saveIncident(incident, claims);
        expect(store.getIncident(incident.id)).toEqual(incident);
        expect(store.listClaims(incident.id)).toEqual(claims);
        expect(store.countIncidents()).toBe(1);
      });

      it('replaces the claims when an incident is saved again', () => {
        const version = seedVersion();
        const first = makeClaim('inc_van', version, 'The driver pulled away slowly');
        store.saveIncident(makeIncident('inc_van'), [first]);
        const second = makeClaim('inc_van', version, 'Officers stopped a grey van on Elm Street.', { facet: 'vehicle' });
        const renamed = makeIncident('inc_van', { city: 'Riverton' });
        store.saveIncident(renamed, [second]);
        expect(store.listClaims('inc_van')).toEqual([second]);
        expect(store.getIncident('inc_van')?.city).toBe('Riverton');
        expect(store.countIncidents()).toBe(1);
      });

      it('keeps, reorders, changes and drops claims on a second save, and moves a claim saved under another incident', () => {
        const version = seedVersion();
        const kept = makeClaim('inc_van', version, 'The driver pulled away slowly');
        const changed = makeClaim('inc_van', version, 'Officers stopped a grey van on Elm Street.', { facet: 'vehicle' });
        const dropped = makeClaim('inc_van', version, 'He never aimed at anyone,', { facet: 'threat' });
        store.saveIncident(makeIncident('inc_van'), [kept, changed, dropped]);
        const now = { ...changed, value: 'a grey van', side: 'officials' as const };
        store.saveIncident(makeIncident('inc_van'), [now, kept]);
        expect(store.listClaims('inc_van')).toEqual([now, kept]);
        // The account behind `kept` now speaks for another incident, saved before the first is rebuilt.
        const moved = { ...kept, incidentId: 'inc_other' };
        store.saveIncident(makeIncident('inc_other'), [moved]);
        expect(store.listClaims('inc_other')).toEqual([moved]);
        store.saveIncident(makeIncident('inc_van'), [now]);
        expect(store.listClaims('inc_van')).toEqual([now]);
        expect(store.listClaims('inc_other')).toEqual([moved]);
      });

      it('saves nothing when a claim points to an unknown version', () => {
        const version = seedVersion();
        const good = makeClaim('inc_van', version, 'The driver pulled away slowly');
        const bad = { ...good, id: 'clm_bad', versionId: 'ver_nowhere' };
        expectCode(() => store.saveIncident(makeIncident('inc_van'), [good, bad]), 'bad_input');
        expect(store.getIncident('inc_van')).toBeNull();
        expect(store.listClaims('inc_van')).toEqual([]);
      });

      it('deletes an incident with its claims and unassigns its drafts', () => {
        const version = seedVersion();
        store.replaceDrafts(version.id, [makeDraft(version, 'inc_van')]);
        store.saveIncident(makeIncident('inc_van'), [makeClaim('inc_van', version, 'The driver pulled away slowly')]);
        store.saveIncident(makeIncident('inc_other'), []);
        store.deleteIncident('inc_van');
        expect(store.getIncident('inc_van')).toBeNull();
        expect(store.listClaims('inc_van')).toEqual([]);
        expect(store.listDrafts(version.id).map((d) => d.incidentId)).toEqual([null]);
        expect(store.countIncidents()).toBe(1);
        expect(store.getIncident('nope')).toBeNull();
      });

      it('finds candidates inside a date window, undated ones included', () => {
        store.saveIncident(makeIncident('inc_march', { date: '2025-03-01' }), []);
        store.saveIncident(makeIncident('inc_june', { date: '2025-06-20', persons: [] }), []);
        store.saveIncident(makeIncident('inc_undated', { date: null, datePrecision: 'unknown' }), []);
        const spring = store.findIncidentCandidates({ from: '2025-02-15', to: '2025-03-15' });
        expect(spring.map((c) => c.id).sort()).toEqual(['inc_march', 'inc_undated']);
        const march = spring.find((c) => c.id === 'inc_march');
        expect(march?.subjectNames).toEqual(['Robin Castell']);
        expect(march?.agencies).toEqual(['ice']);
        expect(store.findIncidentCandidates({ from: '2025-06-20', to: null }).map((c) => c.id).sort()).toEqual(['inc_june', 'inc_undated']);
        expect(store.findIncidentCandidates({ from: null, to: null })).toHaveLength(3);
      });

      it('narrows candidates to incidents sharing a blocking key, and follows renames, re-dating and deletion', () => {
        const keys = (...k: (string | null)[]) => k.filter((x): x is string => x !== null);
        store.saveIncident(makeIncident('inc_name', { city: 'Dayton', persons: [{ name: 'Inés Peña-Ortiz', age: null, role: 'subject', outcome: 'injured', injuries: null }] }), []);
        store.saveIncident(makeIncident('inc_city', { city: 'Springfield', persons: [] }), []);
        store.saveIncident(makeIncident('inc_scene', { date: null, datePrecision: 'unknown', city: 'Springfield', place: 'Elm Street', persons: [] }), []);
        const all = { from: null, to: null };
        const ids = (window: { from: string | null; to: string | null }, k: string[]) => store.findIncidentCandidates(window, k).map((c) => c.id).sort();
        expect(ids(all, nameQueryKeys('Ortiz'))).toEqual(['inc_name']);
        expect(ids(all, nameQueryKeys('Ines Pena'))).toEqual(['inc_name']);
        expect(ids(all, keys(cityKey('springfield')))).toEqual(['inc_city', 'inc_scene']);
        expect(ids(all, keys(sceneKey('Springfield', 'elm street')))).toEqual(['inc_scene']);
        expect(ids({ from: '2025-06-01', to: '2025-06-30' }, keys(cityKey('Springfield')))).toEqual(['inc_scene']);
        expect(ids(all, [])).toEqual([]);
        expect(ids(all, nameQueryKeys('Nobody Else'))).toEqual([]);
        store.saveIncident(makeIncident('inc_city', { date: '2025-06-10', city: 'Toledo', persons: [] }), []);
        expect(ids({ from: '2025-06-01', to: '2025-06-30' }, keys(cityKey('Springfield'), cityKey('Toledo')))).toEqual(['inc_city', 'inc_scene']);
        store.deleteIncident('inc_name');
        expect(ids(all, nameQueryKeys('Ortiz'))).toEqual([]);
      });

      it('reads at most CANDIDATES_PER_KEY incidents per key: the most recent in the window, and as many undated ones', () => {
        const subject = (name: string) => [{ name, age: null, role: 'subject' as const, outcome: 'injured' as const, injuries: null }];
        const day = (i: number) => new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10);
        const extra = 3;
        store.transaction(() => {
          for (let i = 0; i < CANDIDATES_PER_KEY + extra; i++) {
            store.saveIncident(makeIncident(`inc_q${String(i).padStart(3, '0')}`, { date: day(i), city: 'Dayton', persons: subject('Ana Quill') }), []);
          }
          for (let i = 0; i < CANDIDATES_PER_KEY + extra; i++) {
            store.saveIncident(makeIncident(`inc_u${String(i).padStart(3, '0')}`, { date: null, datePrecision: 'unknown', city: 'Dayton', persons: subject('Bo Quill') }), []);
          }
        });
        const ids = (window: { from: string | null; to: string | null }) => store.findIncidentCandidates(window, nameQueryKeys('Quill')).map((c) => c.id);
        const open = ids({ from: null, to: null });
        expect(open).toHaveLength(2 * CANDIDATES_PER_KEY);
        // The oldest dated incidents and the undated ones with the highest ids are left out.
        expect(open.filter((id) => id.startsWith('inc_q'))).toEqual(Array.from({ length: CANDIDATES_PER_KEY }, (_, i) => `inc_q${String(i + extra).padStart(3, '0')}`));
        expect(open.filter((id) => id.startsWith('inc_u')).sort()).toEqual(Array.from({ length: CANDIDATES_PER_KEY }, (_, i) => `inc_u${String(i).padStart(3, '0')}`));
        // A window keeps its own most recent ones; another key of the same incidents is capped apart.
        expect(ids({ from: day(0), to: day(9) }).filter((id) => id.startsWith('inc_q'))).toHaveLength(10);
        expect(store.findIncidentCandidates({ from: day(0), to: day(1) }, [...nameQueryKeys('Quill'), ...nameQueryKeys('Ana Quill')]).filter((c) => c.date !== null).map((c) => c.id)).toEqual(['inc_q000', 'inc_q001']);
      });

      it('lists the documents of an incident with their primary flag', () => {
        const main = seedVersion(REPORT);
        const passing = seedVersion(OTHER);
        store.replaceDrafts(main.id, [makeDraft(main, 'inc_van')]);
        store.replaceDrafts(passing.id, [makeDraft(passing, 'inc_harbour'), makeDraft(passing, 'inc_van', { localIndex: 1, primary: false })]);
        const rows = store.listIncidentDocuments('inc_van');
        expect(rows).toHaveLength(2);
        expect(rows.find((r) => r.versionId === main.id)).toEqual({ versionId: main.id, documentId: main.documentId, primary: true });
        expect(rows.find((r) => r.versionId === passing.id)?.primary).toBe(false);
        expect(store.listIncidentDocuments('inc_none')).toEqual([]);
      });
    });

    describe('listing and search', () => {
      function seedSearchable() {
        const van = makeVersion(REPORT);
        const harbour = makeVersion(OTHER);
        store.insertVersion(van);
        store.insertVersion(harbour);
        store.replaceDrafts(van.id, [makeDraft(van, 'inc_van')]);
        store.replaceDrafts(harbour.id, [makeDraft(harbour, 'inc_harbour')]);
        store.saveIncident(makeIncident('inc_van', { date: '2025-03-01' }), [makeClaim('inc_van', van, 'The driver pulled away slowly')]);
        store.saveIncident(makeIncident('inc_harbour', { date: '2025-04-11' }), []);
      }

      it('pages through incidents, newest first, with the full total', () => {
        const dates = ['2025-01-05', null, '2025-03-09', '2025-02-14', '2025-03-01'];
        dates.forEach((date, i) => store.saveIncident(makeIncident(`inc_${i}`, { date }), []));
        const first = store.listIncidents({ limit: 2, offset: 0 });
        const rest = store.listIncidents({ limit: 10, offset: 2 });
        expect(first.total).toBe(dates.length);
        expect(rest.total).toBe(dates.length);
        const order = [...first.items, ...rest.items].map((i) => i.date);
        expect(order).toEqual(['2025-03-09', '2025-03-01', '2025-02-14', '2025-01-05', null]);
        expect(store.listIncidents({ limit: 10, offset: 50 })).toEqual({ total: dates.length, items: [] });
      });

      it('lists light rows with counts, and the ids a search matches', () => {
        seedSearchable();
        const rows = store.listIncidentRows();
        expect(rows.map((r) => r.id)).toEqual(['inc_harbour', 'inc_van']);
        const van = rows.find((r) => r.id === 'inc_van');
        expect(van).toMatchObject({ date: '2025-03-01', claimCount: 1, documentCount: 1, contestedCount: 0 });
        expect(store.searchIncidentIds('harbour')).toEqual(['inc_harbour']);
        expect(store.searchIncidentIds('pulled')).toEqual(['inc_van']);
        expectCode(() => store.searchIncidentIds('"*'), 'bad_argument');
      });

      it('finds the claims of one speaker across incidents, oldest publication first', () => {
        const early = makeVersion(REPORT, { published: '2025-03-02' });
        const late = makeVersion(OTHER, { published: '2025-04-12' });
        store.insertVersion(early);
        store.insertVersion(late);
        const speaker = { name: 'Avery Quill', affiliation: null, role: 'official' as const };
        store.saveIncident(makeIncident('inc_late'), [makeClaim('inc_late', late, 'no shots were fired', { speaker })]);
        store.saveIncident(makeIncident('inc_early'), [makeClaim('inc_early', early, 'The driver pulled away slowly', { speaker }), makeClaim('inc_early', early, 'He never aimed at anyone')]);
        const found = store.listClaimsBySpeaker('Avery Quill');
        expect(found.map((r) => [r.claim.incidentId, r.published])).toEqual([
          ['inc_early', '2025-03-02'],
          ['inc_late', '2025-04-12'],
        ]);
        expect(store.listClaimsBySpeaker('Nobody Here')).toEqual([]);
      });

      it('finds an incident by a word of one of its claims', () => {
        seedSearchable();
        const page = store.listIncidents({ q: 'pulled', limit: 10, offset: 0 });
        expect(page.items.map((i) => i.id)).toEqual(['inc_van']);
        expect(page.total).toBe(1);
      });

      it('finds an incident by a word of a member document only', () => {
        seedSearchable();
        expect(store.listIncidents({ q: 'harbour', limit: 10, offset: 0 }).items.map((i) => i.id)).toEqual(['inc_harbour']);
        // "sister" appears in the van report's text but in none of its claims.
        expect(store.listIncidents({ q: 'sister', limit: 10, offset: 0 }).items.map((i) => i.id)).toEqual(['inc_van']);
      });

      it('requires every word, matches word forms and prefixes', () => {
        seedSearchable();
        expect(store.listIncidents({ q: 'grey harbour', limit: 10, offset: 0 }).total).toBe(0);
        expect(store.listIncidents({ q: 'officer stopping', limit: 10, offset: 0 }).items.map((i) => i.id)).toEqual(['inc_van']);
        expect(store.listIncidents({ q: 'harb*', limit: 10, offset: 0 }).items.map((i) => i.id)).toEqual(['inc_harbour']);
      });

      it('pages search results with a total of all matches', () => {
        seedSearchable();
        const page = store.listIncidents({ q: 'report', limit: 1, offset: 0 });
        expect(page.items).toHaveLength(1);
        expect(page.total).toBe(2);
        expect(store.listIncidents({ q: 'report', limit: 1, offset: 1 }).items[0].id).not.toBe(page.items[0].id);
      });

      it('never lets search syntax become an error', () => {
        seedSearchable();
        for (const q of ['"van', 'van"', 'NEAR(van', 'title:van', 'van AND OR', '*', '(', '^van', 'van -', '"', 'don\'t']) {
          const page = store.listIncidents({ q, limit: 10, offset: 0 });
          expect(page.total).toBe(page.items.length);
        }
        expect(store.listIncidents({ q: '"van', limit: 10, offset: 0 }).items.map((i) => i.id)).toEqual(['inc_van']);
        expect(store.listIncidents({ q: '   ', limit: 10, offset: 0 }).total).toBe(2);
      });

      it('rejects a bad limit or offset', () => {
        expectCode(() => store.listIncidents({ limit: -1, offset: 0 }), 'bad_argument');
        expectCode(() => store.listIncidents({ limit: 10, offset: 1.5 }), 'bad_argument');
      });
    });

    describe('audit log and review', () => {
      const entry = (id: string, over: Record<string, unknown> = {}) => ({
        id,
        at: '2025-03-07T10:00:00.000Z',
        actor: 'local',
        action: 'correct_claim',
        target: { kind: 'claim', id: 'clm_one' },
        before: { value: 'slowly' },
        after: { value: 'fast' },
        incidentId: 'inc_a',
        ...over,
      });

      it('lists an incident\'s entries oldest first, including those targeting the incident itself', () => {
        store.appendAudit(entry('aud_1'));
        store.appendAudit(entry('aud_2', { action: 'set_visibility', target: { kind: 'incident', id: 'inc_a' }, incidentId: undefined, before: null }));
        store.appendAudit(entry('aud_3', { incidentId: 'inc_b' }));
        const listed = store.listAudit('inc_a');
        expect(listed.map((e) => e.id)).toEqual(['aud_1', 'aud_2']);
        expect(listed[0]).toMatchObject({ actor: 'local', target: { kind: 'claim', id: 'clm_one' }, before: { value: 'slowly' }, after: { value: 'fast' } });
        expect(listed[1].before).toBeNull();
        expect(store.listAudit('inc_missing')).toEqual([]);
      });

      it('refuses a repeated audit id and rolls an entry back with its transaction', () => {
        store.appendAudit(entry('aud_1'));
        expectCode(() => store.appendAudit(entry('aud_1')), 'bad_input');
        expect(() =>
          store.transaction(() => {
            store.appendAudit(entry('aud_2'));
            throw new Error('change failed');
          }),
        ).toThrow('change failed');
        expect(store.listAudit('inc_a').map((e) => e.id)).toEqual(['aud_1']);
      });

      it('keeps one decision per item, replaced by the latest, with the original', () => {
        const base = { incidentId: 'inc_a', kind: 'claim' as const, key: 'clm_one', original: 'slowly', actor: 'local', at: '2025-03-07T10:00:00.000Z' };
        store.saveReviewDecision({ ...base, verdict: 'confirmed', value: null });
        store.saveReviewDecision({ ...base, verdict: 'corrected', value: 'fast', actor: 'editor' });
        const decisions = store.listReviewDecisions('inc_a');
        expect(decisions).toHaveLength(1);
        expect(decisions[0]).toMatchObject({ verdict: 'corrected', value: 'fast', original: 'slowly', actor: 'editor' });
        expect(store.listReviewDecisions('inc_b')).toEqual([]);
        store.saveReviewDecision({ ...base, key: 'clm_two', verdict: 'confirmed', value: null });
        expect(store.listReviewTallies()).toEqual([{ incidentId: 'inc_a', confirmed: 1, corrected: 1 }]);
      });

      it('keeps visibility per incident and per field, and lists privately held incidents', () => {
        const at = '2025-03-07T10:00:00.000Z';
        store.saveVisibility({ incidentId: 'inc_a', field: null, visibility: 'private', actor: 'local', at });
        store.saveVisibility({ incidentId: 'inc_b', field: 'persons.0.name', visibility: 'private', actor: 'local', at });
        store.saveVisibility({ incidentId: 'inc_c', field: null, visibility: 'private', actor: 'local', at });
        store.saveVisibility({ incidentId: 'inc_c', field: null, visibility: 'published', actor: 'local', at });
        expect(store.listPrivateIncidentIds()).toEqual(['inc_a']);
        expect(store.listVisibility('inc_b')).toEqual([{ incidentId: 'inc_b', field: 'persons.0.name', visibility: 'private', actor: 'local', at }]);
        expect(store.listVisibility('inc_c').map((r) => r.visibility)).toEqual(['published']);
      });
    });

    describe('read generation', () => {
      it('moves after every kind of write a reader would see, and never after a read or a rolled-back write', () => {
        const seen: number[] = [store.readGeneration()];
        const moves = (write: () => void): void => {
          write();
          const now = store.readGeneration();
          expect(now, 'the generation moves forward after a write').toBeGreaterThan(seen[seen.length - 1]);
          seen.push(now);
        };
        const version = makeVersion(REPORT);
        const at = '2025-03-07T10:00:00.000Z';
        moves(() => store.insertVersion(version));
        moves(() => store.replaceAttributions(version.id, [makeAttribution(version, 'He never aimed at anyone,')]));
        moves(() => store.replaceDrafts(version.id, [makeDraft(version, 'inc_gen')]));
        moves(() => store.saveIncident(makeIncident('inc_gen'), [makeClaim('inc_gen', version, 'The driver pulled away slowly, a neighbour said.')]));
        moves(() => store.saveReviewDecision({ incidentId: 'inc_gen', kind: 'claim', key: 'clm_x', verdict: 'confirmed', value: null, original: 'slowly', actor: 'local', at }));
        moves(() => store.saveVisibility({ incidentId: 'inc_gen', field: null, visibility: 'private', actor: 'local', at }));
        moves(() => store.appendAudit({ id: 'aud_gen', at, actor: 'local', action: 'set_visibility', target: { kind: 'incident', id: 'inc_gen' }, before: null, after: { visibility: 'private' }, incidentId: 'inc_gen' }));
        moves(() => store.deleteIncident('inc_gen'));
        const before = store.readGeneration();
        store.getVersion(version.id);
        store.listAttributions(version.id);
        store.listDrafts(version.id);
        store.listIncidentRows();
        store.searchIncidentIds('driver');
        store.listIncidents({ limit: 10, offset: 0 });
        store.listVisibility('inc_gen');
        store.listReviewTallies();
        store.listAudit('inc_gen');
        expect(store.readGeneration()).toBe(before);
        expect(() =>
          store.transaction(() => {
            store.saveIncident(makeIncident('inc_gone'), []);
            throw new Error('undone');
          }),
        ).toThrow('undone');
        expect(store.readGeneration()).toBe(before);
      });
    });

    describe('transactions and failures', () => {
      it('keeps nothing of a transaction that throws', () => {
        const version = makeVersion(REPORT);
        expect(() =>
          store.transaction(() => {
            store.insertVersion(version);
            store.saveIncident(makeIncident('inc_van'), []);
            throw new Error('boom');
          }),
        ).toThrow('boom');
        expect(store.getVersion(version.id)).toBeNull();
        expect(store.countIncidents()).toBe(0);
      });

      it('commits a transaction and returns its value, nested ones included', () => {
        const result = store.transaction(() => {
          store.saveIncident(makeIncident('inc_outer'), []);
          expect(() =>
            store.transaction(() => {
              store.saveIncident(makeIncident('inc_inner'), []);
              throw new Error('inner');
            }),
          ).toThrow('inner');
          return store.countIncidents();
        });
        expect(result).toBe(1);
        expect(store.getIncident('inc_outer')).not.toBeNull();
        expect(store.getIncident('inc_inner')).toBeNull();
      });

      it('runs a commit group: each transaction in it fails alone, the rest is kept, and the value comes back', () => {
        const result = store.commitGroup(() => {
          store.transaction(() => store.saveIncident(makeIncident('inc_first'), []), 'keyed');
          expect(() =>
            store.transaction(() => {
              store.saveIncident(makeIncident('inc_failed'), []);
              throw new Error('one document');
            }, 'keyed'),
          ).toThrow('one document');
          store.transaction(() => store.saveIncident(makeIncident('inc_third'), []), 'keyed');
          return 'done';
        });
        expect(result).toBe('done');
        expect(['inc_first', 'inc_failed', 'inc_third'].map((id) => store.getIncident(id) !== null)).toEqual([true, false, true]);
      });

      it('runs a keyed transaction all-or-nothing, with its keys locked', () => {
        const version = makeVersion(REPORT);
        expect(() =>
          store.transaction(() => {
            store.lockKeys(['document:one', 'incident:inc_keyed']);
            store.insertVersion(version);
            throw new Error('keyed');
          }, 'keyed'),
        ).toThrow('keyed');
        expect(store.getVersion(version.id)).toBeNull();
        const saved = store.transaction(() => {
          store.lockKeys(['document:one']);
          store.insertVersion(version);
          store.lockKeys([]);
          store.lockKeys(['incident:inc_keyed', 'incident:inc_keyed']);
          // Keys this transaction holds are its own to take again.
          expect(store.tryLockKeys(['document:one', 'blocking:c:dayton'])).toBe(true);
          store.saveIncident(makeIncident('inc_keyed'), []);
          return store.countIncidents();
        }, 'keyed');
        expect(saved).toBe(1);
        expect(store.getVersion(version.id)).not.toBeNull();
      });

      it('records failures in order', () => {
        const failures = [
          { path: 'inbox/a.html', code: 'empty_document', message: 'No text.', at: '2025-03-05T10:00:00.000Z' },
          { path: 'inbox/b.pdf', code: 'unsupported_format', message: 'PDF is not supported.', at: '2025-03-05T10:00:01.000Z' },
        ];
        failures.forEach((f) => store.recordFailure(f));
        expect(store.listFailures()).toEqual(failures);
      });
    });
  });
}
