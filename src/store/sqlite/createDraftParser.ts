import type { IncidentDraft } from '../../domain/incident.js';

/**
 * Parses stored draft JSON, remembering the last `capacity` texts it parsed (least recently used
 * goes first). Rebuilding an incident reads every member's draft at every new member, so a wire
 * story reprinted by fifty outlets parsed its first drafts fifty times (issue 6). The text read
 * back is the key: a draft rewritten by this or any other process is a different text and is
 * parsed again, so nothing needs invalidating, and a rolled-back write leaves nothing wrong behind.
 * The parsed drafts are shared between callers, so they are frozen all the way down.
 */
export function createDraftParser(capacity: number): (json: string) => IncidentDraft {
  const parsed = new Map<string, IncidentDraft>();
  return (json) => {
    const known = parsed.get(json);
    if (known !== undefined) {
      parsed.delete(json);
      parsed.set(json, known);
      return known;
    }
    const draft = freezeDeep(JSON.parse(json)) as IncidentDraft;
    parsed.set(json, draft);
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
