import { openParallax } from '../../services/openParallax.js';
import { parseCommandArgs, resolveDbPath } from '../parseCommandArgs.js';
import type { Command } from './command.js';

export const incidentsCommand: Command = async (args, io) => {
  const { values } = parseCommandArgs('incidents', args, { q: { type: 'string' }, limit: { type: 'string', default: '1000' } }, false);
  const limit = Number(values.limit);
  const px = openParallax(resolveDbPath(values.db, io.env));
  try {
    const list = px.queries.listIncidents({ q: values.q, limit, offset: 0 });
    if (values.json) {
      io.stdout(`${JSON.stringify(list)}\n`);
      return 0;
    }
    for (const i of list.items) {
      const place = [i.city, i.state].filter(Boolean).join(', ') || 'place unknown';
      io.stdout(`${i.id}  ${i.date ?? 'date unknown'}  ${place}  ${i.subject ?? 'subject not named'}  [${i.agencies.join(', ')}]  ${i.documentCount} doc(s), ${i.claimCount} claim(s), ${i.contestedCount} contested\n`);
    }
    if (list.total === 0) io.stdout('No incidents yet. Ingest documents with "parallax ingest PATH".\n');
    return 0;
  } finally {
    px.close();
  }
};
