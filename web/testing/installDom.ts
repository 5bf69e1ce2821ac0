import { parseHTML } from 'linkedom';

/** Gives the web modules a `document` (linkedom) so their DOM output can be inspected in vitest. */
export function installDom(): Document {
  const { document, window } = parseHTML('<!doctype html><html><body><main id="main"></main></body></html>');
  Object.assign(globalThis, { document, window, location: { hash: '' } });
  return document as unknown as Document;
}
