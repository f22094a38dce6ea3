"""dc.dispatch.by_trigger in a real browser, client and server mode side by side on one page:
the dmc Modal (open, cancel, confirm, toggle), a three-button router with a reset, the initial
call, an unmatched trigger, and 20 pattern-matching buttons appended at run time (ALL, MATCH,
ALLSMALLER). Each step must leave both modes' components in the same state."""

import importlib.util
import json
from pathlib import Path

import dash_mantine_components as dmc
from dash import ALL, ALLSMALLER, MATCH, Dash, Input, Output, Patch, State, html, no_update
from dash.testing.wait import until

import dashclient as dc
from conftest import console_errors, text_content, wait_for_text_content

MODES = ("client", "server")
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

# Every callback the page knows has finished (dash-renderer's own queues are empty).
SETTLED = """
const callbacks = window.store && window.store.getState().callbacks;
return !!callbacks && Object.entries(callbacks)
  .filter(([name]) => name !== "completed")
  .every(([, queue]) => !Array.isArray(queue) || queue.length === 0);
"""
PROP = """
const node = window.dash_component_api.getLayout(arguments[0]);
return node && node.props ? node.props[arguments[1]] : null;
"""


def dom_id(element_id):
    """The DOM id Dash gives a component: a dict id as sorted-key JSON."""
    return element_id if isinstance(element_id, str) else json.dumps(element_id, sort_keys=True, separators=(",", ":"))


def click(dash_duo, element_id):
    """A click dispatched from page JS (the modal's portal and transitions never get in the way)."""
    dash_duo.driver.execute_script("document.getElementById(arguments[0]).click();", dom_id(element_id))


def prop(dash_duo, element_id, name):
    return dash_duo.driver.execute_script(PROP, element_id, name)


def settle(dash_duo):
    until(lambda: dash_duo.driver.execute_script(SETTLED), timeout=10, msg="callbacks still running")


def both(dash_duo, stem, expected, index=None):
    """The ``client-<stem>`` and ``server-<stem>`` elements (or ``{"type": "<mode>-<stem>",
    "index": index}``) both show exactly ``expected``."""
    for mode in MODES:
        element = f"{mode}-{stem}" if index is None else dom_id({"type": f"{mode}-{stem}", "index": index})
        wait_for_text_content(dash_duo, element, expected)


def both_props(dash_duo, stem, name, expected):
    for mode in MODES:
        until(lambda: prop(dash_duo, f"{mode}-{stem}", name) == expected, timeout=10,
              msg=f"{mode}-{stem}.{name} = {prop(dash_duo, f'{mode}-{stem}', name)!r}, expected {expected!r}")


# -- the modal and the router ------------------------------------------------------------------


def modal_panel(mode: str) -> list:
    return [
        dmc.Button("Delete…", id=f"{mode}-open"),
        dmc.Button("Toggle", id=f"{mode}-toggle"),
        dmc.Modal(
            id=f"{mode}-modal", title="Delete the item?", opened=False, transitionProps={"duration": 0},
            children=dmc.Group([dmc.Button("Cancel", id=f"{mode}-cancel"), dmc.Button("Delete", id=f"{mode}-confirm")]),
        ),
        html.Span("no action yet", id=f"{mode}-status"),
    ]


def router_panel(mode: str) -> list:
    return [html.Button(label, id=f"{mode}-{key}") for key, label in
            (("a", "Alpha"), ("b", "Bravo"), ("c", "Charlie"), ("reset", "Reset"), ("stray", "Stray"))] + [
        html.Span(id=f"{mode}-choice"), html.Span(id=f"{mode}-clicks"),
    ]


def register_twins(app: Dash, mode: str) -> None:
    def ids(*keys):
        return [Input(f"{mode}-{key}", "n_clicks") for key in keys]

    modal = dc.dispatch.by_trigger(outputs=2, routes={
        f"{mode}-open": [True, no_update],
        f"{mode}-cancel": [False, "cancelled"],
        f"{mode}-confirm": [False, "deleted"],
        f"{mode}-toggle": [dc.dispatch.Toggle(State(f"{mode}-modal", "opened")), "toggled"],
    })
    dc.callback(modal, Output(f"{mode}-modal", "opened"), Output(f"{mode}-status", "children"),
                *ids("open", "cancel", "confirm", "toggle"), State(f"{mode}-modal", "opened"),
                app=app, mode=mode, prevent_initial_call=True)

    router = dc.dispatch.by_trigger(outputs=2, initial=["nothing chosen", "-"], routes={
        f"{mode}-a": ["Alpha", dc.dispatch.TriggerValue()],
        f"{mode}-b": ["Bravo", dc.dispatch.TriggerValue()],
        f"{mode}-c": ["Charlie", dc.format.number(specifier=".1f")],  # a route running another action
        f"{mode}-reset": ["nothing chosen", "-"],
    })  # f"{mode}-stray" has no route: the default leaves both outputs as they are
    dc.callback(router, Output(f"{mode}-choice", "children"), Output(f"{mode}-clicks", "children"),
                *ids("a", "b", "c", "reset", "stray"), app=app, mode=mode)


def test_the_modal_and_the_router_end_in_the_same_state_in_both_modes(dash_duo):
    app = Dash(__name__)
    app.layout = dmc.MantineProvider(html.Div([html.Div(modal_panel(m) + router_panel(m)) for m in MODES]))
    for mode in MODES:
        register_twins(app, mode)
    dash_duo.start_server(app)

    # The initial call: the router's `initial`; the modal (prevent_initial_call) as laid out.
    both(dash_duo, "choice", "nothing chosen")
    both(dash_duo, "clicks", "-")
    both_props(dash_duo, "modal", "opened", False)

    for mode in MODES:
        click(dash_duo, f"{mode}-open")
    both_props(dash_duo, "modal", "opened", True)
    both(dash_duo, "status", "no action yet")  # open leaves the status as it is
    for mode in MODES:
        dash_duo.wait_for_element(f"#{mode}-cancel", timeout=10)
        click(dash_duo, f"{mode}-cancel")
    both_props(dash_duo, "modal", "opened", False)
    both(dash_duo, "status", "cancelled")
    for mode in MODES:
        click(dash_duo, f"{mode}-toggle")
    both_props(dash_duo, "modal", "opened", True)
    both(dash_duo, "status", "toggled")
    for mode in MODES:
        dash_duo.wait_for_element(f"#{mode}-confirm", timeout=10)
        click(dash_duo, f"{mode}-confirm")
    both_props(dash_duo, "modal", "opened", False)
    both(dash_duo, "status", "deleted")

    for key, choice, clicks in (("a", "Alpha", "1"), ("b", "Bravo", "1"), ("a", "Alpha", "2"), ("c", "Charlie", "1.0"),
                                ("reset", "nothing chosen", "-"), ("b", "Bravo", "2")):
        for mode in MODES:
            click(dash_duo, f"{mode}-{key}")
        both(dash_duo, "choice", choice)
        both(dash_duo, "clicks", clicks)

    # A trigger no route names: the callback runs and leaves both outputs untouched.
    for mode in MODES:
        click(dash_duo, f"{mode}-stray")
    both_props(dash_duo, "stray", "n_clicks", 1)
    settle(dash_duo)
    both(dash_duo, "choice", "Bravo")
    both(dash_duo, "clicks", "2")
    assert console_errors(dash_duo) == []


# -- 20 buttons appended at run time -----------------------------------------------------------

BUTTONS = 20
LABELS = [f"label {chr(ord('A') + i)}" for i in range(BUTTONS)]
BELOW = 5  # rows with an ALLSMALLER output (every row would cost a server request per row below a click)


def item(mode: str, index: int) -> html.Div:
    """One appended row: its button, the button's own count (MATCH) and, in the first rows, the
    index of the latest click at or before it (ALLSMALLER). New components get their initial text
    from the layout: the call Dash makes when they appear has their unset n_clicks as triggers,
    which by_trigger passes over."""
    below = [html.Span("-", id={"type": f"{mode}-below", "index": index})] if index < BELOW else []
    return html.Div([
        html.Button(str(index), id={"type": f"{mode}-item", "index": index}),
        html.Span("0", id={"type": f"{mode}-count", "index": index}),
        *below,
    ])


def register_dynamic(app: Dash, mode: str) -> None:
    items = {"type": f"{mode}-item"}  # a partial key: any index
    every = dc.dispatch.by_trigger(outputs=2, initial=["none", "-"],
                                   routes=[(items, [dc.dispatch.TriggerIndex(), dc.dispatch.Lookup(LABELS)])])
    dc.callback(every, Output(f"{mode}-picked", "children"), Output(f"{mode}-label", "children"),
                Input({**items, "index": ALL}, "n_clicks"), app=app, mode=mode)
    own = dc.dispatch.by_trigger(routes=[(items, dc.dispatch.TriggerValue())])
    dc.callback(own, Output({"type": f"{mode}-count", "index": MATCH}, "children"),
                Input({**items, "index": MATCH}, "n_clicks"), app=app, mode=mode)
    below = dc.dispatch.by_trigger(routes=[(items, dc.dispatch.TriggerIndex())])
    dc.callback(below, Output({"type": f"{mode}-below", "index": MATCH}, "children"),
                Input({**items, "index": MATCH}, "n_clicks"), Input({**items, "index": ALLSMALLER}, "n_clicks"),
                app=app, mode=mode)


def test_twenty_buttons_added_at_run_time_each_route_to_their_own_index_in_both_modes(dash_duo):
    app = Dash(__name__)
    app.layout = html.Div([html.Button("add", id="add")] + [
        html.Div([html.Span(id=f"{m}-picked"), html.Span(id=f"{m}-label"), html.Div(id=f"{m}-items", children=[])])
        for m in MODES])

    @app.callback(*(Output(f"{m}-items", "children") for m in MODES), Input("add", "n_clicks"), prevent_initial_call=True)
    def add(n_clicks):
        rows = []
        for mode in MODES:
            rows.append(Patch())
            rows[-1].append(item(mode, n_clicks - 1))
        return rows

    for mode in MODES:
        register_dynamic(app, mode)
    dash_duo.start_server(app)
    both(dash_duo, "picked", "none")  # the initial call, with no button yet

    # Appending a button renders the list again: Dash fires the ALL callback with the new button
    # (n_clicks unset: passed over) and every button already clicked (several at once: skipped),
    # so the last pick stays until the new button is clicked.
    for added in range(BUTTONS):
        click(dash_duo, "add")
        both(dash_duo, "count", "0", index=added)
        settle(dash_duo)
        both(dash_duo, "picked", str(added - 1) if added else "none")
        for mode in MODES:
            click(dash_duo, {"type": f"{mode}-item", "index": added})
        both(dash_duo, "picked", str(added))
        both(dash_duo, "label", LABELS[added])
        both(dash_duo, "count", "1", index=added)

    for index in range(BUTTONS):  # a second round, each click one trigger, in every callback
        for mode in MODES:
            click(dash_duo, {"type": f"{mode}-item", "index": index})
        both(dash_duo, "picked", str(index))
        both(dash_duo, "label", LABELS[index])
        both(dash_duo, "count", "2", index=index)
        if index < BELOW:
            both(dash_duo, "below", str(index), index=index)  # its own button (MATCH)
            both(dash_duo, "below", str(index), index=BELOW - 1)  # a button before it (ALLSMALLER)
            if index:
                both(dash_duo, "below", str(index - 1), index=index - 1)
    assert console_errors(dash_duo) == []


# -- the gallery page and the examples ---------------------------------------------------------------

def test_the_gallery_page_runs_every_demo_with_the_same_results_in_both_modes(dash_duo):
    from dashclient.gallery import create_app
    from dashclient.gallery.pages._dispatch_demos import PLANETS

    dash_duo.start_server(create_app())
    dash_duo.driver.get(dash_duo.server_url + "/dispatch")

    def demo(name, part, expected):
        for mode in MODES:
            wait_for_text_content(dash_duo, f"dispatch-{name}-{part}-{mode}", expected)
        wait_for_text_content(dash_duo, f"dispatch-{name}-match", "match ✓")

    def click_both(name, part):
        for mode in MODES:
            click(dash_duo, f"dispatch-{name}-{part}-{mode}")

    demo("router", "view", "Pick a view")
    demo("grow", "planet", "No planet picked")
    for part, status, opened in (("open", "no action yet", True), ("cancel", "kept", False),
                                 ("toggle", "toggled", True), ("confirm", "deleted", False)):
        click_both("modal", part)
        for mode in MODES:
            until(lambda: prop(dash_duo, f"dispatch-modal-dialog-{mode}", "opened") is opened, timeout=10)
        demo("modal", "status", status)

    click_both("router", "table")
    click_both("router", "table")
    demo("router", "view", "Table view")
    demo("router", "clicks", "2")
    click_both("router", "stray")
    until(lambda: prop(dash_duo, "dispatch-router-stray-server", "n_clicks") == 1, timeout=10)
    settle(dash_duo)
    demo("router", "view", "Table view")
    click_both("router", "reset")
    demo("router", "view", "Pick a view")

    for index in (1, 2, 3):  # one at a time: Dash drops a request a newer click supersedes
        click(dash_duo, "dispatch-grow-add")
        for mode in MODES:
            wait_for_text_content(dash_duo, dom_id({"type": f"dispatch-planet-{mode}", "index": index}), PLANETS[index])
    for mode in MODES:
        click(dash_duo, {"type": f"dispatch-planet-{mode}", "index": 2})
    demo("grow", "planet", PLANETS[2])
    demo("grow", "index", "2")
    assert '"action": "dispatch.by_trigger"' in text_content(dash_duo, "dispatch-json")
    assert console_errors(dash_duo) == []


def load_example(name: str):
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.app


def test_the_confirm_dialog_example_behaves_the_same_in_both_columns(dash_duo):
    dash_duo.start_server(load_example("dispatch_modal"))
    for part, status in (("delete", "No action yet"), ("cancel", "Kept the report"), ("delete", "Kept the report"),
                         ("confirm", "Deleted the report")):
        for mode in MODES:
            click(dash_duo, f"{part}-{mode}")
        for mode in MODES:
            until(lambda: prop(dash_duo, f"dialog-{mode}", "opened") is (part == "delete"), timeout=10)
            wait_for_text_content(dash_duo, f"status-{mode}", status)
    assert console_errors(dash_duo) == []


def test_the_router_example_behaves_the_same_in_both_columns(dash_duo):
    dash_duo.start_server(load_example("dispatch_router"))
    for mode in MODES:
        wait_for_text_content(dash_duo, f"title-{mode}", "Pick a view")
        wait_for_text_content(dash_duo, f"city-{mode}", "No city picked")
    for view, title, clicks in (("map", "Map view", "1"), ("chart", "Chart view", "1"), ("map", "Map view", "2"),
                                ("reset", "Pick a view", "")):
        for mode in MODES:
            click(dash_duo, f"{view}-{mode}")
        for mode in MODES:
            wait_for_text_content(dash_duo, f"title-{mode}", title)
            wait_for_text_content(dash_duo, f"clicks-{mode}", clicks)
    for index, city in enumerate(("Delhi", "Shanghai", "Dhaka"), start=1):  # one at a time: Dash drops a
        click(dash_duo, "add-city")                                        # request a newer click supersedes
        for mode in MODES:
            wait_for_text_content(dash_duo, dom_id({"type": f"city-{mode}", "index": index}), city)
    for mode in MODES:
        click(dash_duo, {"type": f"city-{mode}", "index": 3})
    for mode in MODES:
        wait_for_text_content(dash_duo, f"city-{mode}", "Dhaka")
        wait_for_text_content(dash_duo, f"population-{mode}", "24 million people")
    assert console_errors(dash_duo) == []
