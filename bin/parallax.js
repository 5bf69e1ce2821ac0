#!/usr/bin/env node
// Entry point of the `parallax` command: loads the TypeScript sources through tsx, so the
// command always runs the code in src/ with no separate build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
