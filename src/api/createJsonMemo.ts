/** JSON text of an answer built from an immutable value, remembered per value. */
export type JsonMemo = (value: object, toBody: () => unknown) => string;

/**
 * The read model hands out the very same frozen page object while nothing in the store changed,
 * so its JSON need not be written again for every reader: under 200 readers serialising was a
 * fifth of the server's work. Keyed weakly by the value, so a page dropped by the read model's
 * cache is dropped here too. Each route keeps its own memo, as each builds its own body.
 */
export function createJsonMemo(): JsonMemo {
  const bodies = new WeakMap<object, string>();
  return (value, toBody) => {
    let body = bodies.get(value);
    if (body === undefined) {
      body = JSON.stringify(toBody());
      // Only frozen values can be trusted not to change under the remembered text.
      if (Object.isFrozen(value)) bodies.set(value, body);
    }
    return body;
  };
}
