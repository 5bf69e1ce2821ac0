/**
 * The only way the UI builds DOM. Children that are strings become text nodes, so untrusted text
 * (article bodies, quotes, names) can never turn into markup. There is deliberately no way to set
 * innerHTML through here.
 */
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'on') {
      for (const [event, handler] of Object.entries(value)) node.addEventListener(event, handler);
    } else if (name === 'innerHTML' || name === 'outerHTML' || name.startsWith('on')) {
      throw new Error(`h(): refusing to set ${name}`);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  appendChildren(node, children);
  return node;
}

export function appendChildren(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
  return node;
}

/** A link inside the app (hash route); `label` is the accessible name when the text is terse. */
export function link(href, text, attrs = {}) {
  return h('a', { href, ...attrs }, text);
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Like h(), for SVG elements (maps, charts): strings become text nodes here too. */
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') || name === 'innerHTML') throw new Error(`svg(): refusing to set ${name}`);
    node.setAttribute(name, String(value));
  }
  return appendChildren(node, children);
}
