import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { EXPORT_FORMATS, streamExport } from '../../services/export/streamExport.js';
import type { Queries } from '../../services/queries.js';
import { parseInput } from '../parseInput.js';
import { LIST_QUERY } from './incidents.js';

/** The list's own filter (paging aside), so an export of the filtered list is that list. */
export const EXPORT_QUERY = LIST_QUERY.omit({ limit: true, offset: true }).extend({
  claims: z.enum(['true', 'false', '1', '0']).optional().transform((v) => v === 'true' || v === '1'),
});

const EXTENSIONS: Readonly<Record<(typeof EXPORT_FORMATS)[number], string>> = { csv: 'csv', json: 'json', geojson: 'geojson', claimreview: 'jsonld' };

/** `GET /api/v1/export.{csv,json,geojson,claimreview}?q=…&claims=true`, streamed as it is read. */
export function registerExportRoutes(app: FastifyInstance, queries: Queries): void {
  for (const format of EXPORT_FORMATS) {
    app.get(`/api/v1/export.${format}`, async (request, reply) => {
      const { claims, ...filter } = parseInput(EXPORT_QUERY, request.query, 'export query');
      // Built before the first byte is sent, so a bad request still gets the one error shape.
      const { contentType, chunks } = streamExport(queries, { format, claims, filter });
      const name = `parallax-${claims ? 'claims' : 'incidents'}.${EXTENSIONS[format]}`;
      return reply.type(contentType).header('content-disposition', `attachment; filename="${name}"`).send(Readable.from(chunks));
    });
  }
}
