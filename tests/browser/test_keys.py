"""dc.keys.Shortcuts in headless Chromium with real key presses (selenium ActionChains through
chromedriver: trusted events through the browser's input pipeline, not synthetic DOM events).

The page records every keydown at the window (after the document-level capture listener ran), so
``defaultPrevented`` and stopped propagation are seen the way the page's own code would see them."""

import importlib.util
import json
import time
from pathlib import Path

import dash_mantine_components as dmc
from dash import Dash, Input, Output, State, dcc, html
from dash.testing.wait import until
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

import dashclient as dc
from conftest import console_errors, text_content, wait_for_text_content

RECORD_PAGE = """
window.__seen = [];
window.addEventListener("keydown", (e) => window.__seen.push([e.key, e.defaultPrevented]));
window.__warnings = [];
const warn = console.warn.bind(console);
console.warn = (...args) => { window.__warnings.push(args.join(" ")); warn(...args); };
"""

# Counts the document's keydown listeners from before the app loads: whoever adds them.
COUNT_LISTENERS = """<script>
(function () {
  const active = new Set();
  const counts = window.__keydownListeners = {added: 0, removed: 0, active: () => active.size};
  const key = (listener, options) => [listener, typeof options === "object" ? Boolean(options && options.capture) : Boolean(options)];
  const add = document.addEventListener.bind(document), remove = document.removeEventListener.bind(document);
  const same = (a, b) => a[0] === b[0] && a[1] === b[1];
  document.addEventListener = function (type, listener, options) {
    if (type === "keydown") {
      const k = key(listener, options);
      if (![...active].some((x) => same(x, k))) { active.add(k); counts.added += 1; }
    }
    return add(type, listener, options);
  };
  document.removeEventListener = function (type, listener, options) {
    if (type === "keydown") {
      const k = key(listener, options);
      for (const x of active) if (same(x, k)) { active.delete(x); counts.removed += 1; }
    }
    return remove(type, listener, options);
  };
})();
</script>"""

INDEX = """<!DOCTYPE html><html><head>{%metas%}<title>{%title%}</title>{%favicon%}{%css%}""" + COUNT_LISTENERS + """
</head><body>{%app_entry%}<footer>{%config%}{%scripts%}{%renderer%}</footer></body></html>"""


def keys(dash_duo, *parts):
    """Press keys for real: plain strings are typed, (modifier, key) tuples are chords."""
    chain = ActionChains(dash_duo.driver)
    for part in parts:
        if isinstance(part, tuple):
            *modifiers, key = part
            for modifier in modifiers:
                chain.key_down(modifier)
            chain.send_keys(key)
            for modifier in reversed(modifiers):
                chain.key_up(modifier)
        else:
            chain.send_keys(part)
    chain.perform()


def last_event(dash_duo, output="events"):
    text = text_content(dash_duo, output)
    return json.loads(text) if text else None


def wait_for_event(dash_duo, binding, n, output="events"):
    until(lambda: (last_event(dash_duo, output) or {}).get("binding") == binding
          and last_event(dash_duo, output).get("n") == n, 5,
          msg=f"waiting for event {binding} #{n}, last {last_event(dash_duo, output)}")


def seen(dash_duo):
    return dash_duo.driver.execute_script("return window.__seen")


def body_focus(dash_duo):
    dash_duo.driver.execute_script("document.activeElement && document.activeElement.blur(); document.body.focus();")


def main_app():
    app = Dash(__name__)
    app.layout = html.Div([
        dc.keys.Shortcuts(id="keys", sequence_timeout=400, bindings=[
            dc.keys.bind("ctrl+s", dc.keys.set_props("status", children="Saving...", style={"color": "orange"}),
                         dc.keys.wait(300), dc.keys.set_props("status", children="Saved!", style={"color": "green"}),
                         prevent_default=True, name="save"),
            dc.keys.bind("mod+k", dc.keys.set_props("mod-out", children="mod+k"), name="mod"),
            dc.keys.bind("g i", dc.keys.set_props("seq-out", children="g i"), name="inbox"),
            dc.keys.bind("/", dc.keys.focus("search"), prevent_default=True, name="search"),
            dc.keys.bind("t", dc.keys.toggle("flag", "disabled"), name="toggle"),
            dc.keys.bind("c", dc.keys.click("counter"), name="click"),
            dc.keys.bind("shift+arrowup", dc.keys.run(dc.format.number(specifier=",.2f"), Output("big", "children"),
                                                      State("amount", "value")), name="format"),
            dc.keys.bind("escape", dc.keys.set_props("search", value=""), allow_in_inputs=True, name="clear"),
            dc.keys.bind("x", dc.keys.set_props("nowhere", children="x"), name="missing"),
            dc.keys.bind("q", stop_propagation=True, name="quiet"),
            dc.keys.bind("e", dc.keys.set_props("scoped-out", children="in editor"), scope="editor", name="scoped"),
            dc.keys.bind("ctrl+enter", dc.keys.set_props("client-out", children="submitted"), name="submit"),
            dc.keys.bind("n", name="server-only"),
            dc.keys.bind("b", name="burst"),
        ]),
        dc.keys.Shortcuts(id="mac-keys", platform="mac", bindings=[
            dc.keys.bind("mod+j", dc.keys.set_props("mac-out", children="mod+j"), name="mac-mod"),
        ]),
        html.Div(id="status"), html.Div(id="mod-out"), html.Div(id="seq-out"), html.Div(id="mac-out"),
        dcc.Input(id="search", value=""), html.Button("flag", id="flag", disabled=False),
        html.Button("count", id="counter"), html.Div(id="clicks"),
        dcc.Input(id="amount", value="1234567.891"), html.Div(id="big"),
        html.Div([html.Button("inside", id="inside")], id="editor"), html.Div(id="scoped-out"),
        html.Div(id="client-out"), html.Div(id="server-out"), html.Div(id="burst-out"), html.Pre(id="events"),
    ])

    # The component and its steps run under script-src 'self' plus Dash's own hashes: no eval, no inline JS.
    csp = "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self' " + " ".join(app.csp_hashes())

    @app.server.after_request
    def add_csp(response):
        response.headers["Content-Security-Policy"] = csp
        return response

    @app.callback(Output("clicks", "children"), Input("counter", "n_clicks"), prevent_initial_call=True)
    def count(n):
        return f"clicked {n}"

    @app.callback(Output("events", "children"), Input("keys", "event"), prevent_initial_call=True)
    def show(event):  # the server route: a normal callback with the press as an Input
        return json.dumps(event, sort_keys=True)

    @app.callback(Output("burst-out", "children"), Input("keys", "event"), prevent_initial_call=True)
    def burst(event):
        time.sleep(0.05)  # slower than a burst of presses: Dash drops the calls they supersede
        return f"burst {event['counts'].get('burst', 0)}"

    @app.callback(Output("server-out", "children"), Input("keys", "event"), prevent_initial_call=True)
    def submit(event):
        return "submitted" if event["binding"] == "submit" else dash_no_update()

    return app


def dash_no_update():
    from dash import no_update  # pylint: disable=import-outside-toplevel

    return no_update


def test_real_key_presses_act_in_the_browser_and_reach_a_server_callback_under_a_strict_csp(dash_duo):
    dash_duo.start_server(main_app())
    dash_duo.wait_for_element("#events")
    driver = dash_duo.driver
    driver.execute_script(RECORD_PAGE)
    body_focus(dash_duo)

    # The seed's Ctrl+S: 'Saving...' then 'Saved!', the browser's own Ctrl+S prevented.
    keys(dash_duo, (Keys.CONTROL, "s"))
    wait_for_text_content(dash_duo, "status", "Saving...")
    wait_for_text_content(dash_duo, "status", "Saved!")
    assert driver.execute_script("return document.getElementById('status').style.color") == "green"
    assert ["s", True] in seen(dash_duo)
    wait_for_event(dash_duo, "save", 1)
    assert set(last_event(dash_duo)) == {"key", "binding", "n", "timestamp", "counts"}
    assert last_event(dash_duo)["key"] == "ctrl+s"

    # mod is Ctrl on Linux; Meta+K does nothing here. With platform="mac", mod is Meta.
    keys(dash_duo, (Keys.META, "k"))
    keys(dash_duo, (Keys.CONTROL, "k"))
    wait_for_text_content(dash_duo, "mod-out", "mod+k")
    wait_for_event(dash_duo, "mod", 2)  # Meta+K fired nothing: this is press 2
    keys(dash_duo, (Keys.CONTROL, "j"))
    keys(dash_duo, (Keys.META, "j"))
    wait_for_text_content(dash_duo, "mac-out", "mod+j")
    assert ["k", False] in seen(dash_duo)  # nothing prevented without prevent_default

    # A sequence fires within the timeout and not after it.
    keys(dash_duo, "g", "i")
    wait_for_text_content(dash_duo, "seq-out", "g i")
    wait_for_event(dash_duo, "inbox", 3)
    keys(dash_duo, "g")
    driver.execute_script("return new Promise((done) => setTimeout(done, 600))")  # longer than sequence_timeout
    keys(dash_duo, "i", "t")
    wait_for_event(dash_duo, "toggle", 4)  # the late i fired nothing
    assert driver.execute_script("return document.getElementById('flag').disabled") is True

    # "/" focuses the search box and is not typed into it; typing there fires nothing...
    keys(dash_duo, "/")
    until(lambda: driver.execute_script("return document.activeElement.id") == "search", 5)
    wait_for_event(dash_duo, "search", 5)
    keys(dash_duo, "g i tc")
    until(lambda: driver.execute_script("return document.getElementById('search').value") == "g i tc", 5)
    # ...except a binding that allows it: Escape clears the box while typing in it.
    keys(dash_duo, Keys.ESCAPE)
    wait_for_event(dash_duo, "clear", 6)
    until(lambda: driver.execute_script("return document.getElementById('search').value") == "", 5)
    assert driver.execute_script("return document.getElementById('flag').disabled") is True  # t did not toggle
    body_focus(dash_duo)

    # Click a component (its server callback runs), run a dashclient action with a page value.
    keys(dash_duo, "c")
    wait_for_text_content(dash_duo, "clicks", "clicked 1")
    keys(dash_duo, (Keys.SHIFT, Keys.ARROW_UP))
    wait_for_text_content(dash_duo, "big", dc.format.number(specifier=",.2f")("1234567.891"))
    assert text_content(dash_duo, "big") == "1,234,567.89"
    wait_for_event(dash_duo, "format", 8)

    # stop_propagation: the page's own listeners never see q; a scoped binding needs focus inside.
    keys(dash_duo, "q")
    wait_for_event(dash_duo, "quiet", 9)
    assert "q" not in [key for key, _ in seen(dash_duo)]
    keys(dash_duo, "e")
    driver.execute_script("document.getElementById('inside').focus()")
    keys(dash_duo, "e")
    wait_for_text_content(dash_duo, "scoped-out", "in editor")
    wait_for_event(dash_duo, "scoped", 10)  # the first e (focus outside) fired nothing
    body_focus(dash_duo)

    # A missing target does nothing and warns once, however often it is pressed.
    keys(dash_duo, "x", "x")
    wait_for_event(dash_duo, "missing", 12)
    warnings = [w for w in driver.execute_script("return window.__warnings") if "nowhere" in w]
    assert warnings == ['dashclient: dc.keys.Shortcuts "keys": bindings[8] (\'x\'): no component "nowhere" in the '
                        'layout: set_props does nothing']

    # The same press through both routes: a browser step and a server callback on `event`.
    keys(dash_duo, (Keys.CONTROL, Keys.ENTER))
    wait_for_text_content(dash_duo, "client-out", "submitted")
    wait_for_text_content(dash_duo, "server-out", "submitted")
    keys(dash_duo, "n")
    wait_for_event(dash_duo, "server-only", 14)

    # Ten quick presses against a slow server callback: calls coalesce, the totals do not.
    keys(dash_duo, "b" * 10)
    wait_for_text_content(dash_duo, "burst-out", "burst 10")
    wait_for_event(dash_duo, "burst", 24)
    assert console_errors(dash_duo) == []


def actions_app():
    """A key runs dashclient actions two ways: as a browser step (``dc.keys.run``) and through the
    component's ``event`` prop as the Input of ``dc.callback``, in client and in server mode."""
    app = Dash(__name__)
    add_two = dc.patch.increment(by=2)  # a Patch, never the whole value
    route = dc.dispatch.by_trigger(routes={"keys": "routed from a key", "button": "routed from the button"})
    app.layout = html.Div([
        dc.keys.Shortcuts(id="keys", bindings=[
            dc.keys.bind("p", dc.keys.run(add_two, Output("count-browser", "children"),
                                          State("count-browser", "children")), name="plus"),
            dc.keys.bind("d", dc.keys.run(route, Output("route-browser", "children")), name="route"),
        ]),
        html.Button("button", id="button"),
        *[html.Div(0, id=f"count-{where}") for where in ("browser", "client", "server")],
        *[html.Div("", id=f"route-{where}") for where in ("browser", "client", "server")],
    ])
    for mode in ("client", "server"):  # every press of every binding reaches these
        dc.callback(add_two, Output(f"count-{mode}", "children"), Input("keys", "event"),
                    prevent_initial_call=True, mode=mode, app=app)
        dc.callback(route, Output(f"route-{mode}", "children"), Input("keys", "event"), Input("button", "n_clicks"),
                    prevent_initial_call=True, mode=mode, app=app)
    return app


def test_a_key_runs_a_patch_and_a_dispatch_in_the_browser_and_through_dc_callback_in_both_modes(dash_duo):
    dash_duo.start_server(actions_app())
    dash_duo.wait_for_element("#route-server")
    body_focus(dash_duo)

    def texts(name):
        return [text_content(dash_duo, f"{name}-{where}") for where in ("browser", "client", "server")]

    def wait_for(name, browser, routed):
        wait_for_text_content(dash_duo, f"{name}-browser", browser)
        wait_for_text_content(dash_duo, f"{name}-client", routed)
        wait_for_text_content(dash_duo, f"{name}-server", routed)

    keys(dash_duo, "p")  # the browser step adds 2 to its count; both dc.callback routes add 2 to theirs
    wait_for("count", "2", "2")
    wait_for("route", "", "routed from a key")
    keys(dash_duo, "d")  # the browser step routes on the Shortcuts id; every press reaches the event routes
    wait_for("route", "routed from a key", "routed from a key")
    wait_for("count", "2", "4")
    dash_duo.find_element("#button").click()
    wait_for("route", "routed from a key", "routed from the button")
    keys(dash_duo, "p")
    wait_for("count", "4", "6")
    wait_for("route", "routed from a key", "routed from a key")
    assert texts("count") == ["4", "6", "6"]
    assert texts("route") == ["routed from a key"] * 3
    assert console_errors(dash_duo) == []


def test_a_held_key_fires_once_unless_the_binding_repeats(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div([
        dc.keys.Shortcuts(id="keys", bindings=[
            dc.keys.bind("arrowdown", name="down", repeat=True),
            dc.keys.bind("ctrl+s", name="save", prevent_default=True),
        ]),
        html.Pre(id="events"),
    ])
    app.clientside_callback("(event) => JSON.stringify(event)", Output("events", "children"), Input("keys", "event"),
                            prevent_initial_call=True)
    dash_duo.start_server(app)
    dash_duo.wait_for_element("#events")
    driver = dash_duo.driver
    driver.execute_script(RECORD_PAGE)
    body_focus(dash_duo)

    # chromedriver never sets KeyboardEvent.repeat, so held keys come from the DevTools input
    # pipeline (trusted events, autoRepeat as a held key sends them).
    def key_down(key, code, vk, modifiers=0, repeat=False):
        driver.execute_cdp_cmd("Input.dispatchKeyEvent", {
            "type": "rawKeyDown", "key": key, "code": code, "windowsVirtualKeyCode": vk, "modifiers": modifiers,
            "autoRepeat": repeat})

    def key_up(key, code, vk, modifiers=0):
        driver.execute_cdp_cmd("Input.dispatchKeyEvent", {
            "type": "keyUp", "key": key, "code": code, "windowsVirtualKeyCode": vk, "modifiers": modifiers})

    key_down("ArrowDown", "ArrowDown", 40)
    for _ in range(3):
        key_down("ArrowDown", "ArrowDown", 40, repeat=True)
    key_up("ArrowDown", "ArrowDown", 40)
    wait_for_event(dash_duo, "down", 4)

    ctrl = 2
    key_down("Control", "ControlLeft", 17, ctrl)
    key_down("s", "KeyS", 83, ctrl)
    key_down("s", "KeyS", 83, ctrl, repeat=True)
    key_down("s", "KeyS", 83, ctrl, repeat=True)
    key_up("s", "KeyS", 83, ctrl)
    key_up("Control", "ControlLeft", 17)
    wait_for_event(dash_duo, "save", 5)
    key_down("ArrowDown", "ArrowDown", 40)
    key_up("ArrowDown", "ArrowDown", 40)
    wait_for_event(dash_duo, "down", 6)  # Ctrl+S held down fired once
    assert [p for k, p in seen(dash_duo) if k == "s"] == [True, True, True]  # the repeats prevented too
    assert console_errors(dash_duo) == []


def pages_app():
    app = Dash(__name__, index_string=INDEX, suppress_callback_exceptions=True)
    shortcuts = dc.keys.Shortcuts(id="keys", bindings=[dc.keys.bind("k", name="k")])
    app.layout = html.Div([
        dcc.Location(id="url"),
        dcc.Link("page a", href="/a", id="to-a"), dcc.Link("page b", href="/b", id="to-b"),
        html.Div(id="page"), html.Pre(id="events"),
    ])

    @app.callback(Output("page", "children"), Input("url", "pathname"))
    def route(pathname):
        if pathname == "/b":
            return html.Div("page b", id="page-b")
        return html.Div([html.Div("page a", id="page-a"), html.Div(shortcuts, id="holder")])

    app.clientside_callback("(event) => JSON.stringify(event)", Output("events", "children"), Input("keys", "event"),
                            prevent_initial_call=True)
    return app


def test_fifty_re_renders_leave_one_listener_and_leaving_the_layout_removes_it(dash_duo):
    dash_duo.start_server(pages_app())
    dash_duo.wait_for_element("#page-a")
    driver = dash_duo.driver
    listeners = lambda: driver.execute_script("return window.__keydownListeners.active()")  # noqa: E731
    until(lambda: listeners() == 1, 5)

    # 50 rounds of re-renders, each awaited until React has rendered it: a prop the listener
    # ignores, new bindings (one re-subscription), the component removed, then a fresh one mounted.
    rerender = """
    const done = arguments[arguments.length - 1];
    const set = window.dash_clientside.set_props;
    const counts = window.__keydownListeners;
    const frame = () => new Promise((resolve) => setTimeout(resolve, 5));
    const until = async (check) => { for (let t = 0; t < 400 && !check(); t++) await frame(); if (!check()) throw new Error("stuck"); };
    const fresh = {type: "Shortcuts", namespace: "dashclient", props: {id: "keys", bindings: [{keys: "k", name: "k"}]}};
    (async () => {
      for (let i = 0; i < 50; i++) {
        const added = counts.added;
        set("keys", {disabled: false, sequence_timeout: 1000});
        await frame();
        set("keys", {bindings: [{keys: "k", name: "k"}, {keys: "ctrl+" + "abcdefghij"[i % 10], name: "extra"}]});
        await until(() => counts.added === added + 1);
        set("holder", {children: "nothing here"});
        await until(() => counts.active() === 0);
        set("holder", {children: fresh});
        await until(() => counts.active() === 1);
      }
      await frame();
      done({added: counts.added, removed: counts.removed, active: counts.active()});
    })().catch((error) => done(String(error)));
    """
    # The first mount, then per round one listener for the new bindings and one for the fresh mount.
    assert driver.execute_async_script(rerender) == {"added": 101, "removed": 100, "active": 1}
    assert listeners() == 1
    body_focus(dash_duo)
    keys(dash_duo, "k")
    wait_for_event(dash_duo, "k", 1)
    keys(dash_duo, "k")
    wait_for_event(dash_duo, "k", 2)  # one press, one event: no stale listener fired too

    # A page change (dcc.Location) takes the component out of the layout, and its listener with it.
    dash_duo.find_element("#to-b").click()
    dash_duo.wait_for_element("#page-b")
    until(lambda: listeners() == 0, 5)
    counts = driver.execute_script("return window.__keydownListeners")
    assert counts["added"] == counts["removed"]
    dash_duo.find_element("#to-a").click()
    dash_duo.wait_for_element("#page-a")
    until(lambda: listeners() == 1, 5)
    assert console_errors(dash_duo) == []


def test_a_mantine_modal_opens_with_a_key_and_closes_with_escape(dash_duo):
    app = Dash(__name__)
    app.layout = dmc.MantineProvider([
        dc.keys.Shortcuts(id="keys", bindings=[
            dc.keys.bind("mod+o", dc.keys.set_props("modal", opened=True), prevent_default=True, name="open"),
            # Escape also works with the focus in the modal's input: Mantine's own Escape is off here.
            dc.keys.bind("escape", dc.keys.set_props("modal", opened=False), allow_in_inputs=True, name="close"),
        ]),
        dmc.Modal(dmc.TextInput(id="note", label="Note"), id="modal", title="A modal",
                  opened=False, closeOnEscape=False),
        html.Pre(id="events"),
    ])
    app.clientside_callback("(event) => JSON.stringify(event)", Output("events", "children"), Input("keys", "event"),
                            prevent_initial_call=True)
    dash_duo.start_server(app)
    dash_duo.wait_for_element("#events")
    body_focus(dash_duo)
    opened = "return document.querySelector('.mantine-Modal-content') !== null"
    keys(dash_duo, (Keys.CONTROL, "o"))
    until(lambda: dash_duo.driver.execute_script(opened), 5)
    dash_duo.find_element("#note").send_keys("typing")
    keys(dash_duo, Keys.ESCAPE)
    until(lambda: not dash_duo.driver.execute_script(opened), 5)
    wait_for_event(dash_duo, "close", 2)
    assert console_errors(dash_duo) == []


def load_example(name):
    path = Path(__file__).resolve().parents[2] / "examples" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"example_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_example_saves_in_the_browser_and_on_the_server_and_shows_its_cheat_sheet(dash_duo):
    example = load_example("keys_shortcuts")
    dash_duo.start_server(example.app)
    dash_duo.wait_for_element("#last-event")
    driver = dash_duo.driver
    body_focus(dash_duo)

    keys(dash_duo, (Keys.CONTROL, "s"))
    wait_for_text_content(dash_duo, "save-indicator", "Saving...")
    wait_for_text_content(dash_duo, "save-indicator", "Saved!")
    keys(dash_duo, (Keys.CONTROL, Keys.SHIFT, "s"))
    wait_for_text_content(dash_duo, "save-server", "Saved on the server (press #2)")

    keys(dash_duo, "/", "milk")  # "/" focuses the note box and is not typed into it
    until(lambda: driver.execute_script("return document.getElementById('note').value") == "milk", 5)
    body_focus(dash_duo)
    keys(dash_duo, "g", "n")
    wait_for_text_content(dash_duo, "notes", "milk")

    keys(dash_duo, (Keys.CONTROL, Keys.ARROW_UP), (Keys.CONTROL, Keys.ARROW_UP), (Keys.CONTROL, Keys.ARROW_UP))
    wait_for_text_content(dash_duo, "presses-text", "3")

    keys(dash_duo, "?")
    rows = "return [...document.querySelectorAll('.mantine-Modal-content tr')].map((tr) => tr.textContent)"
    until(lambda: len(driver.execute_script(rows)) == len(example.BINDINGS), 5)
    sheet = driver.execute_script(rows)
    assert sheet[0] == "Ctrl+S or ⌘SSave (in the browser)"
    assert "G then NAdd the note (g, then n)" in sheet
    keys(dash_duo, Keys.ESCAPE)
    until(lambda: driver.execute_script(rows) == [], 5)
    assert console_errors(dash_duo) == []
