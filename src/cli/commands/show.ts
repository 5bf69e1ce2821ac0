import type { ExportedIncident } from '../../domain/exportContract.js';
import { unnamedVoice } from '../../domain/roles.js';
import { ParallaxError } from '../../lib/errors.js';
import { openParallax } from '../../services/openParallax.js';
import { parseCommandArgs, resolveDbPath } from '../parseCommandArgs.js';
import type { Command } from './command.js';

export const showCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs('show', args, {});
  if (positionals.length !== 1) throw new ParallaxError('bad_argument', 'parallax show: give exactly one incident id.');
  const px = openParallax(resolveDbPath(values.db, io.env));
  try {
    const incident = px.queries.getIncident(String(positionals[0]));
    if (!incident) throw new ParallaxError('not_found', `No incident with id "${positionals[0]}".`);
    io.stdout(values.json ? `${JSON.stringify(incident, null, 2)}\n` : formatIncident(incident));
    return 0;
  } finally {
    px.close();
  }
};

export function formatIncident(i: ExportedIncident): string {
  const out: string[] = [];
  const place = [i.place, i.city, i.state].filter(Boolean).join(', ');
  out.push(`Incident ${i.id}`);
  out.push(`  when:     ${i.date ?? 'unknown'}${i.time ? ` ${i.time}` : ''} (${i.datePrecision})`);
  out.push(`  where:    ${place || 'unknown'}`);
  out.push(`  agencies: ${i.agencies.join(', ') || 'unknown'}`);
  for (const p of i.persons) out.push(`  person:   ${p.name ?? "(not named)"} (${p.role}${p.age !== null ? `, ${p.age}` : ''}, ${p.outcome}${p.injuries ? `: ${p.injuries}` : ''})`);
  if (i.charges.length) out.push(`  charges:  ${i.charges.join('; ')}`);
  out.push(`  documents:`);
  for (const d of i.documents) out.push(`    ${d.published ?? '----------'}  ${d.outlet ?? '?'}  ${d.title ?? d.id}${d.primary ? '' : '  (mentions it)'}`);
  out.push('', 'Claims by speaker:');
  const bySpeaker = new Map<string, typeof i.claims>();
  for (const c of i.claims) {
    const who = c.speaker ? `${c.speaker.name} (${c.speaker.role}${c.speaker.affiliation ? `, ${c.speaker.affiliation}` : ''})` : c.side === 'footage' ? 'what the video shows, as the outlet describes it' : unnamedVoice(c.side);
    bySpeaker.set(who, [...(bySpeaker.get(who) ?? []), c]);
  }
  for (const [who, claims] of bySpeaker) {
    out.push(`  ${who}`);
    for (const c of claims) out.push(`    [${c.facet}] ${c.text}`);
  }
  out.push('', 'Contested points:');
  if (i.contested.length === 0) out.push('  none found');
  for (const point of i.contested) {
    out.push(`  ${point.label}${point.kind === 'unanswered' ? ' (unanswered)' : ''}`);
    for (const p of point.positions) out.push(`    ${p.side.padEnd(11)} ${p.summary}  — ${p.speakers.join(', ') || (p.side === 'footage' ? 'the video' : p.side === 'outlet' ? 'unattributed' : unnamedVoice(p.side))}`);
    if (point.silent) out.push(`    ${(point.silent.camp === 'state' ? 'officials' : 'subject').padEnd(11)} no answer: ${point.silent.summary}`);
  }
  return `${out.join('\n')}\n`;
}
