"""Every explicit case (tests/cases/<pattern>/*.json) in headless Chromium through the served
bundle's public functions, compared with the Python twin, value for value."""

from dash import Dash, html

from cases import load, run
from conftest import console_errors, wait_for_text_content

RUN_IN_PAGE = """
const [cases, done] = [arguments[0], arguments[arguments.length - 1]];
const dc = window.dash_clientside;
const SPECIALS = {NaN: NaN, Infinity: Infinity, "-Infinity": -Infinity, "-0": -0, undefined: undefined};
const decode = (v) => Array.isArray(v) ? v.map(decode)
  : v && typeof v === "object" ? (Object.keys(v).length === 1 && "$special" in v ? SPECIALS[v.$special]
      : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, decode(x)])))
  : v;
const encode = (v) => {
  if ((dc.no_update && v === dc.no_update) || (v && v.dashclient === "no_update")) return {$special: "no_update"};
  if (v === undefined) return {$special: "undefined"};
  if (typeof v === "number") {
    if (Number.isNaN(v)) return {$special: "NaN"};
    if (!Number.isFinite(v)) return {$special: v > 0 ? "Infinity" : "-Infinity"};
    return Object.is(v, -0) ? {$special: "-0"} : v;
  }
  if (Array.isArray(v)) return v.map(encode);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encode(x)]));
  return v;
};
const EMPTY = {triggered_id: null, triggered: [], inputs: {}, states: {}, outputs_list: null};
(async () => {
  const out = [];
  for (const c of cases) {
    const ns = dc[c.pattern === "internal" ? "dashclient" : "dashclient_" + c.pattern];
    const args = [...decode(c.values || []), decode(c.options || {})];
    if (c.context_arg) args.push(c.context ? decode(c.context) : EMPTY);
    try { out.push(encode(await ns[c.function](...args))); }
    catch (e) { out.push({$error: String(e && e.message || e)}); }
  }
  done(out);
})();
"""


def test_every_case_gives_in_chromium_what_it_gives_in_python(dash_duo):
    from cases import factory_of

    app = Dash(__name__)
    app.layout = html.Div("ready", id="ready")
    dash_duo.start_server(app)
    wait_for_text_content(dash_duo, "ready", "ready")
    cases = load()
    assert cases
    for case in cases:
        case["context_arg"] = factory_of(case).signature.context
    browser = dash_duo.driver.execute_async_script(RUN_IN_PAGE, cases)
    different = {f"{c['pattern']}/{c['id']}": (js, run(c)) for c, js in zip(cases, browser) if js != run(c)}
    assert not different
    assert console_errors(dash_duo) == []
