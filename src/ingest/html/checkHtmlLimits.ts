import { ParallaxError } from '../../lib/errors.js';

/** Larger pages are refused: no news article needs 20 MB of markup. */
export const MAX_HTML_CHARS = 20 * 1024 * 1024;
/**
 * Deeper nesting is refused: Readability's cost grows with depth squared (1,000 levels take
 * seconds) and it recurses, so a hostile or broken page could stall or crash the batch.
 * Real article pages nest a few dozen levels.
 */
export const MAX_HTML_DEPTH = 400;

// Elements that never have content, and ones authors routinely leave unclosed.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen']);
const OFTEN_UNCLOSED = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rp', 'optgroup', 'html', 'head', 'body']);
const RAW_TEXT = /<(script|style|textarea|title)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;

/** An upper bound on how deep the page nests elements, read from the markup without building a DOM. */
export function estimateHtmlDepth(html: string): number {
  const markup = html.replace(RAW_TEXT, '');
  let depth = 0;
  let max = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(markup); m; m = TAG.exec(markup)) {
    const name = m[2].toLowerCase();
    if (VOID.has(name) || OFTEN_UNCLOSED.has(name) || m[3] === '/') continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else max = Math.max(max, ++depth);
  }
  return max;
}

/** Throws `bad_input` for pages too large or too deeply nested to parse safely. */
export function checkHtmlLimits(html: string): void {
  if (html.length > MAX_HTML_CHARS) {
    throw new ParallaxError('bad_input', `The HTML page is larger than ${MAX_HTML_CHARS / 1024 / 1024} MB.`, { length: html.length });
  }
  const depth = estimateHtmlDepth(html);
  if (depth > MAX_HTML_DEPTH) {
    throw new ParallaxError('bad_input', `The HTML page nests elements more than ${MAX_HTML_DEPTH} levels deep.`, { depth });
  }
}
