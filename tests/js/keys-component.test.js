// The built bundle's Shortcuts component (window.dashclient.Shortcuts) under a tiny stand-in for
// React's hooks: it subscribes on mount, not on every render, re-subscribes when its bindings
// change, leaves with the component, and writes each press to its `event` prop.
import test from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import vm from "node:vm";

const bundle = readFileSync(new URL("../../src/dashclient/static/dashclient.min.js", import.meta.url), "utf8");

/** useRef and useEffect, enough to mount, re-render and unmount one function component. */
function hooks() {
  const refs = [];
  const effects = [];
  let refIndex = 0;
  let effectIndex = 0;
  const pending = [];
  const React = {
    useRef(initial) {
      const i = refIndex++;
      if (!(i in refs)) refs[i] = { current: initial };
      return refs[i];
    },
    useEffect(effect, deps) {
      const i = effectIndex++;
      const previous = effects[i];
      if (previous && deps.every((d, j) => d === previous.deps[j])) return;
      pending.push(() => {
        if (previous && previous.cleanup) previous.cleanup();
        effects[i] = { deps, cleanup: effect() };
      });
      if (!previous) effects[i] = { deps, cleanup: null };
    },
  };
  return {
    React,
    render(Component, props) {
      refIndex = 0;
      effectIndex = 0;
      const out = Component(props);
      pending.splice(0).forEach((run) => run());
      return out;
    },
    unmount() {
      effects.forEach((e) => e && e.cleanup && e.cleanup());
      effects.length = 0;
    },
  };
}

function page() {
  const listeners = [];
  const warnings = [];
  const document = {
    added: 0,
    removed: 0,
    activeElement: null,
    addEventListener(type, listener, capture) {
      this.added += 1;
      listeners.push({ type, listener, capture });
    },
    removeEventListener(type, listener, capture) {
      this.removed += 1;
      const i = listeners.findIndex((l) => l.listener === listener && l.capture === capture);
      if (i >= 0) listeners.splice(i, 1);
    },
    getElementById: () => null,
  };
  const runtime = hooks();
  const window = {
    document,
    React: runtime.React,
    navigator: { platform: "Linux x86_64" },
    console: { warn: (m) => warnings.push(m), log() {} },
    setTimeout,
    clearTimeout,
    dash_clientside: { set_props() {} },
  };
  window.window = window;
  vm.runInNewContext(bundle, window);
  const keydown = (key, extra = {}) =>
    [...listeners].forEach((l) => l.listener({
      key, code: "", ctrlKey: false, altKey: false, shiftKey: false, metaKey: false, repeat: false,
      target: { tagName: "BODY" }, preventDefault() {}, stopPropagation() {}, ...extra,
    }));
  return { window, document, listeners, warnings, runtime, keydown };
}

test("the bundle registers Shortcuts under window.dashclient, with propTypes for Dash's checks", () => {
  const { window } = page();
  assert.equal(typeof window.dashclient.Shortcuts, "function");
  assert.deepEqual(Object.keys(window.dashclient.Shortcuts.propTypes).sort(),
    ["bindings", "disabled", "event", "id", "platform", "sequence_timeout"]);
});

test("mount subscribes once, re-renders do not, unmount removes the listener", () => {
  const { window, document, listeners, runtime, keydown } = page();
  const events = [];
  const props = { id: "keys", bindings: [{ keys: "ctrl+s", name: "save" }], setProps: (p) => events.push(p.event) };
  const Shortcuts = window.dashclient.Shortcuts;
  assert.equal(runtime.render(Shortcuts, props), null);
  for (let i = 0; i < 50; i += 1) runtime.render(Shortcuts, { ...props, bindings: [{ keys: "ctrl+s", name: "save" }] });
  assert.equal(document.added, 1);
  assert.equal(listeners.length, 1);
  keydown("s", { ctrlKey: true });
  keydown("s", { ctrlKey: true });
  assert.deepEqual(events.map(({ key, binding, n }) => [key, binding, n]), [["ctrl+s", "save", 1], ["ctrl+s", "save", 2]]);
  assert.ok(events.every((e) => Number.isInteger(e.timestamp)));

  runtime.render(Shortcuts, { ...props, bindings: [{ keys: "ctrl+d", name: "other" }] });
  assert.equal(listeners.length, 1);
  keydown("s", { ctrlKey: true });
  keydown("d", { ctrlKey: true });
  assert.deepEqual(events.map((e) => e.binding), ["save", "save", "other"]);
  assert.equal(events[2].n, 3); // counting goes on across re-subscriptions
  assert.equal(JSON.stringify(events.map((e) => e.counts)), JSON.stringify([{ save: 1 }, { save: 2 }, { save: 2, other: 1 }]));

  runtime.unmount();
  assert.equal(listeners.length, 0);
  assert.equal(document.added, document.removed);
});

test("invalid bindings are left out with one warning, however often the component renders", () => {
  const { window, warnings, runtime, keydown } = page();
  const events = [];
  const props = { id: "keys", bindings: [{ keys: "ctrl+" }, { keys: "a" }], setProps: (p) => events.push(p.event) };
  runtime.render(window.dashclient.Shortcuts, props);
  runtime.render(window.dashclient.Shortcuts, { ...props, bindings: [{ keys: "ctrl+" }, { keys: "a" }, { keys: "b" }] });
  keydown("a");
  assert.deepEqual(events.map((e) => e.binding), ["a"]);
  assert.deepEqual(warnings, [
    "dashclient: dc.keys.Shortcuts \"keys\": bindings[0]: 'ctrl+': '+' needs a key on both sides (the + key is written 'plus'); the binding is left out",
  ]);
  runtime.unmount();
});

test("disabled is read at press time; platform 'mac' makes mod the meta key", () => {
  const { window, runtime, keydown } = page();
  const events = [];
  const props = { id: "keys", bindings: [{ keys: "mod+k" }], platform: "mac", disabled: true, setProps: (p) => events.push(p.event) };
  runtime.render(window.dashclient.Shortcuts, props);
  keydown("k", { metaKey: true });
  runtime.render(window.dashclient.Shortcuts, { ...props, disabled: false });
  keydown("k", { ctrlKey: true });
  keydown("k", { metaKey: true });
  assert.deepEqual(events.map((e) => e.key), ["mod+k"]);
  runtime.unmount();
});
