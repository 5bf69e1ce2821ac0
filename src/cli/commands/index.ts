import type { Command } from './command.js';

/** Commands load on demand, so `parallax help` does not pay for the NLP model or the web server. */
export const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  start: async () => (await import('./start.js')).startCommand,
  ingest: async () => (await import('./ingest.js')).ingestCommand,
  incidents: async () => (await import('./incidents.js')).incidentsCommand,
  show: async () => (await import('./show.js')).showCommand,
  export: async () => (await import('./export.js')).exportCommand,
  import: async () => (await import('./import.js')).importCommand,
  follow: async () => (await import('./follow.js')).followCommand,
  attribute: async () => (await import('./attribute.js')).attributeCommand,
  reanalyse: async () => (await import('./reanalyse.js')).reanalyseCommand,
  serve: async () => (await import('./serve.js')).serveCommand,
  eval: async () => (await import('./eval.js')).evalCommand,
  backup: async () => (await import('./backup.js')).backupCommand,
  restore: async () => (await import('./restore.js')).restoreCommand,
  user: async () => (await import('./user.js')).userCommand,
  token: async () => (await import('./token.js')).tokenCommand,
  worker: async () => (await import('./worker.js')).workerCommand,
  'migrate-db': async () => (await import('./migrateDb.js')).migrateDbCommand,
};

export { USAGE } from './usage.js';
