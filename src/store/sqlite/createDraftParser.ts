import type { IncidentDraft } from '../../domain/incident.js';

/**
 * Parses stored draft JSON, remembering the last `capacity` drafts it parsed (least recently used
 * goes first), by the slot they were read from (a version and local index). Rebuilding an incident
 * reads every member's draft at every new member, so a wire story reprinted by fifty outlets parsed
 * its first drafts fifty times (issue 6). A remembered draft is given back only when the text read
 * now is the text it was parsed from: a draft rewritten by this or any other process is parsed
 * again, so nothing needs invalidating, and a rolled-back write leaves nothing wrong behind. (The
 * slot, not the text, is the map's key: hashing a long text at every read cost more than comparing
 * it with the one remembered.) The parsed drafts are shared between callers, so they are frozen
 * all the way down.
 */
export function createDraftParser(capacity: number): (slot: string, json: string) => IncidentDraft {
  const parsed = new Map<string, { readonly json: string; readonly draft: IncidentDraft }>();
  return (slot, json) => {
    const known = parsed.get(slot);
    if (known !== undefined) {
      parsed.delete(slot);
      if (known.json === json) {
        parsed.set(slot, known);
        return known.draft;
      }
    }
    const draft = freezeDeep(JSON.parse(json)) as IncidentDraft;
    parsed.set(slot, { json, draft });
    if (parsed.size > capacity) parsed.delete(parsed.keys().next().value as string);
    return draft;
  };
}

// Indexed and for-in walks: JSON.parse gives only arrays and plain objects, and this runs at each
// draft first read (Object.values made a copy of every object's values to walk them).
function freezeDeep(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) freezeDeep(value[i]);
  else for (const key in value) freezeDeep((value as Record<string, unknown>)[key]);
  return Object.freeze(value);
}
