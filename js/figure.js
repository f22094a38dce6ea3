// @ts-check
// dashclient_figure: text Plotly cannot compute itself, written into a figure as a Patch.
// format_text takes the figure (an Input or a State) and a dc.format action as data.
import { formatText } from "./figure/text.js";
import { callables, defaultsOfAll } from "./core/namespace.js";
import { TYPES as KEY_TYPES } from "./keys/types.js";
import { TYPES as PATCH_TYPES } from "./patch/options.js";

/** Definitions of the namespace's functions, by their public (snake_case) names. */
export const DEFINITIONS = { format_text: formatText };

/** The domain types of their options (schema.js). */
export const TYPES = {
  number_list: {
    ts: "number[]",
    expected: "a list of finite numbers",
    check: (/** @type {unknown} */ value) => {
      if (!Array.isArray(value) || !value.every((n) => typeof n === "number" && Number.isFinite(n))) throw new TypeError();
      return [...value];
    },
  },
};

/** The functions as users call them: fn(figure, options); the option types other modules define too. */
export const FUNCTIONS = callables("figure", DEFINITIONS, { ...TYPES, action: KEY_TYPES.action, trace_indices: PATCH_TYPES.trace_indices });

/** Default options of each function, read from the schemas. */
export const DEFAULTS = defaultsOfAll(DEFINITIONS);
