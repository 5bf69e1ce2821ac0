import type { IngestProgress } from '../services/ingest/ingestPaths.js';

/** A one-line progress bar on a terminal: documents done, rate, time left. */
export function renderProgress(p: IngestProgress, width = 24): string {
  const fraction = p.total ? p.done / p.total : 1;
  const filled = Math.round(fraction * width);
  const rate = p.elapsedMs > 0 ? (p.done * 1000) / p.elapsedMs : 0;
  const left = rate > 0 ? (p.total - p.done) / rate : 0;
  return `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.done}/${p.total} docs  ${rate.toFixed(1)}/s  ${formatSeconds(left)} left `;
}

function formatSeconds(s: number): string {
  if (s < 60) return `${Math.ceil(s)}s`;
  return `${Math.floor(s / 60)}m${String(Math.ceil(s % 60)).padStart(2, '0')}s`;
}
