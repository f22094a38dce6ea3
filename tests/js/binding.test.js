// The binding layer (js/core/binding.js) with page-bound options: unset props, values that are
// never cache keys (cache: false), and no context snapshot a function does not ask for.
import test from "node:test";
import assert from "node:assert/strict";
import { boundFunction, publicFunction } from "../../js/core/binding.js";
import { defineFunction } from "../../js/core/define.js";
import { GENERIC_TYPES } from "../../js/core/schema.js";
import { NO_UPDATE } from "../../js/core/sentinels.js";

/** A host that records warnings and serves a fixed live context. */
function host(live) {
  const warnings = [];
  return { warnings, noUpdate: () => NO_UPDATE, preventUpdate: () => "prevent", warn: (m) => warnings.push(m), liveContext: () => live };
}

/** echo(value, {label, current}): counts how often options are compiled. */
function echoDefinition() {
  const counts = { compiled: 0 };
  const def = defineFunction({
    doc: "test",
    signature: { values: 1, outputs: 1, context: false },
    options: {
      label: { type: "string", default: "x" },
      current: { type: "json", default: "unbound", cache: false },
    },
    compile: ({ label, current }) => {
      counts.compiled += 1;
      return (value) => {
        if (value === "boom") throw new Error("bad value");
        return [label, value, current];
      };
    },
  });
  return { def: { ...def, where: "dc.test.echo" }, counts };
}

test("a page-bound option whose prop is unset arrives as null, as Python's None, not as the default", () => {
  const { def } = echoDefinition();
  const h = host(undefined);
  const bound = boundFunction(def, GENERIC_TYPES, h, { label: { $arg: 1 } });
  assert.equal(bound(1, undefined), NO_UPDATE); // label must be a string: null is invalid in both halves
  assert.match(h.warnings[0], /option 'label' must be a string, got None/);
  assert.deepEqual(bound(1, "y"), ["y", 1, "unbound"]);
});

test("a cache: false option is compiled on every call and never kept, and warns once per binding", () => {
  const { def, counts } = echoDefinition();
  const h = host(undefined);
  const bound = boundFunction(def, GENERIC_TYPES, h, { current: { $arg: 1 } });
  const figure = { data: [{ y: [1, 2, 3] }] };
  assert.deepEqual(bound(1, figure), ["x", 1, figure]);
  assert.deepEqual(bound(2, figure), ["x", 2, figure]);
  assert.equal(counts.compiled, 2);
  assert.equal(bound("boom", figure), NO_UPDATE);
  assert.equal(bound("boom", { other: true }), NO_UPDATE);
  assert.equal(h.warnings.length, 1);
  assert.match(h.warnings[0], /dc.test.echo failed: bad value/);
});

test("options with other page-bound values are still cached per distinct value", () => {
  const { def, counts } = echoDefinition();
  const bound = boundFunction(def, GENERIC_TYPES, host(undefined), { label: { $arg: 1 } });
  bound(1, "a");
  bound(2, "a");
  bound(3, "b");
  assert.equal(counts.compiled, 2);
});

test("direct calls with a cache: false option compile per call; without it, once per options", () => {
  const { def, counts } = echoDefinition();
  const h = host(undefined);
  const fn = publicFunction(def, GENERIC_TYPES, h);
  assert.deepEqual(fn(1, { current: [1] }), ["x", 1, [1]]);
  assert.deepEqual(fn(2, { current: [2] }), ["x", 2, [2]]);
  assert.equal(counts.compiled, 2);
  fn(1, { label: "a" });
  fn(2, { label: "a" });
  assert.equal(counts.compiled, 3);
  fn("boom", { current: 1 });
  fn("boom", { current: 2 });
  assert.equal(h.warnings.length, 1);
});

test("page-bound options alone take no context snapshot: large States are not cloned per call", () => {
  const { def } = echoDefinition();
  let reads = 0;
  const live = {
    triggered: [{ prop_id: "a.n_clicks", value: 1 }],
    get states() {
      reads += 1;
      return { "graph.figure": {} };
    },
    outputs_list: { id: "out", property: "children" },
  };
  const bound = boundFunction(def, GENERIC_TYPES, host(live), { current: { $arg: 1 } });
  assert.deepEqual(bound(1, 5), ["x", 1, 5]);
  assert.equal(reads, 0);
});
