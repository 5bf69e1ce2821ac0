import { ParallaxError } from '../../lib/errors.js';
import { ingestSources } from '../../services/follow/ingestSources.js';
import type { IngestSummary } from '../../services/ingest/ingestPaths.js';
import { openParallax } from '../../services/openParallax.js';
import { enqueueFiles } from '../../services/queue/enqueueFiles.js';
import { requirePostgresUrl } from '../../services/queue/requirePostgresUrl.js';
import { parseCommandArgs, resolveDbPath } from '../parseCommandArgs.js';
import { renderProgress } from '../progressBar.js';
import type { Command } from './command.js';

export const ingestCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs('ingest', args, {
    published: { type: 'string' },
    queue: { type: 'boolean', default: false },
    'doc-timeout-ms': { type: 'string' },
  });
  if (positionals.length === 0) throw new ParallaxError('bad_argument', 'parallax ingest: give at least one file, folder or URL.');
  if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
    throw new ParallaxError('bad_argument', `parallax ingest: --published must be YYYY-MM-DD, got "${values.published}".`);
  }
  const docTimeoutMs = readDocTimeout(values['doc-timeout-ms']);
  if (values.queue) {
    // Only enqueue: `parallax worker` processes, wherever it runs.
    const url = requirePostgresUrl(resolveDbPath(values.db, io.env), 'ingest --queue');
    const queued = await enqueueFiles(url, positionals.map(String), { published: values.published ?? null });
    io.stdout(values.json ? `${JSON.stringify(queued)}\n` : `${queued.files} file(s): ${queued.enqueued} queued, ${queued.failed.length} failed\n${queued.failed.map((f) => `  failed ${f.path}: ${f.message} [${f.code}]\n`).join('')}`);
    return queued.failed.length > 0 ? 1 : 0;
  }
  const px = openParallax(resolveDbPath(values.db, io.env));
  try {
    const showBar = io.isTTY && !values.json;
    const summary = await ingestSources(px.store, positionals.map(String), {
      published: values.published ?? null,
      docTimeoutMs,
      onProgress: showBar ? (p) => io.stderr(renderProgress(p)) : undefined,
    });
    if (showBar) io.stderr('\n');
    io.stdout(values.json ? `${JSON.stringify(summary)}\n` : formatSummary(summary));
    return summary.failed.length > 0 ? 1 : 0;
  } finally {
    px.close();
  }
};

/** `--doc-timeout-ms N`: a positive whole number of milliseconds; absent, the default (30 s). */
function readDocTimeout(flag: string | undefined): number | undefined {
  if (flag === undefined) return undefined;
  if (!/^\d+$/.test(flag) || Number(flag) <= 0) throw new ParallaxError('bad_argument', `parallax ingest: --doc-timeout-ms must be a positive whole number of milliseconds, got "${flag}".`);
  return Number(flag);
}

export function formatSummary(s: IngestSummary): string {
  const lines = [`${s.files} file(s): ${s.stored} stored, ${s.unchanged} unchanged, ${s.failed.length} failed; ${s.incidents} incident(s) in the database (${s.seconds.toFixed(1)}s)`];
  for (const f of s.failed) lines.push(`  failed ${f.path}: ${f.message} [${f.code}]`);
  if (s.unread.length > 0) {
    lines.push(`${s.unread.length} document(s) stored but not read, in a language Parallax does not read (vocab/languages.json)`);
    for (const u of s.unread) lines.push(`  not read ${u.path}: ${u.language}`);
  }
  return `${lines.join('\n')}\n`;
}
