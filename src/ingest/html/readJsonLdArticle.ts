/** The fields of a JSON-LD NewsArticle (or Article, ReportageNews…) that Parallax uses. */
export interface JsonLdArticle {
  readonly headline: string | null;
  readonly datePublished: string | null;
  readonly dateModified: string | null;
  readonly author: string | null;
  readonly publisher: string | null;
  readonly url: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

// NewsArticle, Article, ReportageNews, AnalysisNewsArticle, BlogPosting… but not WebPage or Person.
const ARTICLE_TYPE = /(?:Article|ReportageNews|BlogPosting)$/;
// JSON-LD found in the wild nests a few levels; a hostile page could nest thousands.
const MAX_WALK = 10_000;

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isArticle(node: JsonObject): boolean {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t.replace(/^.*[/#:]/, '')));
}

function textOf(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (isObject(value)) return textOf(value.name ?? value['@id']);
  return null;
}

function namesOf(value: Json | undefined): string | null {
  const list = Array.isArray(value) ? value : [value];
  const names = list.map((v) => (isObject(v) ? textOf(v.name) : textOf(v))).filter((n): n is string => n !== null);
  return names.length ? [...new Set(names)].join(', ') : null;
}

function toArticle(node: JsonObject): JsonLdArticle {
  return Object.freeze({
    headline: textOf(node.headline) ?? textOf(node.name),
    datePublished: textOf(node.datePublished),
    dateModified: textOf(node.dateModified),
    author: namesOf(node.author),
    publisher: namesOf(node.publisher),
    url: textOf(node.url) ?? textOf(node.mainEntityOfPage),
  });
}

/** Breadth-first over arrays, `@graph` and nested objects, without recursion. */
function findArticleNode(root: Json): JsonObject | null {
  const queue: Json[] = [root];
  for (let i = 0; i < queue.length && i < MAX_WALK; i++) {
    const node = queue[i];
    if (Array.isArray(node)) for (const item of node) queue.push(item);
    else if (isObject(node)) {
      if (isArticle(node)) return node;
      for (const value of Object.values(node)) if (typeof value === 'object' && value !== null) queue.push(value);
    }
  }
  return null;
}

function parseJson(source: string): Json | undefined {
  try {
    // Some CMSs wrap the JSON in an HTML comment or CDATA; a page's broken JSON-LD is never fatal.
    return JSON.parse(source.replace(/^\s*(?:<!--|<!\[CDATA\[)/, '').replace(/(?:-->|\]\]>)\s*$/, '')) as Json;
  } catch {
    return undefined;
  }
}

/** The first article described by the page's `application/ld+json` blocks, or null. */
export function readJsonLdArticle(blocks: readonly string[]): JsonLdArticle | null {
  for (const block of blocks) {
    const json = parseJson(block);
    if (json === undefined) continue;
    const node = findArticleNode(json);
    if (node) return toArticle(node);
  }
  return null;
}
