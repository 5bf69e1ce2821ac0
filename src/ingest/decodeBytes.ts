import { ParallaxError } from '../lib/errors.js';

const UTF8_BOM = '\uFEFF';

function pickDecoder(raw: Uint8Array, charset: string | null): { label: string; skip: number } {
  // A byte-order mark is stronger evidence than any declaration.
  if (raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf) return { label: 'utf-8', skip: 3 };
  if (raw[0] === 0xff && raw[1] === 0xfe) return { label: 'utf-16le', skip: 2 };
  if (raw[0] === 0xfe && raw[1] === 0xff) return { label: 'utf-16be', skip: 2 };
  return { label: charset?.trim().toLowerCase() || 'utf-8', skip: 0 };
}

function makeDecoder(label: string): TextDecoder {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true });
  } catch {
    throw new ParallaxError('unsupported_format', `Unknown character encoding "${label}".`, { charset: label });
  }
}

/**
 * Bytes → text, strictly: invalid bytes for the encoding and NUL characters are errors, never
 * replaced, because a silently mangled text would put every offset and quote out of true.
 * UTF-8 unless a BOM or a declared `charset` says otherwise; the BOM is dropped from the text.
 */
export function decodeBytes(raw: Uint8Array, charset: string | null = null): string {
  const { label, skip } = pickDecoder(raw, charset);
  const decoder = makeDecoder(label);
  let text: string;
  try {
    text = decoder.decode(raw.subarray(skip));
  } catch {
    throw new ParallaxError('bad_input', `The document is not valid ${decoder.encoding.toUpperCase()} text.`, { encoding: decoder.encoding });
  }
  if (text.startsWith(UTF8_BOM)) text = text.slice(1);
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    throw new ParallaxError('bad_input', 'The document contains NUL characters; it looks like a binary file, not text.', { offset: nul });
  }
  return text;
}
