import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import Database from 'better-sqlite3';
import type { MachineInfo } from './benchResult.js';

export function readMachine(loadBefore: number): MachineInfo {
  const db = new Database(':memory:');
  const sqlite = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  db.close();
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: Number((totalmem() / 2 ** 30).toFixed(1)),
    node: process.version,
    sqlite,
    platform: `${platform()} ${release()}`,
    loadBefore: Number(loadBefore.toFixed(2)),
    loadAfter: Number(loadavg()[0].toFixed(2)),
  };
}
