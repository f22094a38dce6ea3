// @ts-check
// The gallery's own clientside functions, referenced with ClientsideFunction("dashclient_gallery", ...):
// a served file, no inline JS, so the gallery runs under a strict Content-Security-Policy too.
// Merged into window.dash_clientside in place: the renderer and the dashclient bundle hold that object.
(function () {
  "use strict";
  const root = /** @type {any} */ (window);
  const dc = (root.dash_clientside = root.dash_clientside || {});

  /**
   * Format a value the way a user's own code would: dash_clientside.dashclient_format[fn](value, options).
   * @param {string} fn a function of dashclient_format
   * @param {unknown} value
   * @param {object} options
   * @returns {string}
   */
  function format_value(fn, value, options) {
    const functions = dc.dashclient_format;
    const format = functions && functions[fn];
    return typeof format === "function" ? format(value, options) : "";
  }

  /**
   * The client column: runs only with options the server validated (null when they were not).
   * @param {unknown} value
   * @param {{function: string, options: object} | null | undefined} validated
   */
  function format_validated(value, validated) {
    if (!validated) return "";
    return format_value(validated.function, value, validated.options);
  }

  /**
   * The match badge: client and server texts compared exactly (U+00A0 and U+202F included).
   * @param {unknown} client
   * @param {unknown} server
   * @returns {[string, string]} badge text and color
   */
  function compare_texts(client, server) {
    const same = (client ?? "") === (server ?? "");
    return same ? ["match ✓", "green"] : ["differ ✗", "red"];
  }

  /**
   * The nav on narrow screens: the burger opens or closes it; a new page closes it.
   * @param {boolean} opened @param {string} _pathname @param {any} navbar
   * @returns {[any, boolean]}
   */
  function toggle_nav(opened, _pathname, navbar) {
    const triggered = (dc.callback_context && dc.callback_context.triggered) || [];
    const byBurger = triggered.some((/** @type {{prop_id: string}} */ t) => t.prop_id === "nav-burger.opened");
    const open = byBurger ? Boolean(opened) : false;
    return [Object.assign({}, navbar, { collapsed: { mobile: !open } }), open];
  }

  /** The browser's clock, for options bound to the page (the format page's relative time). */
  function clock() {
    return Date.now();
  }

  /**
   * The patch page's live data: one new point per trace and tick, the same in every browser
   * (a deterministic wave per trace), shaped as dc.patch.extend_traces takes it.
   * @param {number | undefined} tick @param {number} traces
   */
  function stream_points(tick, traces) {
    if (!tick) return dc.no_update;
    const x = [];
    const y = [];
    for (let k = 0; k < traces; k++) {
      const wave = Math.sin(tick / (6 + 3 * k) + k) * (k + 1);
      const ripple = Math.sin(tick * 1.7 + k * 2.3) * 0.3;
      x.push([tick]);
      y.push([Math.round((wave + ripple) * 1000) / 1000]);
    }
    return { x, y };
  }

  /**
   * Start or stop the patch page's stream: the interval's `disabled` flips, the button says what it does.
   * @param {number | undefined} _clicks @param {boolean} disabled @returns {[boolean, string]}
   */
  function start_stop(_clicks, disabled) {
    const stopped = !disabled;
    return [stopped, stopped ? "Start" : "Stop"];
  }

  /**
   * A match badge for two JSON values (the patch page's client and server targets).
   * @param {unknown} client @param {unknown} server @returns {[string, string]}
   */
  function compare_json(client, server) {
    const same = JSON.stringify(client ?? null) === JSON.stringify(server ?? null);
    return same ? ["match ✓", "green"] : ["differ ✗", "red"];
  }

  /**
   * The JS half of the actions page's greeting (its Python twin: gallery/pages/actions.py).
   * @param {unknown} name @param {{excited: boolean}} options
   */
  function greeting(name, options) {
    const who = (typeof name === "string" ? name : "").trim() || "stranger";
    return `Hello, ${who}${options.excited ? "!" : "."}`;
  }

  /**
   * The JS half of a chain step's label; `fail` throws, to show how a chain stops.
   * @param {unknown} name @param {{prefix: string, fail: boolean}} options
   */
  function stamp(name, options) {
    if (options.fail) throw new Error(`step ${options.prefix.trim()} failed on purpose`);
    return `${options.prefix}${(typeof name === "string" ? name : "").trim() || "stranger"}`;
  }

  /**
   * The fetch page's badge: both columns hold the same data and the same error message.
   * @param {unknown} clientData @param {unknown} serverData @param {unknown} clientError @param {unknown} serverError
   * @returns {[string, string]} badge text and color
   */
  function compare_data(clientData, serverData, clientError, serverError) {
    const same = JSON.stringify(clientData ?? null) === JSON.stringify(serverData ?? null) && (clientError ?? "") === (serverError ?? "");
    return same ? ["match ✓", "green"] : ["differ ✗", "red"];
  }

  dc.dashclient_gallery = Object.assign(dc.dashclient_gallery || {}, {
    stream_points,
    start_stop,
    compare_json,
    clock,
    greeting,
    stamp,
    toggle_nav,
    format_value,
    format_validated,
    compare_texts,
    compare_data,
  });
})();
