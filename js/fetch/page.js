// @ts-check
/**
 * What dc.fetch needs from the page, read at call time (never at import, so node can load the
 * module): the network, the page's origin, and a guarded set_props. `useRuntime` swaps it for
 * tests; everything else takes the runtime as an argument.
 */

/**
 * setProps: true when set, false when the target is not in the layout, null outside a Dash page.
 * @typedef {{net: import("./exchange.js").Net, origin: () => string | null,
 *   setProps: (id: unknown, props: Record<string, unknown>) => boolean | null, warn: (message: string) => void}} Runtime
 */

/** @returns {Runtime} */
export function pageRuntime() {
  const root = /** @type {any} */ (globalThis);
  return {
    net: {
      fetch: (url, init) => root.fetch(url, init),
      AbortController: root.AbortController,
      setTimeout: (fn, ms) => root.setTimeout(fn, ms),
      clearTimeout: (handle) => root.clearTimeout(handle),
    },
    origin: () => {
      const origin = root.location && root.location.origin;
      return typeof origin === "string" && /^https?:\/\//.test(origin) ? origin : null;
    },
    setProps: (id, props) => setPropsIfPresent(root.dash_clientside, root.dash_component_api, id, props),
    warn: (message) => console.warn(message),
  };
}

/**
 * `set_props` throws for an id that is not in the layout (NOTES): look first. False when the
 * target is missing, null when the page has no set_props (outside Dash).
 * @param {any} dashClientside @param {any} componentApi @param {unknown} id @param {Record<string, unknown>} props
 * @returns {boolean | null}
 */
export function setPropsIfPresent(dashClientside, componentApi, id, props) {
  if (!dashClientside || typeof dashClientside.set_props !== "function") return null;
  if (componentApi && typeof componentApi.getLayout === "function") {
    let layout;
    try {
      layout = componentApi.getLayout(id);
    } catch (_) {
      layout = undefined;
    }
    if (layout === undefined || layout === null) return false;
  }
  try {
    dashClientside.set_props(id, props);
    return true;
  } catch (_) {
    return false;
  }
}

let current = pageRuntime;

/** The runtime calls use now. */
export const runtime = () => current();

/**
 * Replace the runtime (tests); returns a function that restores the previous one.
 * @param {() => Runtime} make
 */
export function useRuntime(make) {
  const previous = current;
  current = make;
  return () => {
    current = previous;
  };
}
