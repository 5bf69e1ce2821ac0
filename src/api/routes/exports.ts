import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { sourceFromReadModel } from '../../services/export/sourceFromReadModel.js';
import { EXPORT_FORMATS, streamExport, type ExportFormat } from '../../services/export/streamExport.js';
import { sourceFromQueries, type ExportSource } from '../../services/export/walkIncidents.js';
import type { Queries } from '../../services/queries.js';
import type { ReadModel } from '../../services/queries/createReadModel.js';
import { FACETS } from '../../services/queries/searchIncidents.js';
import { parseInput } from '../parseInput.js';
import type { ViewerResolver } from '../resolveViewer.js';
import { LIST_QUERY } from './incidents.js';
import { SEARCH_QUERY } from './search.js';

const EXPORT_OPTIONS = {
  claims: z.enum(['true', 'false', '1', '0']).optional().transform((v) => v === 'true' || v === '1'),
  mapping: z.string().regex(/^[a-z0-9-]{1,60}$/).optional(),
};

/** The list's own filter (paging aside), so an export of the filtered list is that list. */
export const EXPORT_QUERY = LIST_QUERY.omit({ limit: true, offset: true }).extend(EXPORT_OPTIONS);

/** With the read model: the search's filter (words, facets, tracker, sort), as the UI's filtered list. */
export const EXPORT_SEARCH_QUERY = SEARCH_QUERY.omit({ limit: true, offset: true }).extend(EXPORT_OPTIONS);

const EXTENSIONS: Readonly<Record<ExportFormat, string>> = { csv: 'csv', json: 'json', geojson: 'geojson', claimreview: 'jsonld' };

/**
 * `GET /api/v1/export.{csv,json,geojson,claimreview}?…&claims=true`, streamed as it is read. With
 * the read model the filter is the search's and the viewer's rights apply (an anonymous visitor
 * never exports what is private); without it, the plain list's `q`.
 */
export function registerExportRoutes(app: FastifyInstance, queries: Queries, viewer?: { readModel: ReadModel; viewerOf: ViewerResolver }): void {
  for (const format of EXPORT_FORMATS) {
    app.get(`/api/v1/export.${format}`, async (request, reply) => {
      let source: ExportSource;
      let options: { claims: boolean; mapping?: string };
      if (viewer) {
        const input = parseInput(EXPORT_SEARCH_QUERY, request.query, 'export query') as z.output<typeof EXPORT_SEARCH_QUERY> & Record<string, string[]>;
        const filters = Object.fromEntries(FACETS.map((f) => [f, input[f]]));
        source = sourceFromReadModel(viewer.readModel, { q: input.q, tracker: input.tracker, sort: input.sort, filters }, viewer.viewerOf(request));
        options = { claims: input.claims, mapping: input.mapping };
      } else {
        const { claims, mapping, ...filter } = parseInput(EXPORT_QUERY, request.query, 'export query');
        source = sourceFromQueries(queries, filter);
        options = { claims, mapping };
      }
      // Built before the first byte is sent, so a bad request still gets the one error shape.
      const { contentType, chunks } = streamExport(source, { format, ...options });
      const name = `parallax-${options.claims ? 'claims' : 'incidents'}.${EXTENSIONS[format]}`;
      return reply.type(contentType).header('content-disposition', `attachment; filename="${name}"`).send(Readable.from(chunks));
    });
  }
}
