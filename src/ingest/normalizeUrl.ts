/**
 * An absolute http(s) URL, or null. Documents are identified by URL, so a relative or garbled
 * value must not pass for one; `base` resolves a relative link (an HTML canonical) when known.
 */
export function normalizeUrl(value: string | null | undefined, base: string | null = null): string | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  try {
    const url = base ? new URL(trimmed, base) : new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
