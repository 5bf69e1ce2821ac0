import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

// Sources find their vocab through import.meta.url; a bundle would move it, so each file keeps its own.
const keepMetaUrl: Plugin = {
  name: 'keep-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
      loader: 'ts',
    }));
  },
};

/**
 * Bundles the child into one ESM file under test-artifacts/ (beside node_modules, so packages
 * resolve): a hundred restarts then cost a plain `node` start each, not a hundred TypeScript loads.
 */
export async function bundleChild(entry: string, outDir: string): Promise<string> {
  // Named after the entry, so two crash tests running side by side never overwrite each other's bundle.
  const outfile = join(outDir, `${basename(entry, '.ts')}.mjs`);
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile, plugins: [keepMetaUrl], logLevel: 'silent' });
  return outfile;
}
