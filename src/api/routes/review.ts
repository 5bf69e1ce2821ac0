import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ROLES } from '../../domain/roles.js';
import { ParallaxError } from '../../lib/errors.js';
import type { ReadModel } from '../../services/queries/createReadModel.js';
import type { Review } from '../../services/review/createReview.js';
import { parseInput } from '../parseInput.js';
import type { ViewerResolver } from '../resolveViewer.js';
import { ID_PARAMS } from './idParam.js';

export const CLAIM_PARAMS = ID_PARAMS.extend({ claimId: ID_PARAMS.shape.id });

const JSON_VALUE: z.ZodType<unknown> = z.lazy(() =>
  z.union([z.string().max(2000), z.number(), z.boolean(), z.null(), z.array(JSON_VALUE).max(100), z.record(z.string().max(60), JSON_VALUE)]),
);

export const CLAIM_DECISION = z.object({ verdict: z.enum(['confirmed', 'corrected']), value: z.string().trim().min(1).max(500).optional() });
export const FIELD_DECISION = z.object({ field: z.string().max(80), verdict: z.enum(['confirmed', 'corrected']), value: JSON_VALUE.optional() });
export const SPEAKER = z.object({
  speaker: z
    .object({ name: z.string().trim().min(1).max(200), affiliation: z.string().trim().max(200).nullable().default(null), role: z.enum(ROLES) })
    .nullable(),
});
const ID = ID_PARAMS.shape.id;
export const MERGE = z.object({ ids: z.array(ID).min(2).max(20) });
export const SPLIT = z
  .object({ versionIds: z.array(ID).max(200).optional(), drafts: z.array(z.object({ versionId: ID, localIndex: z.number().int().min(0).max(1000) })).max(200).optional() })
  .refine((b) => (b.versionIds?.length ?? 0) + (b.drafts?.length ?? 0) > 0, 'Name at least one document version or account to split off.');
export const UNDO_PARAMS = z.object({ entryId: ID });
export const UNDO = z.object({ incidentId: ID });
export const VISIBILITY = z.object({ field: z.string().max(80).nullable().default(null), visibility: z.enum(['published', 'private']) });

/**
 * Review: every change is a POST through here, recorded by the review service with its audit
 * entry; the audit log itself has no write route at all.
 */
export function registerReviewRoutes(app: FastifyInstance, readModel: ReadModel, review: Review | null, viewerOf: ViewerResolver): void {
  app.get('/api/v1/incidents/:id/review', async (request) => {
    const { id } = parseInput(ID_PARAMS, request.params, 'incident id');
    const seen = readModel.getIncident(id, viewerOf(request));
    if (!seen) throw new ParallaxError('not_found', `No incident ${id}.`, { id });
    return seen;
  });

  app.get('/api/v1/incidents/:id/audit', async (request) => {
    const { id } = parseInput(ID_PARAMS, request.params, 'incident id');
    const seen = readModel.getIncident(id, viewerOf(request));
    if (!seen) throw new ParallaxError('not_found', `No incident ${id}.`, { id });
    return { items: seen.audit };
  });

  function writer(): Review {
    if (!review) throw new ParallaxError('forbidden', 'This server does not accept changes.');
    return review;
  }

  app.post('/api/v1/incidents/:id/claims/:claimId/review', async (request) => {
    const { id, claimId } = parseInput(CLAIM_PARAMS, request.params, 'claim');
    const body = parseInput(CLAIM_DECISION, request.body, 'claim review');
    return writer().decideClaim({ incidentId: id, claimId, ...body }, viewerOf(request));
  });

  app.post('/api/v1/incidents/:id/claims/:claimId/speaker', async (request) => {
    const { id, claimId } = parseInput(CLAIM_PARAMS, request.params, 'claim');
    const body = parseInput(SPEAKER, request.body, 'speaker');
    return writer().reassignSpeaker({ incidentId: id, claimId, speaker: body.speaker }, viewerOf(request));
  });

  app.post('/api/v1/incidents/:id/fields/review', async (request) => {
    const { id } = parseInput(ID_PARAMS, request.params, 'incident id');
    const body = parseInput(FIELD_DECISION, request.body, 'field review');
    return writer().decideField({ incidentId: id, field: body.field, verdict: body.verdict, value: body.value as never }, viewerOf(request));
  });

  app.post('/api/v1/incidents/:id/visibility', async (request) => {
    const { id } = parseInput(ID_PARAMS, request.params, 'incident id');
    const body = parseInput(VISIBILITY, request.body, 'visibility');
    writer().setVisibility({ incidentId: id, field: body.field, visibility: body.visibility }, viewerOf(request));
    return { incidentId: id, field: body.field, visibility: body.visibility };
  });

  // Merge, split and undo: the accounts move between incidents; each is one audit entry.
  app.post('/api/v1/incidents/merge', async (request) => {
    const { ids } = parseInput(MERGE, request.body, 'merge');
    return { entry: writer().mergeIncidents(ids, viewerOf(request)) };
  });

  app.post('/api/v1/incidents/:id/split', async (request) => {
    const { id } = parseInput(ID_PARAMS, request.params, 'incident id');
    const body = parseInput(SPLIT, request.body, 'split');
    return { entry: writer().splitIncident({ incidentId: id, ...body }, viewerOf(request)) };
  });

  // The audit log belongs to an incident, so the body names it: the entry is looked up there.
  app.post('/api/v1/audit/:entryId/undo', async (request) => {
    const { entryId } = parseInput(UNDO_PARAMS, request.params, 'audit entry id');
    const { incidentId } = parseInput(UNDO, request.body, 'undo');
    return { entry: writer().undoOperation({ incidentId, entryId }, viewerOf(request)) };
  });
}
