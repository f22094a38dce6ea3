"""Advanced-callbacks cookbook, "Callback Context (ctx)", ported: which button fired, the context's
properties, ctx with pattern-matching ids, ``ctx.args_grouping`` and conditional logic on the trigger.

- "Which button" and "ctx with pattern matching" need no function at all: ``dc.dispatch.by_trigger``
  is the ``if ctx.triggered_id == ...`` chain as a route table.
- "ctx properties" and "conditional logic" are ``@dc.action`` twins with a ``context`` parameter:
  dashclient hands both halves the same snapshot (``triggered_id``, ``triggered``, ``inputs``,
  ``states``, ``outputs_list``), so the function is pure and runs in either place.
- ``ctx.args_grouping`` is not in that snapshot: the server column is the seed's plain Dash callback;
  the client column registers the same dict signature with ``dc.callback`` (values in dict order).

    python examples/cookbook_context.py        # http://127.0.0.1:8050
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import dash_mantine_components as dmc
from dash import ALL, Input, Output, State, ctx, no_update

import dashclient as dc

sys.path.insert(0, str(Path(__file__).parent))
from _cookbook import MODES, new_app, out, page, section  # noqa: E402

BUTTONS = ("btn-1", "btn-2", "btn-3")
ITEMS = ("apples", "pears", "plums")


@dc.action(js="cookbook.ctx_info")
def ctx_info(input1, input2, state1, context=None) -> str:
    """ctx Properties, as sorted JSON (outputs_list is left out: its ids differ between the columns)."""
    info = {
        "triggered_id": context["triggered_id"],
        "triggered": context["triggered"],
        "triggered_prop_ids": {t["prop_id"]: t["prop_id"].rsplit(".", 1)[0] for t in context["triggered"]},
        "inputs": context["inputs"],
        "states": context["states"],
    }
    return json.dumps(info, indent=2, sort_keys=True, ensure_ascii=False)


@dc.action(js="cookbook.handle_buttons")
def handle_buttons(submit_clicks, reset_clicks, input_value, context=None) -> str:
    """Conditional Logic Based on Trigger: the seed's function, with the context as an argument."""
    if context["triggered_id"] == "submit-btn":
        return f"Submitted: {input_value or ''}"
    if context["triggered_id"] == "reset-btn":
        return "Form reset"
    return no_update  # the initial call (the seed raises PreventUpdate)


@dc.action(js="cookbook.grouped")
def grouped(input1, input2) -> tuple[str, str]:
    return f"Input 1: {input1}", f"Input 2: {input2}"


app = new_app("callback context")
page(
    app, "Callback context", "The trigger, the context's properties and the grouping, in both modes.",
    section("Basic ctx usage", "dc.dispatch.by_trigger: one route per button, no function",
            dmc.Group([dmc.Button(b, id=b, variant="light") for b in BUTTONS]), lambda mode: [out("which", mode)]),
    section("ctx properties", "@dc.action with a context parameter: the same snapshot in both halves",
            dmc.Group([dmc.TextInput(id="input-1", value="one", label="input 1"),
                       dmc.TextInput(id="input-2", value="two", label="input 2"),
                       dmc.TextInput(id="state-1", value="three", label="state 1")]),
            lambda mode: [dmc.Code(id=f"debug-{mode}", block=True)]),
    section("ctx with pattern matching", "dc.dispatch.by_trigger: a partial id {'type': 'item-btn'} matches every index",
            dmc.Group([dmc.Button(item, id={"type": "item-btn", "index": i}, variant="light")
                       for i, item in enumerate(ITEMS)]), lambda mode: [out("item", mode)]),
    section("ctx.args_grouping", "client: dc.callback with dict groupings; server: the seed's plain Dash callback",
            dmc.Group([dmc.TextInput(id="in-1", value="a", label="in 1"), dmc.TextInput(id="in-2", value="b", label="in 2")]),
            lambda mode: [out("out-1", mode), out("out-2", mode)]),
    section("Conditional logic based on trigger", "@dc.action reading context['triggered_id']",
            dmc.Group([dmc.TextInput(id="input-field", value="my form", label="field"),
                       dmc.Button("Submit", id="submit-btn"), dmc.Button("Reset", id="reset-btn", variant="default")],
                      align="flex-end"),
            lambda mode: [out("display", mode, children="Nothing submitted")]),
)

for mode in MODES:
    dc.callback(dc.dispatch.by_trigger(routes={b: f"Button '{b}' was clicked" for b in BUTTONS},
                                       initial="No button clicked yet"),
                Output(f"which-{mode}", "children"), *(Input(b, "n_clicks") for b in BUTTONS), mode=mode, app=app)
    dc.callback(ctx_info(), Output(f"debug-{mode}", "children"), Input("input-1", "value"), Input("input-2", "value"),
                State("state-1", "value"), mode=mode, app=app)
    dc.callback(dc.dispatch.by_trigger(routes=[({"type": "item-btn"}, dc.dispatch.Lookup(
                    [f"Button at index {i} ({item}) was clicked" for i, item in enumerate(ITEMS)]))],
                                       initial="Click a button"),
                Output(f"item-{mode}", "children"), Input({"type": "item-btn", "index": ALL}, "n_clicks"),
                mode=mode, app=app)
    dc.callback(handle_buttons(), Output(f"display-{mode}", "children"), Input("submit-btn", "n_clicks"),
                Input("reset-btn", "n_clicks"), State("input-field", "value"), mode=mode, app=app)

dc.callback(grouped(), output=dict(output1=Output("out-1-client", "children"), output2=Output("out-2-client", "children")),
            inputs=dict(input1=Input("in-1", "value"), input2=Input("in-2", "value")), mode="client", app=app)


@app.callback(output=dict(output1=Output("out-1-server", "children"), output2=Output("out-2-server", "children")),
              inputs=dict(input1=Input("in-1", "value"), input2=Input("in-2", "value")))
def grouped_callback(**kwargs):
    """The seed's function: access inputs through ctx.args_grouping. The seed reads
    ``ctx.args_grouping["inputs"]``, a key Dash 4.4 does not have (KeyError): the grouping mirrors
    ``inputs=`` itself, one entry per key with its id, property and value."""
    inputs = ctx.args_grouping
    return dict(output1=f"Input 1: {inputs['input1']['value']}", output2=f"Input 2: {inputs['input2']['value']}")


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8050)
