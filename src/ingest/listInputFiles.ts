import { readdirSync, statSync, type Stats } from 'node:fs';
import { join, basename, resolve } from 'node:path';
import { ParallaxError } from '../lib/errors.js';
import { extensionOf } from './detectFormat.js';

const INPUT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.html', '.htm', '.pdf']);

function isSkippedName(name: string): boolean {
  const base = basename(name);
  return base.startsWith('.') || base.toLowerCase().endsWith('.json');
}

/** Whether a file found inside a folder is a document to ingest (gold and JSON files are not). */
export function isInputFileName(name: string): boolean {
  if (isSkippedName(name)) return false;
  const extension = extensionOf(basename(name));
  return extension !== null && INPUT_EXTENSIONS.has(extension);
}

function statOrThrow(path: string): Stats {
  try {
    return statSync(path);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? 'unknown';
    throw new ParallaxError('unreadable_file', `Cannot read "${path}": ${reason === 'ENOENT' ? 'no such file or folder' : reason}.`, { path, reason });
  }
}

function walkFolder(folder: string, out: string[]): void {
  // An explicit stack (no recursion); symlinked folders are not followed, so a link loop cannot hang.
  const pending = [folder];
  while (pending.length) {
    const dir = pending.pop()!;
    const entries = readdirSync(dir, { withFileTypes: true }).filter((e) => !e.name.startsWith('.'));
    const subfolders: string[] = [];
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) subfolders.push(path);
      else if ((entry.isFile() || (entry.isSymbolicLink() && statOrThrow(path).isFile())) && isInputFileName(entry.name)) out.push(path);
    }
    pending.push(...subfolders);
  }
}

/**
 * The documents to ingest from files and folders. Folders are walked recursively, skipping
 * dotfiles, JSON (gold annotations) and anything that is not .txt/.text/.md/.html/.htm/.pdf. A file named
 * explicitly is kept whatever its extension (so the parser can say why it cannot read a PDF) unless
 * it is a dotfile or JSON, which a shell glob such as `corpus/*` hands over alongside the documents.
 * The result is sorted and free of duplicates. A path that does not exist throws `unreadable_file`.
 */
export function listInputFiles(paths: readonly string[]): string[] {
  const found: string[] = [];
  for (const path of paths) {
    const stats = statOrThrow(path);
    if (stats.isDirectory()) walkFolder(path, found);
    else if (!isSkippedName(path)) found.push(path);
  }
  const seen = new Set<string>();
  return found
    .filter((p) => {
      const key = resolve(p);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
