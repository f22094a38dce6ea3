// Check option sets with the JS schemas: reads tests/cases/option-errors.json, writes the message
// each set gives (null when accepted). tests/unit/test_option_errors.py compares them with Python's.
import { readFileSync } from "node:fs";
import { NAMESPACES, TYPES } from "../../js/namespaces.js";
import { located } from "../../js/core/namespace.js";
import { validateOptions } from "../../js/core/schema.js";

const table = JSON.parse(readFileSync(new URL("../cases/option-errors.json", import.meta.url), "utf8"));
const results = table.cases.map(({ function: qualified, options }) => {
  const [pattern, name] = qualified.split(".");
  const def = located(pattern, NAMESPACES[`dashclient_${pattern}`].definitions)[name];
  try {
    validateOptions(TYPES, def.where, def.options, def.constraints, options);
    return null;
  } catch (error) {
    return error.message;
  }
});
process.stdout.write(JSON.stringify(results));
