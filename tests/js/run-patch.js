// dc.patch in node for pytest (tests/unit/test_patch.py). Reads {"mode", "cases"} on stdin:
//   mode "run":  each case {function, values, options} -> {result: encoded, json: JSON.stringify(result)}
//   mode "bind": each case {function, options} -> the message JS gives for those options (validation,
//                then compile), or null when they are accepted
import { FUNCTIONS, DEFINITIONS } from "../../js/patch.js";
import { TYPES } from "../../js/namespaces.js";
import { located } from "../../js/core/namespace.js";
import { validateOptions } from "../../js/core/schema.js";
import { decode, encode } from "./cases.js";

let input = "";
process.stdin.setEncoding("utf8");
for await (const chunk of process.stdin) input += chunk;
const { mode, cases } = JSON.parse(input);
console.warn = () => {}; // bad input warns; the results say what happened

const defs = located("patch", DEFINITIONS);
const results = cases.map((c) => {
  if (mode === "bind") {
    const def = defs[c.function];
    try {
      def.compile(validateOptions(TYPES, def.where, def.options, def.constraints, decode(c.options)));
      return null;
    } catch (error) {
      return error.message;
    }
  }
  const result = FUNCTIONS[c.function](...decode(c.values), decode(c.options));
  return { result: encode(result), json: JSON.stringify(result) };
});
process.stdout.write(JSON.stringify(results));
