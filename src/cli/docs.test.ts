import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS, USAGE } from './commands/index.js';

describe('CLI documentation', () => {
  const doc = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8');

  it('documents every command in docs/cli.md and in the usage text', () => {
    for (const name of Object.keys(COMMANDS)) {
      expect(doc, `docs/cli.md lacks "## ${name}"`).toMatch(new RegExp(`^## ${name}$`, 'm'));
      expect(USAGE).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
    }
  });
});
