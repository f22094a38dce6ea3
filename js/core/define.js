// @ts-check
/**
 * A function definition: everything spec.json says about a function, plus how to compile it.
 *
 *     defineFunction({
 *       kind: "action",                     // "action" | "component" | "internal"
 *       signature: {values: 1, outputs: 1, context: false},
 *       options: {locale: {type: "locale", default: "en-US"}, ...},   // schema.js
 *       constraints: [{not_all_null: ["a", "b"]}],                    // optional
 *       compile(options) { ...; return (value) => result },           // once per binding
 *       invalid(options) { return "" },     // result when options are invalid (default no_update)
 *       doc: "one line",
 *       returns: "string",                  // optional: the TypeScript type of the result
 *       fromBound(bound, host) { ... },      // optional: build the real definition from its bound
 *     })                                    // name (a user's own function, described by Python)
 *
 * signature.values: how many dynamic values (Inputs then States) it reads, or "any";
 * signature.outputs: 1, a fixed count, "list" (one pattern-matching ALL/ALLSMALLER output, the
 * result a list) or "any"; signature.context: whether it reads the callback context (passed as
 * the argument after the values).
 */

const KINDS = ["action", "component", "internal"];

/**
 * @param {{kind?: string, signature: {values: number | "any", outputs: number | "list" | "any", context?: boolean},
 *   options: Record<string, any>, constraints?: object[], compile: (options: any) => Function,
 *   invalid?: (options: Record<string, unknown>) => unknown, doc: string, returns?: string,
 *   fromBound?: (bound: Record<string, any>, host: any) => object}} definition
 */
export function defineFunction(definition) {
  const { kind = "action", signature, options, constraints = [], compile, invalid, doc, returns = "unknown", fromBound } = definition;
  if (!KINDS.includes(kind)) throw new Error(`unknown kind ${kind}`);
  const { values, outputs, context = false } = signature;
  if (!(values === "any" || (Number.isInteger(values) && values >= 0))) throw new Error(`bad signature.values ${values}`);
  if (!(outputs === "list" || outputs === "any" || (Number.isInteger(outputs) && outputs >= 0))) {
    throw new Error(`bad signature.outputs ${outputs}`);
  }
  if (typeof compile !== "function" || typeof doc !== "string") throw new Error("a definition needs compile and doc");
  return Object.freeze({
    kind,
    signature: Object.freeze({ values, outputs, context: Boolean(context) }),
    options: Object.freeze(options),
    constraints: Object.freeze(constraints),
    compile,
    invalid,
    doc,
    returns,
    fromBound,
  });
}
