import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { MemoryRun } from '../measure/measureMemory.js';
import type { MachineInfo } from './benchResult.js';

/**
 * A memory run at full size (100,000 articles end to end takes about an hour on one core, longer
 * than the rest of the bench together) is made apart, with `npm run bench -- --only memory`, and
 * kept in the repository with when, on what commit and on what machine it was measured, so
 * docs/performance.md can show it beside the figures of a later run without pretending it is one
 * of them.
 */
export interface MemoryRecord {
  readonly measuredAt: string;
  readonly commit: string | null;
  readonly seed: number;
  readonly machine: MachineInfo;
  readonly run: MemoryRun;
}

export const MEMORY_RECORD = new URL('../records/memory.json', import.meta.url);

export function readMemoryRecord(path: URL = MEMORY_RECORD): MemoryRecord | null {
  if (!existsSync(path)) return null;
  return JSON.parse(readFileSync(path, 'utf8')) as MemoryRecord;
}

export function writeMemoryRecord(record: MemoryRecord, path: URL = MEMORY_RECORD): void {
  writeFileSync(path, `${JSON.stringify(record, null, 2)}\n`);
}

/** The commit the working tree is at, or null outside a git checkout; "+changes" when it has uncommitted edits. */
export function readCommit(): string | null {
  try {
    const cwd = new URL('../..', import.meta.url);
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${sha}+changes` : sha;
  } catch {
    return null;
  }
}
