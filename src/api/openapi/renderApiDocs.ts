import type { buildOpenApi } from './buildOpenApi.js';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

type Operation = { summary?: string; parameters?: { name: string; in: string; required: boolean; schema: unknown }[] };

/**
 * The API documentation page, rendered on the server from the OpenAPI document: plain HTML with
 * no script (the CSP forbids inline code, and a reader needs none), every value escaped.
 */
export function renderApiDocs(doc: ReturnType<typeof buildOpenApi>): string {
  const sections = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, raw]) => {
      const op = raw as Operation;
      const params = (op.parameters ?? []).map((p) => `<li><code>${escapeHtml(p.name)}</code> (${escapeHtml(p.in)}${p.required ? ', required' : ''}): <code>${escapeHtml(JSON.stringify(p.schema))}</code></li>`).join('');
      return `<section><h2><code>${escapeHtml(method.toUpperCase())} ${escapeHtml(path)}</code></h2><p>${escapeHtml(op.summary ?? '')}</p>${params ? `<ul>${params}</ul>` : ''}</section>`;
    }),
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Parallax API</title></head><body><main><h1>Parallax API ${escapeHtml(doc.info.version)}</h1><p>${escapeHtml(doc.info.description)} The machine-readable document is at <a href="/api/openapi.json">/api/openapi.json</a>.</p>${sections.join('')}</main></body></html>`;
}
