// Bound names: static options reach the browser as data in the function name (js/bind.js).
import test from "node:test";
import assert from "node:assert/strict";
import { bindable, parseBoundName } from "../../js/bind.js";

test("a bound name splits into the function name and its JSON options", () => {
  assert.deepEqual(parseBoundName('currency:{"currency":"EUR","locale":"de-DE"}'), {
    name: "currency",
    options: { currency: "EUR", locale: "de-DE" },
  });
});

test("names without options, bad JSON and non-object JSON are not bound names", () => {
  for (const name of ["currency", ":{}", "currency:{bad", "currency:[1]", "currency:null", 'currency:"x"']) {
    assert.equal(parseBoundName(name), null, name);
  }
});

test("a bindable table resolves a bound name to the function with options appended last", () => {
  const table = bindable({ echo: (...args) => args });
  assert.deepEqual(table['echo:{"a":1}'](10, 20), [10, 20, { a: 1 }]);
  assert.deepEqual(table.echo(10), [10]);
});

test("the same bound name resolves to the same function, parsed once", () => {
  const table = bindable({ echo: (...args) => args });
  assert.equal(table['echo:{"a":1}'], table['echo:{"a":1}']);
});

test("bound options are frozen so one call cannot change the next", () => {
  const table = bindable({ mutate: (options) => { "use strict"; options.a = 2; } });
  assert.throws(() => table['mutate:{"a":1}']());
});

test("only functions of the table resolve: unknown names and prototype names stay undefined", () => {
  const table = bindable({ echo: (...args) => args });
  assert.equal(table['nope:{"a":1}'], undefined);
  assert.equal(table['constructor:{"a":1}'], undefined);
  assert.equal(table['toString:{}'], undefined);
  assert.deepEqual(Object.keys(table), ["echo"]);
});
