// dashclient_dispatch in node: what the case tables cannot say. Bad tables give no_update and one
// warning with the message Python raises; results are copies; the bundle's bound names swap in
// Dash's sentinels; routed actions fail the way a binding does; the module graph has no trap.
import test from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import vm from "node:vm";
import { NAMESPACES, TYPES } from "../../js/namespaces.js";
import { callables, located } from "../../js/core/namespace.js";
import { compileOptions } from "../../js/core/binding.js";
import { NO_UPDATE } from "../../js/core/sentinels.js";
import { ROUTABLE, allTypes } from "../../js/dispatch/actions.js";
import { defineFunction } from "../../js/core/define.js";

const DEFINITIONS = NAMESPACES.dashclient_dispatch.definitions;
const byTrigger = callables("dispatch", DEFINITIONS, TYPES).by_trigger;
const INVALID = JSON.parse(readFileSync(new URL("../cases/dispatch/invalid.json", import.meta.url), "utf8")).invalid;

const clicked = (id, value = 1, extra = {}) => ({
  triggered_id: id,
  triggered: [{ prop_id: `${typeof id === "string" ? id : JSON.stringify(id)}.n_clicks`, value }],
  inputs: {},
  states: {},
  outputs_list: null,
  ...extra,
});

/** console.warn calls during fn. */
function warnings(fn) {
  const seen = [];
  const original = console.warn;
  console.warn = (message) => seen.push(message);
  try {
    fn();
  } finally {
    console.warn = original;
  }
  return seen;
}

test("every refused table gives the message Python raises, as the binding's compile error", () => {
  const def = located("dispatch", DEFINITIONS).by_trigger;
  for (const { id, options, message } of INVALID) {
    assert.equal(compileOptions(def, TYPES, options).error, message, id);
  }
});

test("a refused table gives no_update and one warning per binding, never an exception", () => {
  const options = { routes: [["a", 1], ["a", 2]] };
  const seen = warnings(() => {
    assert.equal(byTrigger(1, options, clicked("a")), NO_UPDATE);
    assert.equal(byTrigger(1, options, clicked("a")), NO_UPDATE);
  });
  assert.deepEqual(seen, ["dashclient: dc.dispatch.by_trigger: route 'a' appears twice"]);
});

test("results are fresh copies: mutating one changes neither the table nor the next result", () => {
  const options = { outputs: 3, routes: { a: [{ data: [1] }, { $op: "trigger_value" }, { $op: "lookup", table: { a: { n: 1 } } }] } };
  const context = clicked("a", { nested: [1] });
  const first = byTrigger(1, options, context);
  first[0].data.push(2);
  first[1].nested.push(2);
  first[2].n = 99;
  assert.deepEqual(byTrigger(1, options, context), [{ data: [1] }, { nested: [1] }, { n: 1 }]);
  assert.deepEqual(context.triggered[0].value, { nested: [1] }, "the context's value is not the result");
});

/** A throwaway pattern of functions that misbehave, routable for the length of fn. */
function withTestPattern(fn) {
  ROUTABLE.test = {
    TYPES: {},
    DEFINITIONS: {
      boom: defineFunction({ doc: "throws", signature: { values: 1, outputs: 1 }, options: {}, invalid: () => "invalid",
        compile: () => () => { throw new Error("boom"); } }),
      pair: defineFunction({ doc: "two values", signature: { values: 2, outputs: 1 }, options: {},
        compile: () => (a, b) => [a, b] }),
    },
  };
  try {
    return fn();
  } finally {
    delete ROUTABLE.test;
  }
}

test("a routed function that throws gives its own invalid result and warns once", () => {
  withTestPattern(() => {
    const options = { routes: { a: { $op: "action", action: "test.boom" } } };
    const seen = warnings(() => {
      assert.equal(byTrigger(1, options, clicked("a")), "invalid");
      assert.equal(byTrigger(1, options, clicked("a")), "invalid");
    });
    assert.deepEqual(seen, ["dashclient: dc.test.boom failed: boom"]);
  });
});

test("a routed function of several values gets every value, and a call with too few is no_update", () => {
  withTestPattern(() => {
    const options = { routes: { a: { $op: "action", action: "test.pair" } } };
    assert.deepEqual(byTrigger(1, 2, options, clicked("a")), [1, 2]);
    const seen = warnings(() => assert.equal(byTrigger(1, options, clicked("a")), NO_UPDATE));
    assert.deepEqual(seen, ["dashclient: dc.dispatch.by_trigger failed: dc.test.pair takes 2 value(s), got 1"]);
  });
});

test("a routed function of one value gets the trigger's value; of any number, every value", () => {
  const options = {
    outputs: 2,
    routes: { a: [{ $op: "action", action: "format.number", options: { specifier: ".1f" } },
      { $op: "action", action: "dispatch.by_trigger", options: { default: { $op: "trigger_value" } } }] },
  };
  assert.deepEqual(byTrigger(7, 8, options, clicked("a", 2)), ["2.0", 2]);
});

test("routable patterns are every public pattern, and internal functions are not among them", () => {
  const patterns = Object.values(NAMESPACES).map(({ pattern }) => pattern).sort();
  assert.deepEqual(Object.keys(ROUTABLE).sort(), patterns);
  assert.ok(!("internal" in ROUTABLE));
});

test("a routed function validates with the option types and checks every binding uses", () => {
  const routed = allTypes();
  assert.deepEqual(Object.keys(routed).sort(), Object.keys(TYPES).sort());
  assert.deepEqual(Object.keys(routed.$checks).sort(), Object.keys(TYPES.$checks).sort());
});

test("each dispatch module loads first in a fresh process (the module cycle is harmless)", () => {
  for (const module of ["js/dispatch.js", "js/dispatch/values.js", "js/dispatch/actions.js", "js/dispatch/table.js"]) {
    const script = `const m = await import(${JSON.stringify(new URL(`../../${module}`, import.meta.url).href)}); console.log(Object.keys(m).length > 0);`;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    assert.equal(out.trim(), "true", module);
  }
});

test("the bundle's bound name swaps in Dash's no_update, per output and for a whole call", () => {
  const window = { dash_clientside: {} };
  window.window = window;
  vm.runInNewContext(readFileSync(new URL("../../src/dashclient/static/dashclient.min.js", import.meta.url), "utf8"), window);
  const dc = window.dash_clientside;
  const noUpdate = { description: "Dash's own" };
  dc.no_update = noUpdate;
  const name = 'by_trigger:{"outputs":2,"routes":[["open",[true,{"$op":"no_update"}]],["confirm",[false,"Saved"]]]}';
  const call = (id) => {
    dc.callback_context = { ...clicked(id), outputs_list: [{ id: "m", property: "opened" }, { id: "s", property: "children" }] };
    const result = dc.dashclient_dispatch[name](1, null, null);
    delete dc.callback_context;
    return [...result]; // an array of the bundle's realm, as a plain one
  };
  const [open, leftOpen] = call("open");
  assert.equal(open, true);
  assert.equal(leftOpen, noUpdate);
  assert.deepEqual(call("confirm"), [false, "Saved"]);
  const untouched = call("elsewhere");
  assert.ok(untouched.length === 2 && untouched.every((item) => item === noUpdate));
});
