import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { ParallaxError } from '../../lib/errors.js';
import { emptyFeedState, type FeedState } from './pollFeed.js';

const stateSchema = z.object({
  url: z.string(),
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  checkedAt: z.string().nullable(),
  seen: z.array(z.string()),
});
const fileSchema = z.object({ feeds: z.array(stateSchema) });

/** Where `parallax follow` keeps its feed state: beside the database, one JSON file. */
export function feedStatePath(dbPath: string): string {
  return `${dbPath}.feeds.json`;
}

export function loadFeedState(path: string, url: string): FeedState {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return emptyFeedState(url);
  }
  const parsed = fileSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new ParallaxError('bad_input', `The feed state file ${path} is damaged; delete it to start afresh.`, { path });
  return parsed.data.feeds.find((f) => f.url === url) ?? emptyFeedState(url);
}

/** Replaces the feed's entry, keeping the others; written to a temporary file and renamed, so a crash never leaves half a file. */
export function saveFeedState(path: string, state: FeedState): void {
  let feeds: FeedState[] = [];
  try {
    feeds = fileSchema.parse(JSON.parse(readFileSync(path, 'utf8'))).feeds;
  } catch {
    feeds = [];
  }
  const next = [...feeds.filter((f) => f.url !== state.url), state];
  writeFileSync(`${path}.tmp`, `${JSON.stringify({ feeds: next }, null, 1)}\n`);
  renameSync(`${path}.tmp`, path);
}
