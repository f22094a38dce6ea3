"""Advanced-callbacks cookbook, "Pattern-Matching Callbacks", ported: ALL, MATCH, ALLSMALLER and
several component types matched by one index.

Every "Add" callback of the seed appends a group of components with ``Patch``; here that is
``dc.patch.append`` with a template whose ids hold ``dc.patch.VALUE`` (the button's n_clicks), so
the client column grows without a request. The callbacks reading the pattern-matching ids are the
seed's functions as ``@dc.action`` twins (their JS halves in ``examples/assets/cookbook.js``).

    python examples/cookbook_pattern_matching.py        # http://127.0.0.1:8050
"""

from __future__ import annotations

import sys
from pathlib import Path

import dash_mantine_components as dmc
from dash import ALL, ALLSMALLER, MATCH, Input, Output, State, dcc, html

import dashclient as dc

sys.path.insert(0, str(Path(__file__).parent))
from _cookbook import MODES, new_app, out, page, section  # noqa: E402

N = dc.patch.VALUE  # the triggering value (the Add button's n_clicks) wherever it appears in a template
CITIES = ["Tokyo", "Delhi", "Shanghai", "Dhaka", "Cairo", "Mexico City", "Beijing", "Mumbai", "Osaka", "Lagos"]


@dc.action(js="cookbook.city_list")
def city_list(values) -> str:
    """ALL: every dropdown's value, in order."""
    picked = [f"Dropdown {i + 1} = {v}" for i, v in enumerate(values or []) if v is not None]
    return "; ".join(picked) or "No city picked"


@dc.action(js="cookbook.selected")
def selected(value, component_id) -> str:
    """MATCH: only the matching dropdown's value (and its id)."""
    return "Pick an option" if value is None else f"Dropdown {component_id['index']} selected: {value}"


@dc.action(js="cookbook.cascade")
def cascade(current, previous) -> str:
    """ALLSMALLER: this filter's letter and those of every filter added before it."""
    if current is None:
        return "Select a value"
    letters = [v for v in previous or [] if v is not None] + [current]
    count = sum(all(letter in city.lower() for letter in letters) for city in CITIES)
    return f"Filters applied: {', '.join(letters)} → {count} of {len(CITIES)} cities"


@dc.action(js="cookbook.pm_chart")
def pm_chart(chart_type, slider_value) -> dict:
    """Several types, one index: each chart follows its own dropdown and slider."""
    n = max(1, (slider_value or 0) // 10)
    trace = {"bar": {"type": "bar"}, "line": {"type": "scatter", "mode": "lines"}}.get(
        chart_type, {"type": "scatter", "mode": "markers"})
    return {"data": [{**trace, "x": list(range(n)), "y": [(i * i) % 7 for i in range(n)]}],
            "layout": {"height": 180, "margin": {"t": 10, "b": 20, "l": 20, "r": 10}}}


def templates(mode: str, n) -> dict:
    """What each Add button appends to the ``mode`` column, with index ``n`` (index 0 is in the
    layout from the start; the Add buttons' templates hold ``N``)."""
    def pid(kind):
        return {"type": f"{kind}-{mode}", "index": n}
    return {
        "all": dcc.Dropdown(CITIES[:4], id=pid("city")),
        "match": html.Div([dcc.Dropdown(["Option A", "Option B", "Option C"], id=pid("dyn-dd")),
                           dmc.Text(id=pid("dyn-out"))]),
        "smaller": html.Div([html.Label(["Filter level ", n]), dcc.Dropdown(list("aeiou"), id=pid("filter-dd")),
                             dmc.Text(id=pid("filter-out"))]),
        "types": html.Div([dcc.Dropdown(["bar", "line", "scatter"], "bar", id=pid("chart-type")),
                           dcc.Slider(0, 100, value=50, id=pid("chart-slider")),
                           dcc.Graph(id=pid("chart-graph"), config={"displayModeBar": False}, style={"height": 180})]),
    }


def container(kind: str, mode: str) -> html.Div:
    return html.Div(id=f"{kind}-{mode}", children=[templates(mode, 0)[kind]])


def add_button(kind: str, label: str) -> dmc.Button:
    return dmc.Button(label, id=f"add-{kind}", variant="light")


app = new_app("pattern matching")
page(
    app, "Pattern-matching callbacks", "One Add button per section grows both columns (dc.patch.append).",
    section("ALL selector", "dc.patch.append + @dc.action city_list(values)", add_button("all", "Add filter"),
            lambda mode: [container("all", mode), out("cities", mode)]),
    section("MATCH selector", "dc.patch.append + @dc.action selected(value, id), one instance per index",
            add_button("match", "Add item"), lambda mode: [container("match", mode)]),
    section("ALLSMALLER selector", "dc.patch.append + @dc.action cascade(current, previous): cascading filters",
            add_button("smaller", "Add filter level"), lambda mode: [container("smaller", mode)]),
    section("Multiple types", "dc.patch.append + @dc.action pm_chart(type, slider) per chart",
            add_button("types", "Add chart"), lambda mode: [container("types", mode)]),
)


def pm(kind: str, mode: str, wildcard=MATCH) -> dict:
    return {"type": f"{kind}-{mode}", "index": wildcard}


for mode in MODES:
    for kind, item in templates(mode, N).items():
        dc.callback(dc.patch.append(item=item), Output(f"{kind}-{mode}", "children"), Input(f"add-{kind}", "n_clicks"),
                    prevent_initial_call=True, mode=mode, app=app)
    dc.callback(city_list(), Output(f"cities-{mode}", "children"), Input(pm("city", mode, ALL), "value"),
                mode=mode, app=app)
    dc.callback(selected(), Output(pm("dyn-out", mode), "children"), Input(pm("dyn-dd", mode), "value"),
                State(pm("dyn-dd", mode), "id"), mode=mode, app=app)
    dc.callback(cascade(), Output(pm("filter-out", mode), "children"), Input(pm("filter-dd", mode), "value"),
                Input(pm("filter-dd", mode, ALLSMALLER), "value"), mode=mode, app=app)
    dc.callback(pm_chart(), Output(pm("chart-graph", mode), "figure"), Input(pm("chart-type", mode), "value"),
                Input(pm("chart-slider", mode), "value"), mode=mode, app=app)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8050)
