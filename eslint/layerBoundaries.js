// Enforces the one-way dependencies of STYLE.md between the folders of src/:
// lib <- domain <- {ingest, nlp, store} <- analysis <- services <- {api, cli}.
// A relative import that lands in a layer the importing layer may not see is an error.
import path from 'node:path';

const ALLOWED = {
  lib: [],
  domain: ['lib'],
  ingest: ['lib', 'domain'],
  nlp: ['lib', 'domain'],
  store: ['lib', 'domain'],
  analysis: ['lib', 'domain', 'ingest', 'nlp'],
  services: ['lib', 'domain', 'ingest', 'nlp', 'store', 'analysis'],
  api: ['lib', 'domain', 'services'],
  cli: ['lib', 'domain', 'services', 'api'],
};

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

function layerOf(file) {
  const rel = path.relative(path.join(root, 'src'), file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return rel.split(path.sep)[0];
}

export const layerBoundaries = {
  meta: { type: 'problem', schema: [], messages: { forbidden: "Layer '{{from}}' may not import from layer '{{to}}' (see STYLE.md)." } },
  create(context) {
    const from = layerOf(context.filename);
    if (!from || !(from in ALLOWED)) return {};
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = layerOf(path.resolve(path.dirname(context.filename), source));
      if (!to || to === from) return;
      if (!ALLOWED[from].includes(to)) context.report({ node, messageId: 'forbidden', data: { from, to } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};
