import type { IncidentDraft } from '../../domain/incident.js';

/** Drafts read from stored JSON, each parsed once; see createDraftParser. */
export interface DraftParser {
  /** The draft stored as `json` in `slot` (a version and local index), parsed, or remembered from before. */
  read(slot: string, json: string): IncidentDraft;
  /**
   * Remembers the draft just written as `json` in `slot`, so that reading it back parses nothing:
   * a frozen copy of `draft` as JSON.parse(json) would give it. A draft holding anything JSON
   * would change (undefined in a list, a date, a class instance, a non-finite number) is not
   * remembered: it is parsed when read, as any other.
   */
  remember(slot: string, json: string, draft: IncidentDraft): void;
}

/**
 * Parses stored draft JSON, remembering the last `capacity` drafts it parsed (least recently used
 * goes first), by the slot they were read from (a version and local index). Rebuilding an incident
 * reads every member's draft at every new member, so a wire story reprinted by fifty outlets parsed
 * its first drafts fifty times (issue 6). A remembered draft is given back only when the text read
 * now is the text it was parsed from: a draft rewritten by this or any other process is parsed
 * again, so nothing needs invalidating, and a rolled-back write leaves nothing wrong behind. (The
 * slot, not the text, is the map's key: hashing a long text at every read cost more than comparing
 * it with the one remembered.) The parsed drafts are shared between callers, so they are frozen
 * all the way down. A draft is also remembered as it is written (`remember`): each new document's
 * draft was stringified to be stored and parsed back at once by the rebuild of its incident.
 */
export function createDraftParser(capacity: number): DraftParser {
  const parsed = new Map<string, { readonly json: string; readonly draft: IncidentDraft }>();
  const keep = (slot: string, json: string, draft: IncidentDraft): void => {
    parsed.delete(slot);
    parsed.set(slot, { json, draft });
    if (parsed.size > capacity) parsed.delete(parsed.keys().next().value as string);
  };
  return {
    read(slot, json) {
      const known = parsed.get(slot);
      if (known !== undefined) {
        parsed.delete(slot);
        if (known.json === json) {
          parsed.set(slot, known);
          return known.draft;
        }
      }
      const draft = freezeDeep(JSON.parse(json)) as IncidentDraft;
      keep(slot, json, draft);
      return draft;
    },
    remember(slot, json, draft) {
      const copy = copyAsParsed(draft);
      if (copy === NOT_JSON) parsed.delete(slot);
      else keep(slot, json, copy as IncidentDraft);
    },
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

const NOT_JSON = Symbol('not JSON');

/**
 * A frozen copy of `value` equal to JSON.parse(JSON.stringify(value)), keys in the same order (half
 * the cost of the parse); NOT_JSON when the round trip would change more than dropping a key whose
 * value is undefined, or when telling what it would give is not worth the trouble.
 */
function copyAsParsed(value: unknown): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      // JSON writes -0 as 0, and NaN and the infinities as null.
      return Number.isFinite(value) && !Object.is(value, -0) ? value : NOT_JSON;
    case 'object': {
      if (value === null) return null;
      if (Array.isArray(value)) {
        const out = new Array<unknown>(value.length);
        for (let i = 0; i < value.length; i++) {
          // A hole or an undefined item becomes null: not worth copying.
          if (value[i] === undefined) return NOT_JSON;
          const item = copyAsParsed(value[i]);
          if (item === NOT_JSON) return NOT_JSON;
          out[i] = item;
        }
        return Object.freeze(out);
      }
      if (Object.getPrototypeOf(value) !== Object.prototype) return NOT_JSON;
      if ('toJSON' in value) return NOT_JSON;
      const out: Record<string, unknown> = {};
      for (const key in value) {
        if (key === '__proto__') return NOT_JSON;
        const field = (value as Record<string, unknown>)[key];
        if (field === undefined) continue;
        const copy = copyAsParsed(field);
        if (copy === NOT_JSON) return NOT_JSON;
        out[key] = copy;
      }
      return Object.freeze(out);
    }
    default:
      return NOT_JSON;
  }
}
