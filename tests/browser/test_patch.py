"""dc.patch twins in a real browser: the same clicks drive client mode and server mode on one app
(tests/browser/apps/patch_twins.py), and after a long run each twin target holds exactly the same
value — compared whole — which is also what Dash's applier model (tests/patch_model.py) says.
Bad input leaves a target untouched, with one console warning per client binding and no error."""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from pathlib import Path

from dash import State, no_update

from cases import load
from conftest import console_errors, wait_for_text_content
from patch_model import apply

APP_FILE = Path(__file__).parent / "apps" / "patch_twins.py"
_spec = importlib.util.spec_from_file_location("patch_twins", APP_FILE)
twins = importlib.util.module_from_spec(_spec)
sys.modules["patch_twins"] = twins  # dataclasses look their module up
_spec.loader.exec_module(twins)

# Page helpers: collect console warnings, count callback requests in flight, read a prop.
INSTRUMENT = """
window.__warnings = [];
const warn = console.warn.bind(console);
console.warn = (...args) => { window.__warnings.push(args.join(" ")); warn(...args); };
window.__sent = 0;
window.__inflight = 0;
const fetch0 = window.fetch.bind(window);
window.fetch = (url, init) => {
  if (!String(url).includes("_dash-update-component")) return fetch0(url, init);
  window.__sent++;
  window.__inflight++;
  return fetch0(url, init).finally(() => { window.__inflight--; });
};
"""

# Runs every step in the page: set the option stores, click (or set the trigger store), then wait
# until the step's server request went out and came back (Dash reads States when a callback
# starts, so the next step must not change them before) and each watched prop equals what the
# model expects. Every step triggers exactly one server-mode callback.
DRIVE = """
const [steps, done] = [arguments[0], arguments[arguments.length - 1]];
const dc = window.dash_clientside;
const sorted = (v) => Array.isArray(v) ? v.map(sorted) : v && typeof v === "object"
  ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted(v[k])])) : v;
const canon = (v) => JSON.stringify(sorted(v === undefined ? null : v));
const read = (key) => {
  const [id, path] = key.split(":");
  let value = window.dash_component_api.getLayout(id).props;
  for (const part of path.split(".")) value = value === undefined ? undefined : value[part];
  return value;
};
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
(async () => {
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    const sent = window.__sent;
    for (const [id, props] of step.set) dc.set_props(id, props);
    if (step.click) document.getElementById(step.click).click();
    const deadline = performance.now() + 10000;
    const want = Object.entries(step.expect).map(([key, value]) => [key, canon(value)]);
    const settled = () => window.__sent > sent && window.__inflight === 0;
    while (!(settled() && want.every(([key, value]) => canon(read(key)) === value))) {
      if (performance.now() > deadline) {
        done({failed: i, step, seen: Object.fromEntries(want.map(([key]) => [key, read(key)]))});
        return;
      }
      await sleep(4);
    }
  }
  done({failed: null, inflight: window.__inflight});
})();
"""

READ_PROPS = """
return arguments[0].map((id) => { const c = window.dash_component_api.getLayout(id); return c ? c.props : null; });
"""


class Model:
    """What each target holds, step by step: the Python twin's patch applied as Dash applies it."""

    def __init__(self):
        self.targets = {f"{kind}-{mode}": initial for mode in twins.MODES for kind, initial in (
            ("list", list(twins.INITIAL_LIST)), ("dict", dict(twins.INITIAL_DICT)),
            ("graph", twins.initial_figure()), ("unset", None))}
        self.stores: dict = {name: None for name in twins.OPTION_STORES}
        self.clicks: dict = {}
        self.actions = {w.button: (w, w.make(State("model", w.prop))) for w in twins.WIRING}
        self.bad: set[str] = set()

    def step(self, button: str, sets: dict, trigger_value=None) -> dict:
        """Run one step; returns it as DRIVE takes it, with the expected value of its targets."""
        self.stores.update(sets)
        wire, action = self.actions[button]
        if wire.trigger == "n_clicks":
            self.clicks[button] = value = self.clicks.get(button, 0) + 1
        else:
            value = trigger_value
        page = {name: self.stores[dep.component_id] for name, dep in action.page.items() if name != "current"}
        expect = {}
        for mode in twins.MODES:
            target = f"{wire.target}-{mode}"
            result = action(value, current=self.targets[target], **page)
            if result is no_update:
                self.bad.add(button)
            else:
                self.targets[target] = apply(self.targets[target], result)
            watched = "figure.data" if wire.target == "graph" else wire.prop
            expect[f"{target}:{watched}"] = _watched(self.targets[target], watched)
        set_props = [[store, {"data": data}] for store, data in sets.items()]
        if wire.trigger != "n_clicks":
            set_props.append([button, {"data": value}])
        return {"set": set_props, "click": button if wire.trigger == "n_clicks" else None, "expect": expect}


def _watched(value, path: str):
    for part in path.split(".")[1:]:
        value = value[part]
    return value


def list_steps(model: Model, count: int = 40, seed: int = 9) -> list[dict]:
    """A mixed run of append (a 6-item window), prepend, insert, remove and delete on the list,
    some with bad input: indices out of range."""
    rng = random.Random(seed)
    steps = [model.step("unset", {})]  # a prop that was never set: no_update in both modes
    for _ in range(count):
        items = model.targets["list-client"]
        button = rng.choice(["append", "append", "prepend", "insert", "remove", "delete"])
        item = rng.choice("abcdefgh")
        n = len(items)
        if button == "append":
            sets = {"item": item, "max-length": 6}
        elif button == "prepend":
            sets = {"item": item}
        elif button == "insert":
            sets = {"item": item, "index": rng.randint(-n - 2, n + 2)}
        elif button == "remove":
            sets = {"item": rng.choice(items) if items and rng.random() < 0.7 else "zz"}
        else:
            sets = {"path": [rng.randint(-n - 1, n)]}
        steps.append(model.step(button, sets))
    return steps


DICT_STEPS = [
    ("merge", {"path": ["style"], "merge-item": {"width": 3}}),
    ("merge", {"path": [], "merge-item": {"extra": 1, "meta": {"owner": "me"}}}),
    ("toggle", {}),
    ("increment", {"by": 2}),
    ("dict-delete", {"path": ["extra"]}),
    ("assign", {"path": ["meta", "tags"], "item": ["x"]}),
    ("increment", {"by": -0.5}),
    ("merge", {"path": ["nope"], "merge-item": {"a": 1}}),  # bad: no such key
    ("dict-delete", {"path": ["nope"]}),  # bad: no such key
    ("assign", {"path": ["count", "x"], "item": 1}),  # bad: through a number
    ("merge", {"path": ["style"], "merge-item": "wide"}),  # bad: not a dict
    ("toggle", {}),
    ("dict-delete", {"path": ["style", "color"]}),
    ("assign", {"path": ["meta", "tags", 0], "item": "y"}),
    ("assign", {"path": ["meta", "tags", 3], "item": "z"}),  # bad: index out of range
    ("increment", {"by": 10}),
    ("merge", {"path": ["meta"], "merge-item": {"tags": ["p", "q"], "n": None}}),
    ("dict-delete", {"path": ["meta", "tags", -1]}),
    ("toggle", {}),
]


def stream_steps(model: Model, total: int = 1000, seed: int = 3) -> list[dict]:
    """1,000 points per trace in batches of 1 to 30 (and one of 150, past the window), then the
    legend toggled three times."""
    rng = random.Random(seed)
    steps, t = [], 0
    while t < total:
        size = 150 if steps and len(steps) == 25 else rng.randint(1, 30)
        size = min(size, total - t)
        xs = list(range(t, t + size))
        batch = {"x": [xs] * twins.TRACES, "y": [[(x * (k + 3)) % 97 for x in xs] for k in range(twins.TRACES)]}
        steps.append(model.step("points", {}, trigger_value=batch))
        t += size
    steps += [model.step("legend", {}) for _ in range(3)]
    return steps


def start(dash_duo):
    app, names = twins.create_app()
    dash_duo.start_server(app)
    wait_for_text_content(dash_duo, "ready", "ready")
    dash_duo.driver.execute_script(INSTRUMENT)
    return names


def drive(dash_duo, steps):
    outcome = dash_duo.driver.execute_async_script(DRIVE, steps)
    assert outcome["failed"] is None, json.dumps(outcome)[:2000]
    assert outcome["inflight"] == 0


def props(dash_duo, *ids):
    return dash_duo.driver.execute_script(READ_PROPS, list(ids))


def test_a_list_and_a_dict_end_the_same_in_both_modes_after_a_mixed_run(dash_duo):
    names = start(dash_duo)
    dash_duo.driver.set_script_timeout(60)
    model = Model()
    steps = list_steps(model) + [model.step(button, sets) for button, sets in DICT_STEPS]
    assert len(model.bad) >= 5  # the run does exercise bad input
    drive(dash_duo, steps)

    list_client, list_server, dict_client, dict_server, unset_client, unset_server = props(
        dash_duo, "list-client", "list-server", "dict-client", "dict-server", "unset-client", "unset-server")
    assert list_client["data"] == list_server["data"] == model.targets["list-client"]
    assert dict_client["data"] == dict_server["data"] == model.targets["dict-client"]
    assert "data" not in unset_client and "data" not in unset_server  # still never set: nothing patched

    warnings = dash_duo.driver.execute_script("return window.__warnings")
    bad_bindings = {names[button] for button in model.bad}
    assert len(warnings) == len(bad_bindings), warnings
    assert all(w.startswith("dashclient: dc.patch.") for w in warnings)
    assert console_errors(dash_duo) == []


def test_a_figure_streamed_1000_points_through_a_100_point_window_is_the_same_in_both_modes(dash_duo):
    start(dash_duo)
    dash_duo.driver.set_script_timeout(120)
    model = Model()
    steps = stream_steps(model)
    drive(dash_duo, steps)

    client, server = (p["figure"] for p in props(dash_duo, "graph-client", "graph-server"))
    assert client == server
    expected = model.targets["graph-client"]
    assert client["data"] == expected["data"]
    assert [len(trace["x"]) for trace in client["data"]] == [twins.WINDOW] * twins.TRACES
    assert client["data"][0]["x"] == list(range(900, 1000))
    assert client["layout"]["showlegend"] is expected["layout"]["showlegend"] is False
    assert console_errors(dash_duo) == []


# Replays each operation our JS built through Dash's own `new dash_clientside.Patch()`.
REPLAY = """
const [cases] = arguments;
const dc = window.dash_clientside;
const ns = dc.dashclient_patch;
const SPECIALS = {undefined: undefined};
const decode = (v) => Array.isArray(v) ? v.map(decode) : v && typeof v === "object"
  ? ("$special" in v ? SPECIALS[v.$special] : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, decode(x)]))) : v;
const CALLS = {
  Assign: (p, o) => p.assign(o.location, o.params.value), Merge: (p, o) => p.merge(o.location, o.params.value),
  Extend: (p, o) => p.extend(o.location, o.params.value), Delete: (p, o) => p.delete(o.location),
  Insert: (p, o) => p.insert(o.location, o.params.index, o.params.value),
  Append: (p, o) => p.append(o.location, o.params.value), Prepend: (p, o) => p.prepend(o.location, o.params.value),
  Add: (p, o) => p.add(o.location, o.params.value), Clear: (p, o) => p.clear(o.location),
  Remove: (p, o) => p.remove(o.location, o.params.value),
};
let patches = 0;
const different = [];
for (const c of cases) {
  const ours = ns[c.function](...decode(c.values), decode(c.options));
  if (!ours || !ours.__dash_patch_update) continue;
  patches++;
  const theirs = new dc.Patch();
  for (const op of ours.operations) CALLS[op.operation](theirs, op);
  if (JSON.stringify(theirs.build()) !== JSON.stringify(ours)) different.push([c.id, JSON.stringify(ours), JSON.stringify(theirs.build())]);
}
return {patches, different};
"""


def test_every_patch_our_js_builds_is_byte_for_byte_what_dash_clientside_patch_builds(dash_duo):
    start(dash_duo)
    cases = [c for c in load() if c["pattern"] == "patch"]
    result = dash_duo.driver.execute_script(REPLAY, cases)
    assert result["different"] == []
    assert result["patches"] >= 50
    assert console_errors(dash_duo) == []
