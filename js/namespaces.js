// @ts-check
// The namespaces dashclient adds to window.dash_clientside, one per pattern module.
// scripts/build.js writes this table (names and default options) to the Python package's
// spec.json, so Python never copies a name or a default by hand.
import * as format from "./format.js";
import * as patch from "./patch.js";
import * as dispatch from "./dispatch.js";
import * as keys from "./keys.js";
import * as fetch from "./fetch.js";

/** @type {Record<string, {pattern: string, functions: Record<string, Function>, defaults: Record<string, object>}>} */
export const NAMESPACES = Object.fromEntries(
  Object.entries({ format, patch, dispatch, keys, fetch }).map(([pattern, module]) => [
    `dashclient_${pattern}`,
    { pattern, functions: module.FUNCTIONS, defaults: module.DEFAULTS },
  ]),
);
