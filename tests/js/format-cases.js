// The format case table (tests/cases/format/) expanded into cases, for node tests.
// Twin of tests/format_cases.py: same order, same ids.
import { readFileSync, readdirSync } from "node:fs";

const CASES_DIR = new URL("../cases/format/", import.meta.url);
const SPECIALS = { NaN: NaN, Infinity: Infinity, "-Infinity": -Infinity, "-0": -0, undefined: undefined };

/** A table value as the browser sees it. */
export function decode(value) {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === "$special") return SPECIALS[value.$special];
  }
  return value;
}

const read = (name) => JSON.parse(readFileSync(new URL(name, CASES_DIR), "utf8"));

/** Python's json.dumps(value, sort_keys=True) for the JSON values of the table. */
function pyJson(value) {
  if (Array.isArray(value)) return `[${value.map(pyJson).join(", ")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}: ${pyJson(value[k])}`).join(", ")}}`;
  }
  // Python pads exponents to two digits: 1e-07.
  if (typeof value === "number") return JSON.stringify(value).replace(/e([+-])(\d)$/, "e$10$2");
  return JSON.stringify(value);
}

export function expand() {
  const common = read("common.json");
  const files = readdirSync(CASES_DIR).filter((f) => f.endsWith(".json") && f !== "common.json").sort();
  const cases = [];
  for (const file of files) {
    const fn = file.slice(0, -".json".length);
    const table = read(file);
    const values = Array.isArray(table.values) ? table.values : common.values[table.values];
    for (const locale of table.locales ?? common.locales) {
      for (const optionSet of table.options) {
        for (const value of values) {
          cases.push({
            id: `${fn}|${locale}|${pyJson(optionSet)}|${pyJson(value)}`,
            function: fn, locale, options: { ...optionSet, locale }, value,
          });
        }
      }
    }
  }
  return cases;
}
