import { z } from 'zod';
import type { DocumentVersionRecord } from '../../domain/records.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string() });

/** One entry of the export's `"documents"` array: a DocumentVersionRecord, field for field. */
export const exportedVersionSchema = z.object({
  id: z.string().min(1),
  documentId: z.string().min(1),
  previousVersionId: z.string().min(1).nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  format: z.enum(['text', 'html']),
  text: z.string(),
  bodyStart: z.number().int().nonnegative(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  outlet: z.string().nullable(),
  author: z.string().nullable(),
  published: day.nullable(),
  anchor: z.object({
    kind: z.enum(['explicit', 'header', 'html-meta', 'json-ld', 'update-note', 'dateline', 'none']),
    date: day.nullable(),
    span: span.nullable(),
  }),
  updateNotes: z.array(z.object({ span, date: day.nullable(), time: z.string().nullable(), timezone: z.string().nullable(), note: z.string() })),
  sourcePath: z.string().nullable(),
  ingestedAt: z.string().min(1),
});

/**
 * Reads one exported version, or says what is wrong with it. Beyond the shapes, every span must
 * reproduce its text from the version's text: a version whose offsets drifted would make every
 * claim read from it point at the wrong words.
 */
export function readExportedVersion(entry: unknown): { ok: true; version: DocumentVersionRecord } | { ok: false; reason: string } {
  const parsed = exportedVersionSchema.safeParse(entry);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `${issue?.path.join('.') || 'entry'}: ${issue?.message ?? 'not a document version'}` };
  }
  const v = parsed.data;
  if (v.bodyStart > v.text.length) return { ok: false, reason: 'bodyStart: beyond the end of the text' };
  const spans = [...(v.anchor.span ? [['anchor.span', v.anchor.span] as const] : []), ...v.updateNotes.map((n, i) => [`updateNotes.${i}.span`, n.span] as const)];
  for (const [where, s] of spans) {
    if (v.text.slice(s.start, s.end) !== s.text || s.end < s.start) return { ok: false, reason: `${where}: its offsets do not reproduce its text` };
  }
  return { ok: true, version: Object.freeze(v) };
}
