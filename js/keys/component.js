// @ts-check
/**
 * The Shortcuts layout component (`dc.keys.Shortcuts`): a React function component written with
 * the page's own React (no JSX, no React build), rendered by Dash like any component. It renders
 * nothing; while mounted, its bindings listen through the one shared keydown listener
 * (keyboard.js). Leaving the layout (a page change, a callback replacing it) unsubscribes, and
 * the listener goes with the last component.
 *
 * Props: id, bindings, disabled, sequence_timeout, platform (None: detected), and `event`, which
 * each press sets to {key, binding, n, timestamp, counts}: the server route, an Input for any
 * callback. Dash may coalesce presses faster than a server callback's round trip (it drops a
 * superseded call), so `n` (all presses) and `counts` (per binding name) let a callback compute
 * from totals instead of counting calls.
 */
import { describeBindings } from "./bindings.js";
import { subscribe } from "./keyboard.js";
import { DEFAULT_SEQUENCE_TIMEOUT } from "./sequence.js";
import { shortcutsHandler } from "./shortcuts.js";
import { idKey } from "./types.js";

/** The props Dash may use in callbacks (propTypes let Dash's dev tools check callback props). */
export const PROPS = ["id", "bindings", "event", "disabled", "sequence_timeout", "platform"];

const isRecord = (/** @type {unknown} */ value) => value !== null && typeof value === "object" && !Array.isArray(value);

/** @param {unknown} value */
const safeJson = (value) => {
  try {
    return JSON.stringify(value) ?? "";
  } catch (_) {
    return String(Math.random()); // unserialisable: treat as changed
  }
};

/**
 * @param {ReturnType<typeof import("./page.js").pageOf>} page
 */
export function shortcutsComponent(page) {
  /** @param {any} props */
  function Shortcuts(props) {
    const React = page.react();
    const latest = React.useRef(props);
    latest.current = props;
    const warned = React.useRef(/** @type {Set<string> | null} */ (null));
    if (warned.current === null) warned.current = new Set();
    // Presses so far, in all and per binding name: they go on across re-subscriptions.
    const count = React.useRef(/** @type {number | null} */ (null));
    const counts = React.useRef(/** @type {Record<string, number> | null} */ (null));

    const platform = props.platform === "mac" || props.platform === "other" ? props.platform : page.platform();
    const timeout = Number.isInteger(props.sequence_timeout) && props.sequence_timeout > 0 ? props.sequence_timeout : DEFAULT_SEQUENCE_TIMEOUT;
    const setup = safeJson([props.bindings, platform, timeout]);

    React.useEffect(() => {
      const label = `dashclient: dc.keys.Shortcuts ${JSON.stringify(idKey(props.id ?? ""))}`;
      const seen = /** @type {Set<string>} */ (warned.current);
      const warn = (/** @type {string} */ what, /** @type {string} */ message) => {
        if (seen.has(what)) return;
        seen.add(what);
        page.warn(`${label}: ${message}`);
      };
      const { bindings, errors } = describeBindings(props.bindings ?? [], platform);
      for (const error of errors) warn(`invalid:${error}`, `${error}; the binding is left out`);
      const report = (/** @type {import("./bindings.js").Described} */ binding) => {
        const previous = latest.current.event;
        const n = (count.current ?? (previous && Number.isInteger(previous.n) ? previous.n : 0)) + 1;
        count.current = n;
        const tally = counts.current ?? { ...(previous && isRecord(previous.counts) ? previous.counts : {}) };
        tally[binding.name] = (Number.isInteger(tally[binding.name]) ? tally[binding.name] : 0) + 1;
        counts.current = tally;
        const event = { key: binding.keys, binding: binding.name, n, timestamp: page.now(), counts: { ...tally } };
        latest.current.setProps({ event });
        return event;
      };
      const handler = shortcutsHandler({
        componentId: props.id,
        bindings,
        timeout,
        page,
        enabled: () => !latest.current.disabled,
        report,
        warn,
      });
      return subscribe(page.document, handler, page.warn);
      // Re-subscribes only when what the listener compiles from changes (not on every render).
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [setup]);
    return null;
  }
  const anything = () => null;
  Shortcuts.propTypes = Object.fromEntries(PROPS.map((prop) => [prop, anything]));
  return Shortcuts;
}
