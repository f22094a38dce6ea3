// Roles (js/core/define.js): a bound name with "$role" compiles the definition's role instead of
// its function, with the same schema, the bound "$" settings, and every argument Dash passes.
import test from "node:test";
import assert from "node:assert/strict";
import { defineFunction } from "../../js/core/define.js";
import { boundFunction, PURE_HOST } from "../../js/core/binding.js";
import { GENERIC_TYPES } from "../../js/core/schema.js";
import { NO_UPDATE } from "../../js/core/sentinels.js";

const echo = {
  ...defineFunction({
    doc: "echo",
    signature: { values: 1, outputs: 1, context: false },
    options: { tag: { type: "string", default: "t" } },
    compile: ({ tag }) => (value) => `${tag}:${value}`,
    roles: {
      spy: (options, settings) => (...args) => ({ options, settings, args }),
    },
  }),
  where: "dc.test.echo",
};

const quietHost = { ...PURE_HOST, warnings: [], warn(message) { this.warnings.push(message); } };

test("without a role the bound name runs the function itself", () => {
  const run = boundFunction(echo, GENERIC_TYPES, PURE_HOST, { tag: "x" });
  assert.equal(run(1), "x:1");
});

test("a role compiles with the validated options and the bound name's $ settings", () => {
  const run = boundFunction(echo, GENERIC_TYPES, PURE_HOST, { tag: "x", $role: "spy", $extra: [1, 2] });
  const { options, settings, args } = run("v");
  assert.deepEqual(options, { tag: "x" });
  assert.deepEqual(settings, { $role: "spy", $extra: [1, 2] });
  assert.deepEqual(args, ["v"]);
});

test("a role receives every argument, page-bound ones included, and the page-bound option too", () => {
  const run = boundFunction(echo, GENERIC_TYPES, PURE_HOST, { tag: { $arg: 1 }, $role: "spy" });
  const { options, args } = run("v", "from-page");
  assert.deepEqual(options, { tag: "from-page" });
  assert.deepEqual(args, ["v", "from-page"]);
  // The function itself still gets its values only.
  assert.equal(boundFunction(echo, GENERIC_TYPES, PURE_HOST, { tag: { $arg: 1 } })("v", "p"), "p:v");
});

test("an unknown role is an invalid binding: no_update and one warning, never a throw", () => {
  const host = { ...quietHost, warnings: [] };
  const run = boundFunction(echo, GENERIC_TYPES, host, { $role: "nope" });
  assert.equal(run(1), NO_UPDATE);
  assert.equal(run(2), NO_UPDATE);
  assert.equal(host.warnings.length, 1);
  assert.match(host.warnings[0], /dc\.test\.echo has no role "nope"/);
});

test("a role that is not a function is refused when the definition is made", () => {
  assert.throws(() => defineFunction({ ...echo, roles: { bad: 1 } }), /role bad is not a function/);
});
