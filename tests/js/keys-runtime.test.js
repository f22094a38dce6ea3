// The Shortcuts runtime without a browser: sequences and their timeout, the one shared listener,
// steps against a fake page, and the handler's rules (typing, scope, held keys, prevent/stop).
import test from "node:test";
import assert from "node:assert/strict";
import { ADVANCED, FIRED, MISSED, advance, start } from "../../js/keys/sequence.js";
import { subscribe, subscribers } from "../../js/keys/keyboard.js";
import { runSteps } from "../../js/keys/steps.js";
import { shortcutsHandler } from "../../js/keys/shortcuts.js";
import { describeBindings } from "../../js/keys/bindings.js";
import { NO_UPDATE } from "../../js/core/sentinels.js";

test("a sequence fires when each chord comes within the timeout, and starts over after it", () => {
  const progress = start();
  const keys = ["g", "i"];
  const feed = (key, now) => advance(progress, 2, (i) => keys[i] === key, now, 1000);
  assert.equal(feed("g", 0), ADVANCED);
  assert.equal(feed("i", 999), FIRED);
  assert.equal(feed("g", 5000), ADVANCED);
  assert.equal(feed("i", 6001), MISSED); // too late: i alone is not the first chord
  assert.equal(feed("g", 7000), ADVANCED);
  assert.equal(feed("x", 7100), MISSED);
  assert.equal(feed("i", 7200), MISSED);
});

test("a wrong key that is the first chord starts the sequence again ('g g i' finds 'g i')", () => {
  const progress = start();
  const keys = ["g", "i"];
  const feed = (key, now) => advance(progress, 2, (i) => keys[i] === key, now, 1000);
  assert.equal(feed("g", 0), ADVANCED);
  assert.equal(feed("g", 10), ADVANCED);
  assert.equal(feed("i", 20), FIRED);
});

function fakeDocument() {
  const listeners = [];
  return {
    listeners,
    addEventListener: (type, listener, capture) => listeners.push({ type, listener, capture }),
    removeEventListener: (type, listener, capture) => {
      const i = listeners.findIndex((l) => l.type === type && l.listener === listener && l.capture === capture);
      if (i >= 0) listeners.splice(i, 1);
    },
    dispatch: (event) => [...listeners].forEach((l) => l.listener(event)),
  };
}

test("one capture-phase keydown listener however many subscribers, removed with the last", () => {
  const doc = fakeDocument();
  const seen = [];
  const offs = [1, 2, 3].map((n) => subscribe(doc, () => void seen.push(n)));
  assert.equal(doc.listeners.length, 1);
  assert.deepEqual(doc.listeners.map((l) => [l.type, l.capture]), [["keydown", true]]);
  doc.dispatch({ key: "a" });
  assert.deepEqual(seen, [1, 2, 3]);
  offs[1]();
  offs[1](); // twice is harmless
  assert.equal(subscribers(doc), 2);
  offs[0]();
  offs[2]();
  assert.equal(doc.listeners.length, 0);
  for (let i = 0; i < 50; i += 1) subscribe(doc, () => false)(); // mount, unmount, 50 times
  const last = subscribe(doc, () => false);
  assert.equal(doc.listeners.length, 1);
  last();
  assert.equal(doc.listeners.length, 0);
});

test("a subscriber that stops the key hides it from later ones; one that throws is reported", () => {
  const doc = fakeDocument();
  const seen = [];
  const warnings = [];
  const offs = [
    subscribe(doc, () => { throw new Error("boom"); }, (m) => warnings.push(m)),
    subscribe(doc, () => { seen.push("first"); return true; }),
    subscribe(doc, () => void seen.push("second")),
  ];
  doc.dispatch({ key: "a" });
  assert.deepEqual(seen, ["first"]);
  assert.deepEqual(warnings, ["dashclient: a keyboard shortcut failed: boom"]);
  offs.forEach((off) => off());
});

function fakePage(components = {}) {
  const log = [];
  const timers = new Map();
  let nextTimer = 1;
  const elements = {};
  for (const id of Object.keys(components)) {
    elements[id] = {
      click: () => log.push(["click", id]),
      focus: () => log.push(["focus", id]),
      matches: () => true,
      contains: (other) => other === elements[id],
    };
  }
  const page = {
    log,
    active: null,
    layout: (id) => (typeof id === "string" && id in components ? { props: components[id] } : undefined),
    setProps: (id, props) => {
      log.push(["set_props", id, props]);
      Object.assign(components[id], props);
    },
    element: (id) => elements[id] ?? null,
    clientside: (namespace, name) => page.functions?.[`${namespace}.${name}`],
    isNoUpdate: (value) => value === NO_UPDATE,
    isPreventUpdate: () => false,
    setTimeout: (run, ms) => {
      timers.set(nextTimer, { run, ms });
      return nextTimer++;
    },
    clearTimeout: (timer) => timers.delete(timer),
    tick: () => {
      const [[id, { run }]] = timers;
      timers.delete(id);
      run();
    },
    timers,
    now: () => page.clock,
    clock: 0,
    target: (event) => event.target,
    focusInside: (id) => Boolean(elements[id] && page.active && elements[id].contains(page.active)),
    elements,
  };
  return page;
}

const pressOf = (warnings = []) => ({ componentId: "keys", event: { n: 1 }, warn: (what, message) => warnings.push([what, message]) });

test("steps run in order; a wait pauses, and cancel drops what has not run yet", async () => {
  const page = fakePage({ status: { children: "" }, drawer: { opened: false }, save: {} });
  const steps = [
    { set_props: { id: "status", props: { children: "Saving..." } } },
    { wait: { ms: 1000 } },
    { set_props: { id: "status", props: { children: "Saved!" } } },
    { toggle: { id: "drawer", prop: "opened" } },
    { click: { id: "save" } },
    { focus: { id: "save" } },
  ];
  const run = runSteps(steps, page, pressOf());
  assert.deepEqual(page.log, [["set_props", "status", { children: "Saving..." }]]);
  assert.equal([...page.timers.values()][0].ms, 1000);
  page.tick();
  await run.done;
  assert.deepEqual(page.log.slice(1), [
    ["set_props", "status", { children: "Saved!" }],
    ["set_props", "drawer", { opened: true }],
    ["click", "save"],
    ["focus", "save"],
  ]);

  const cancelled = runSteps(steps, page, pressOf());
  cancelled.cancel();
  await cancelled.done;
  assert.equal(page.timers.size, 0);
  assert.equal(page.log.length, 6); // only the first set_props of the second run
});

test("a missing target does nothing and says so (the caller warns once per target)", async () => {
  const page = fakePage({});
  const warnings = [];
  const run = runSteps([{ set_props: { id: "gone", props: { x: 1 } } }, { click: { id: "gone" } }, { toggle: { id: "gone", prop: "a" } }], page, pressOf(warnings));
  await run.done;
  assert.deepEqual(page.log, []);
  assert.deepEqual(warnings.map(([what]) => what), ["missing:gone", "missing:gone", "missing:gone"]);
  assert.match(warnings[0][1], /no component "gone" in the layout: set_props does nothing/);
});

test("run calls a dashclient function with the props it reads and sets its result", async () => {
  const page = fakePage({ amount: { value: "1234.5" }, ccy: { value: "EUR" }, price: {}, other: {} });
  const calls = [];
  page.functions = {
    "dashclient_format.currency": (value, options) => {
      calls.push([value, options]);
      return `${options.currency} ${value}`;
    },
    "dashclient_demo.pair": async (a) => [a, NO_UPDATE],
    "dashclient_demo.context": (value, options, context) => context,
  };
  const step = (action, outputs, values, context = false) => ({ run: { action, outputs, values, context } });
  await runSteps([
    step({ action: "format.currency", options: { currency: { $state: { id: "ccy", property: "value" } } } },
      [{ id: "price", property: "children" }], [{ id: "amount", property: "value" }]),
    step({ action: "demo.pair", options: {} }, [{ id: "price", property: "title" }, { id: "other", property: "x" }], [{ id: "amount", property: "value" }]),
    step({ action: "demo.context", options: {} }, [{ id: "other", property: "seen" }], [{ id: "amount", property: "value" }], true),
  ], page, pressOf()).done;
  assert.deepEqual(calls, [["1234.5", { currency: "EUR" }]]);
  assert.equal(page.layout("price").props.children, "EUR 1234.5");
  assert.equal(page.layout("price").props.title, "1234.5");
  assert.equal(page.layout("other").props.x, undefined); // no_update: not set
  assert.deepEqual(page.layout("other").props.seen, {
    triggered_id: "keys",
    triggered: [{ prop_id: "keys.event", value: { n: 1 } }],
    inputs: { "keys.event": { n: 1 } },
    states: { "amount.value": "1234.5" },
    outputs_list: { id: "other", property: "seen" },
  });
});

test("run warns when the function is missing or fails, and never throws", async () => {
  const page = fakePage({ a: { value: 1 } });
  page.functions = { "dashclient_demo.boom": () => { throw new Error("bad"); } };
  const warnings = [];
  const run = (action) => ({ run: { action: { action, options: {} }, outputs: [{ id: "a", property: "value" }], values: [], context: false } });
  await runSteps([run("demo.nothing"), run("demo.boom")], page, pressOf(warnings)).done;
  assert.deepEqual(warnings, [
    ["action:demo.nothing", "no dashclient function demo.nothing in this page"],
    ["failed:demo.boom", "demo.boom failed: bad"],
  ]);
});

function handlerFor(bindings, page, { timeout = 1000, enabled = () => true } = {}) {
  const described = describeBindings(bindings, "other");
  assert.deepEqual(described.errors, []);
  const fired = [];
  const warnings = [];
  const handler = shortcutsHandler({
    componentId: "keys", bindings: described.bindings, timeout, page, enabled,
    report: (binding) => {
      fired.push(binding.name);
      return { binding: binding.name };
    },
    warn: (what, message) => warnings.push([what, message]),
  });
  return { handler, fired, warnings };
}

const keydown = (key, extra = {}) => {
  const event = {
    key, code: "", ctrlKey: false, altKey: false, shiftKey: false, metaKey: false, repeat: false, target: { tagName: "BODY" },
    defaultPrevented: false, propagationStopped: false,
    preventDefault() { this.defaultPrevented = true; },
    stopPropagation() { this.propagationStopped = true; },
    ...extra,
  };
  return event;
};

test("the handler fires bindings, prevents and stops only when asked", () => {
  const page = fakePage({ status: {} });
  const { handler, fired } = handlerFor([
    { keys: "ctrl+s", name: "save", prevent_default: true, steps: [{ set_props: { id: "status", props: { children: "Saved" } } }] },
    { keys: "x", stop_propagation: true },
    { keys: "y" },
  ], page);
  const save = keydown("s", { ctrlKey: true });
  assert.equal(handler(save), false);
  assert.ok(save.defaultPrevented);
  assert.deepEqual(page.log, [["set_props", "status", { children: "Saved" }]]);
  const x = keydown("x");
  assert.equal(handler(x), true);
  assert.ok(x.propagationStopped && !x.defaultPrevented);
  const y = keydown("y");
  assert.equal(handler(y), false);
  assert.ok(!y.propagationStopped && !y.defaultPrevented);
  assert.ok(!handler(keydown("z")));
  assert.deepEqual(fired, ["save", "x", "y"]);
});

test("typing never fires unless allow_in_inputs; a scope needs focus inside it", () => {
  const page = fakePage({ editor: {} });
  const { handler, fired } = handlerFor([
    { keys: "a" },
    { keys: "escape", allow_in_inputs: true },
    { keys: "b", scope: "editor" },
  ], page);
  const input = { tagName: "INPUT", type: "text" };
  handler(keydown("a", { target: input }));
  handler(keydown("Escape", { target: input }));
  handler(keydown("b"));
  page.active = page.elements.editor;
  handler(keydown("b"));
  assert.deepEqual(fired, ["escape", "b"]);
});

test("a held key fires once unless repeat; its repeats still get the default prevented", () => {
  const page = fakePage({});
  const { handler, fired } = handlerFor([
    { keys: "ctrl+s", name: "save", prevent_default: true },
    { keys: "arrowdown", name: "down", repeat: true },
  ], page);
  handler(keydown("s", { ctrlKey: true }));
  const held = keydown("s", { ctrlKey: true, repeat: true });
  handler(held);
  assert.ok(held.defaultPrevented);
  handler(keydown("ArrowDown"));
  handler(keydown("ArrowDown", { repeat: true }));
  handler(keydown("ArrowDown", { repeat: true }));
  assert.deepEqual(fired, ["save", "down", "down", "down"]);
});

test("sequences advance through modifier keydowns and time out", () => {
  const page = fakePage({});
  const { handler, fired } = handlerFor([{ keys: "g i" }, { keys: "shift+g shift+i", name: "shifted" }], page, { timeout: 500 });
  handler(keydown("g"));
  page.clock = 100;
  handler(keydown("Shift", { shiftKey: true }));
  handler(keydown("i"));
  page.clock = 1000;
  handler(keydown("g"));
  page.clock = 1600;
  handler(keydown("i"));
  handler(keydown("G", { shiftKey: true }));
  handler(keydown("Shift", { shiftKey: true }));
  handler(keydown("I", { shiftKey: true }));
  assert.deepEqual(fired, ["g i", "shifted"]);
});

test("keys an input method is composing never fire", () => {
  const { handler, fired } = handlerFor([{ keys: "a", allow_in_inputs: true }], fakePage({}));
  handler(keydown("a", { isComposing: true }));
  handler(keydown("Process"));
  handler(keydown("a"));
  assert.deepEqual(fired, ["a"]);
});

test("nothing fires while disabled, and dispose cancels pending steps", () => {
  const page = fakePage({ status: {} });
  let enabled = false;
  const { handler, fired } = handlerFor([
    { keys: "a", steps: [{ wait: { ms: 100 } }, { set_props: { id: "status", props: { children: "late" } } }] },
  ], page, { enabled: () => enabled });
  handler(keydown("a"));
  assert.deepEqual(fired, []);
  enabled = true;
  handler(keydown("a"));
  assert.equal(page.timers.size, 1);
  handler.dispose();
  assert.equal(page.timers.size, 0);
  assert.deepEqual(page.log, []);
});
