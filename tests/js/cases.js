// The explicit case tables (tests/cases/<pattern>/*.json, see tests/cases/README.md) for node:
// load them, run a case through the pure JS function, encode the result for comparison.
// Twin of tests/cases.py: same ids, same encoding.
import { readFileSync, readdirSync } from "node:fs";
import { NAMESPACES, INTERNAL, TYPES } from "../../js/namespaces.js";
import { callables } from "../../js/core/namespace.js";
import { emptyContext } from "../../js/core/context.js";
import { NO_UPDATE, PREVENT_UPDATE } from "../../js/core/sentinels.js";

const CASES_DIR = new URL("../cases/", import.meta.url);
const SPECIALS = { NaN: NaN, Infinity: Infinity, "-Infinity": -Infinity, "-0": -0, undefined: undefined };

/** A table value as JS sees it ({"$special": ...} decoded, deeply). */
export function decode(value) {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === "object") {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === "$special") return SPECIALS[value.$special];
    return Object.fromEntries(keys.map((k) => [k, decode(value[k])]));
  }
  return value;
}

/** A result as JSON both halves can compare: sentinels and non-JSON numbers as specials. */
export function encode(value) {
  if (value === NO_UPDATE) return { $special: "no_update" };
  if (value === PREVENT_UPDATE) return { $special: "prevent_update" };
  if (value === undefined) return { $special: "undefined" };
  if (typeof value === "number") {
    if (Number.isNaN(value)) return { $special: "NaN" };
    if (!Number.isFinite(value)) return { $special: value > 0 ? "Infinity" : "-Infinity" };
    if (Object.is(value, -0)) return { $special: "-0" };
    return value;
  }
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return value;
}

/** Every explicit case: {id, pattern, function, values, options, context?, expect?}. */
export function load() {
  const cases = [];
  for (const entry of readdirSync(CASES_DIR, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (!entry.isDirectory()) continue;
    const pattern = entry.name;
    const dir = new URL(`${pattern}/`, CASES_DIR);
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
      const table = JSON.parse(readFileSync(new URL(file, dir), "utf8"));
      if (!Array.isArray(table.cases)) continue; // a format matrix (tests/format_cases.py)
      for (const c of table.cases) cases.push({ pattern, file, ...c });
    }
  }
  return cases;
}

const PATTERNS = Object.fromEntries([
  ...Object.values(NAMESPACES).map(({ pattern, definitions }) => [pattern, { definitions }]),
  [INTERNAL.pattern, { definitions: INTERNAL.definitions }],
]);

const FUNCTIONS = Object.fromEntries(
  Object.entries(PATTERNS).map(([pattern, { definitions }]) => [pattern, callables(pattern, definitions, TYPES)]),
);

/** Run one case through the pure JS function; thrown errors come back as {"$error": message}. */
export async function run(c) {
  const definition = PATTERNS[c.pattern].definitions[c.function];
  const fn = FUNCTIONS[c.pattern][c.function];
  const args = [...decode(c.values ?? []), decode(c.options ?? {})];
  if (definition.signature.context) args.push(c.context ? decode(c.context) : emptyContext());
  try {
    return encode(await fn(...args));
  } catch (error) {
    return { $error: String(error && error.message ? error.message : error) };
  }
}
