// @ts-check
// dashclient_fetch: json and text fetch a URL from the browser (client mode) or from Python
// (server mode, dashclient/_fetch/), with a deadline, an allow list and latest-wins. Whatever goes
// wrong, the data output keeps its value (no_update) and the error and status targets say why;
// nothing is thrown into Dash.
import { defineFunction } from "./core/define.js";
import { compileApply, compileBegin, compileCall } from "./fetch/call.js";
import { OPTIONS, TYPES } from "./fetch/options.js";
import { callables, defaultsOfAll } from "./core/namespace.js";

/** Values: the URL (url None) or the template's placeholders; the context keys latest-wins. */
const SIGNATURE = { values: "any", outputs: "any", context: true };

/** The browser half of server mode (js/core/define.js roles): see fetch/call.js. */
const ROLES = { begin: compileBegin, apply: compileApply };

export const json = defineFunction({
  doc: "Fetch a URL and parse the body as JSON; failures leave the data output as it is and report.",
  signature: SIGNATURE,
  options: OPTIONS,
  compile: compileCall("json"),
  roles: ROLES,
  returns: "Promise<unknown>",
});

export const text = defineFunction({
  doc: "Fetch a URL and return the body as text (UTF-8); failures leave the data output as it is and report.",
  signature: SIGNATURE,
  options: OPTIONS,
  compile: compileCall("text"),
  roles: ROLES,
  returns: "Promise<unknown>",
});

/** Definitions of the namespace's functions, by their public (snake_case) names. */
export const DEFINITIONS = { json, text };

/** The domain types of their options. */
export { TYPES };

/** The functions as users call them: fn(...values, options, context). */
export const FUNCTIONS = callables("fetch", DEFINITIONS, TYPES);

/** Default options of each function, read from the schemas. */
export const DEFAULTS = defaultsOfAll(DEFINITIONS);
