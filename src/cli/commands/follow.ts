import { ParallaxError } from '../../lib/errors.js';
import { createHostPacer } from '../../services/follow/createHostPacer.js';
import { feedStatePath, loadFeedState, saveFeedState } from '../../services/follow/feedStateFile.js';
import { isUrlArgument } from '../../services/follow/ingestSources.js';
import { pollFeed, type FeedPoll } from '../../services/follow/pollFeed.js';
import { openParallax } from '../../services/openParallax.js';
import { parseCommandArgs, resolveDbPath } from '../parseCommandArgs.js';
import type { Command } from './command.js';

/**
 * `parallax follow FEED_URL... [--once] [--interval SECONDS]`: polls RSS/Atom feeds and ingests
 * their new items; the feed state (ETag, Last-Modified, items seen) lives beside the database.
 */
export const followCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs('follow', args, { once: { type: 'boolean', default: false }, interval: { type: 'string', default: '900' } });
  const feeds = positionals.map(String);
  if (feeds.length === 0 || !feeds.every(isUrlArgument)) throw new ParallaxError('bad_argument', 'parallax follow: give one or more http(s) feed URLs.');
  const interval = Number(values.interval);
  if (!Number.isInteger(interval) || interval < 60) throw new ParallaxError('bad_argument', `parallax follow: --interval must be a whole number of seconds, at least 60 (got "${values.interval}").`);
  const dbPath = resolveDbPath(values.db, io.env);
  const statePath = feedStatePath(dbPath);
  const px = openParallax(dbPath);
  const pacer = createHostPacer(1000);
  let failures = 0;
  try {
    for (;;) {
      for (const url of feeds) {
        try {
          const poll = await pollFeed(px.store, loadFeedState(statePath, url), { pacer });
          saveFeedState(statePath, poll.state);
          failures += poll.ingest?.failed.length ?? 0;
          io.stdout(values.json ? `${JSON.stringify({ feed: url, modified: poll.modified, items: poll.items, ingest: poll.ingest })}\n` : formatPoll(url, poll));
        } catch (err) {
          // One feed down does not stop the others; the next round tries it again.
          failures++;
          io.stderr(`parallax follow: ${url}: ${err instanceof Error ? err.message : String(err)}\n`);
        }
      }
      if (values.once) return failures > 0 ? 1 : 0;
      await new Promise((resolve) => setTimeout(resolve, interval * 1000));
    }
  } finally {
    px.close();
  }
};

function formatPoll(url: string, poll: FeedPoll): string {
  if (!poll.modified) return `${url}: not modified\n`;
  const s = poll.ingest!;
  const lines = [`${url}: ${poll.items} item(s), ${s.files} new: ${s.stored} stored, ${s.unchanged} unchanged, ${s.failed.length} failed`];
  for (const f of s.failed) lines.push(`  failed ${f.path}: ${f.message} [${f.code}]`);
  return `${lines.join('\n')}\n`;
}
