const HAS_HTML = /<html[\s>]/i;
const HAS_BODY = /<body[\s>]/i;
const SHELL_TAGS = /<!doctype[^>]*>|<\/?(?:html|body)(?:\s[^>]*)?>/gi;

/**
 * linkedom, unlike a browser, does not invent the <html> and <body> a fragment or a sloppy page
 * leaves out, and Readability then finds no body. Such input gets a proper shell; head elements
 * (<title>, <meta>, JSON-LD) are still found wherever they end up.
 */
export function wrapHtmlFragment(html: string): string {
  if (HAS_HTML.test(html) && HAS_BODY.test(html)) return html;
  return `<!DOCTYPE html><html><head></head><body>${html.replace(SHELL_TAGS, '')}</body></html>`;
}
