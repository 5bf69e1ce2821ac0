import type { IncidentDraft } from '../../domain/incident.js';
import { loadMapping } from './csvMapping.js';
import { readRecordText } from './recordText.js';
import { recordToDraft } from './recordToDraft.js';

/**
 * The account an imported record gives, read from its stored text alone, so re-running the stages
 * over stored documents rebuilds a record's incident from its row rather than reading the row as
 * prose. Null when the text is not a record of a bundled mapping.
 */
export function readRecordDraft(text: string): IncidentDraft | null {
  const record = readRecordText(text);
  if (!record) return null;
  let mapping;
  try {
    mapping = loadMapping(record.mapping);
  } catch {
    return null;
  }
  return recordToDraft(mapping, record);
}
