const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

/**
 * The character encoding an HTML page declares in a <meta> tag within its first 1,024 bytes
 * (where the HTML standard says it must be), lower-cased, or null when it declares none.
 */
export function sniffHtmlCharset(raw: Uint8Array): string | null {
  // latin1 maps each byte to one character, so ASCII markup reads correctly whatever the encoding.
  const head = new TextDecoder('latin1').decode(raw.subarray(0, 1024));
  return META_CHARSET.exec(head)?.[1].toLowerCase() ?? null;
}
