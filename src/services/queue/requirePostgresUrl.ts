import { ParallaxError } from '../../lib/errors.js';
import { isPostgresUrl } from '../../store/openStore.js';

/** The queue lives in PostgreSQL: refuses a file path with a message that says what to give instead. */
export function requirePostgresUrl(location: string, command: string): string {
  if (!isPostgresUrl(location)) {
    throw new ParallaxError('bad_argument', `parallax ${command}: the job queue lives in PostgreSQL; give --db postgres://… or set DATABASE_URL.`, {});
  }
  return location.trim();
}
