// @ts-check
/**
 * Debounce and throttle for callbacks (dash #395, #1311): a gate decides whether a call runs now,
 * later, or not at all. A call that does not run resolves to SKIPPED, which the binding turns
 * into `no_update` for every output, so a superseded call never overwrites a newer value.
 *
 *   debounce(ms)  runs a call once no newer call came for `ms` milliseconds (the last one wins)
 *   throttle(ms)  runs the first call at once, then at most one call per `ms`: the newest call of
 *                 each window runs when the window ends, older ones are skipped
 *
 * A gate is created per binding (one bound name, one callback), and returns its unsubscribe-free
 * runner: `gate(run)` -> Promise of run()'s result or SKIPPED.
 */

export const SKIPPED = Object.freeze({ dashclient: "skipped" });

/**
 * @param {number} ms
 * @returns {(run: () => unknown) => Promise<unknown>}
 */
export function debounce(ms) {
  let latest = 0;
  return (run) => {
    const mine = ++latest;
    return new Promise((resolve) => {
      setTimeout(() => resolve(mine === latest ? run() : SKIPPED), ms);
    });
  };
}

/**
 * @param {number} ms
 * @param {() => number} [now] a clock, for tests
 * @returns {(run: () => unknown) => unknown}
 */
export function throttle(ms, now = () => Date.now()) {
  let windowEnd = -Infinity;
  /** @type {((value: unknown) => void) | null} */
  let skipPending = null;
  /** @type {(() => unknown) | null} */
  let pending = null;
  /** @type {Promise<unknown> | null} */
  let pendingResult = null;
  return (run) => {
    const t = now();
    if (t >= windowEnd && pending === null) {
      windowEnd = t + ms;
      return Promise.resolve(run());
    }
    // Inside a window: this call replaces the one waiting for the window's end.
    if (skipPending) skipPending(SKIPPED);
    pending = run;
    return new Promise((resolve) => {
      skipPending = resolve;
      if (!pendingResult) {
        pendingResult = new Promise((fire) => setTimeout(fire, Math.max(0, windowEnd - t)));
      }
      pendingResult.then(() => {
        if (skipPending !== resolve) return;
        const last = /** @type {() => unknown} */ (pending);
        pending = null;
        skipPending = null;
        pendingResult = null;
        windowEnd = now() + ms;
        resolve(last());
      });
    });
  };
}
