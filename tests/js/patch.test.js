// dc.patch in node: the builder's JSON, templates that copy, and the served bundle's bound names
// with `current` bound to a State (what dc.callback registers): unset prop, bad input, one warning.
import test from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import vm from "node:vm";
import { PatchBuilder } from "../../js/patch/builder.js";
import { FUNCTIONS } from "../../js/patch.js";
import { fill, fillPath } from "../../js/patch/locate.js";

const bundle = readFileSync(new URL("../../src/dashclient/static/dashclient.min.js", import.meta.url), "utf8");

test("the builder writes Dash's operations: name, location, params in Dash's key order", () => {
  const patch = new PatchBuilder()
    .assign(["a"], 1).merge([], { b: 2 }).extend(["l"], [1]).delete(["a"]).insert(["l"], -1, "x")
    .append([], 0).prepend([], 0).add(["n"], 2).clear(["l"]).remove(["l"], "x");
  const built = patch.build();
  assert.deepEqual(Object.keys(built), ["__dash_patch_update", "operations"]);
  assert.deepEqual(built.operations.map((op) => op.operation),
    ["Assign", "Merge", "Extend", "Delete", "Insert", "Append", "Prepend", "Add", "Clear", "Remove"]);
  assert.deepEqual(built.operations.map((op) => Object.keys(op)), built.operations.map(() => ["operation", "location", "params"]));
  assert.equal(JSON.stringify(built.operations[4].params), '{"index":-1,"value":"x"}');
  assert.deepEqual(built.operations[3].params, {});
});

test("locations are copies: Dash rewrites an operation's location when it applies it", () => {
  const location = ["data", -1];
  const built = new PatchBuilder().append(location, 1).build();
  built.operations[0].location[1] = 5;
  assert.deepEqual(location, ["data", -1]);
});

test("a template is filled with copies of the value, and '$value' is only a whole string", () => {
  const value = { n: [1] };
  const filled = fill({ a: "$value", b: ["$value", "$values", "x $value"] }, value);
  assert.deepEqual(filled, { a: { n: [1] }, b: [{ n: [1] }, "$values", "x $value"] });
  value.n.push(2);
  assert.deepEqual(filled.a, { n: [1] });
  assert.deepEqual(fillPath(["rows", "$value", "done"], 3), ["rows", 3, "done"]);
});

test("every function gives no_update for a None or undefined value, silently", () => {
  const warned = [];
  const warn = console.warn;
  console.warn = (m) => warned.push(m);
  try {
    for (const [name, fn] of Object.entries(FUNCTIONS)) {
      const options = name === "toggle" ? { current: { a: true } } : {};
      assert.deepEqual(fn(null, options), { dashclient: "no_update" }, name);
      assert.deepEqual(fn(undefined, options), { dashclient: "no_update" }, name);
    }
  } finally {
    console.warn = warn;
  }
  assert.deepEqual(warned, []);
});

function page() {
  const warnings = [];
  const noUpdate = { dash: "no_update" };
  const window = { dash_clientside: { no_update: noUpdate }, console: { warn: (m) => warnings.push(m) } };
  window.window = window;
  vm.runInNewContext(bundle, window);
  return { patch: window.dash_clientside.dashclient_patch, warnings, noUpdate };
}

test("bound through dc.callback, an unset current gives Dash's no_update and one warning per binding", () => {
  const { patch, warnings, noUpdate } = page();
  const append = patch['append:{"current":{"$arg":1},"max_length":2}'];
  assert.equal(append("x", undefined), noUpdate); // the State of a prop never set
  assert.equal(append("y", undefined), noUpdate);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /^dashclient: dc\.patch\.append: option 'current' must be .* got None$/);
  assert.deepEqual(JSON.parse(JSON.stringify(append("z", ["a", "b"]))).operations, [
    { operation: "Append", location: [], params: { value: "z" } },
    { operation: "Delete", location: [0], params: {} },
  ]);
});

test("bad input through a binding leaves the prop alone and warns once, then good input patches again", () => {
  const { patch, warnings, noUpdate } = page();
  const toggle = patch['toggle:{"current":{"$arg":1},"path":["layout","showlegend"]}'];
  assert.equal(toggle(1, { layout: {} }), noUpdate);
  assert.equal(toggle(2, { layout: { showlegend: "yes" } }), noUpdate);
  assert.deepEqual(warnings, ['dashclient: dc.patch.toggle failed: path ["layout","showlegend"]: key "showlegend" is not there']);
  assert.equal(toggle(3, { layout: { showlegend: true } }).operations[0].params.value, false);
});

test("a toggle bound without current warns once that it needs one", () => {
  const { patch, warnings, noUpdate } = page();
  const toggle = patch['toggle:{"path":["on"]}'];
  assert.equal(toggle(1), noUpdate);
  assert.equal(toggle(2), noUpdate);
  assert.deepEqual(warnings, [
    "dashclient: dc.patch.toggle: toggling needs option 'current', the prop's value (bind it to a State of the output)",
  ]);
});
