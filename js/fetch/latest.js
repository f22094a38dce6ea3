// @ts-check
/**
 * Latest wins, per callback: each call takes a ticket; taking one aborts the call in flight for the
 * same key (the callback's outputs), and only the holder of the newest ticket may report. A late
 * response of an older call is then dropped, whatever order the network answers in (dash #1861,
 * #941, #1243). Calls without a key (a direct call outside any callback) are never gated.
 */

/**
 * @returns {{take: (key: string | null, abort: () => void) => number,
 *   isLatest: (key: string | null, ticket: number) => boolean, release: (key: string | null, ticket: number) => void}}
 */
export function latestWins() {
  /** @type {Map<string, {ticket: number, abort: () => void}>} */
  const inFlight = new Map();
  let issued = 0;
  return {
    take(key, abort) {
      const ticket = ++issued;
      if (key === null) return ticket;
      const previous = inFlight.get(key);
      inFlight.set(key, { ticket, abort });
      if (previous) previous.abort();
      return ticket;
    },
    isLatest(key, ticket) {
      return key === null || inFlight.get(key)?.ticket === ticket;
    },
    release(key, ticket) {
      if (key !== null && inFlight.get(key)?.ticket === ticket) inFlight.delete(key);
    },
  };
}

/**
 * The key of a callback: its outputs as the context snapshot lists them (a MATCH callback's
 * instances have distinct outputs, so each wins on its own). Null outside a callback.
 * @param {{outputs_list?: unknown} | null | undefined} context
 */
export function callbackKey(context) {
  const outputs = context && context.outputs_list;
  if (outputs === null || outputs === undefined) return null;
  try {
    return JSON.stringify(outputs);
  } catch (_) {
    return null;
  }
}
