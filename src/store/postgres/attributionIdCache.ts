/**
 * The attribution ids of an incident's documents, read in the same round trip as the incident's
 * drafts (listDraftsForIncident) for the rebuild that follows: it asks them version by version
 * (listAttributionIds), which was one crossing of the query thread per other document of the
 * incident. Valid only inside the transaction that read them (`serial`, PgConnection's) and until
 * any attributions are replaced; a keyed ingest holds the incident's lock and the shared writer
 * lock, so no other writer can change them meanwhile.
 */
export interface AttributionIdCache {
  /** The ids of `versionId`'s attributions in order, or undefined when not held for this transaction. */
  get(versionId: string, serial: number): readonly string[] | undefined;
  fill(serial: number, byVersion: ReadonlyMap<string, readonly string[]>): void;
  clear(): void;
}

export function createAttributionIdCache(): AttributionIdCache {
  let held: { serial: number; byVersion: ReadonlyMap<string, readonly string[]> } | null = null;
  return {
    get: (versionId, serial) => (held !== null && serial !== 0 && held.serial === serial ? held.byVersion.get(versionId) : undefined),
    fill(serial, byVersion) {
      held = serial === 0 ? null : { serial, byVersion };
    },
    clear() {
      held = null;
    },
  };
}
