"""A toolbar and a list that grows: which button was clicked decides what the page shows.

- Three view buttons and a reset write one title and one click count: a route table of
  constants, a routed ``dc.format.number`` action (run on the button's ``n_clicks``) and an
  ``initial`` for the first call.
- "Add a city" appends pattern-matching buttons at run time; one route with a partial id
  (``{"type": "city-<mode>"}``: any index) serves them all and looks the city and its population
  up by the button's index (``Lookup``; the populations were formatted once, in Python, by the
  twin of ``dc.format.compact``). Appending a button renders the list again, and Dash fires the
  ALL callback with every button in it: the new one's ``n_clicks`` is unset (passed over) and, when
  several clicked ones remain, no single trigger decides, so the shown city stays.

Everything runs twice, in client mode and in server mode, with the same results.

    python examples/dispatch_router.py        # http://127.0.0.1:8050
"""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import ALL, Dash, Input, Output, Patch, html

import dashclient as dc

CITIES = [("Tokyo", 37_115_035), ("Delhi", 33_807_403), ("Shanghai", 29_867_918), ("Dhaka", 23_935_652),
          ("São Paulo", 22_806_704), ("Cairo", 22_623_874), ("Mexico City", 22_505_315), ("Beijing", 22_189_082)]
VIEWS = {"map": "Map view", "table": "Table view", "chart": "Chart view"}

app = Dash(__name__, title="dashclient: router")


def city_button(mode: str, index: int) -> html.Button:
    return html.Button(CITIES[index][0], id={"type": f"city-{mode}", "index": index})


def column(mode: str) -> dmc.Card:
    return dmc.Card([
        dmc.Text(f"{mode} mode", fw=600),
        dmc.Group([dmc.Button(label, id=f"{view}-{mode}", variant="light") for view, label in VIEWS.items()]
                  + [dmc.Button("Reset", id=f"reset-{mode}", variant="subtle")]),
        dmc.Title(id=f"title-{mode}", order=4),
        dmc.Text(id=f"clicks-{mode}", c="dimmed"),
        dmc.Divider(my="sm"),
        dmc.Group(id=f"cities-{mode}", children=[city_button(mode, 0)], gap="xs"),  # the rest are added
        dmc.Text(id=f"city-{mode}"),
        dmc.Text(id=f"population-{mode}", c="dimmed"),
    ], withBorder=True, padding="lg")


app.layout = dmc.MantineProvider(dmc.Container([
    dmc.Title("A router by trigger", order=2),
    dmc.Button(f"Add a city (up to {len(CITIES)})", id="add-city"),
    dmc.SimpleGrid([column("client"), column("server")], cols=2, mt="md"),
], size="md", py="lg"))


@app.callback(Output("cities-client", "children"), Output("cities-server", "children"),
              Input("add-city", "n_clicks"), prevent_initial_call=True)
def add_city(n_clicks: int):
    """A plain Dash callback appending the next city's button to each column (ids with an index)."""
    index = n_clicks  # the first city is in the layout
    patches = []
    for mode in ("client", "server"):
        patch = Patch()
        if index < len(CITIES):
            patch.append(city_button(mode, index))
        patches.append(patch)
    return patches


COUNT = dc.format.number(specifier=",")
POPULATION = dc.format.compact(display="long")

for mode in ("client", "server"):
    views = dc.dispatch.by_trigger(
        outputs=2,
        routes={f"{view}-{mode}": [label, COUNT] for view, label in VIEWS.items()} | {f"reset-{mode}": ["Pick a view", ""]},
        initial=["Pick a view", ""],
    )
    dc.callback(views, Output(f"title-{mode}", "children"), Output(f"clicks-{mode}", "children"),
                *(Input(f"{view}-{mode}", "n_clicks") for view in [*VIEWS, "reset"]), mode=mode, app=app)

    city = {"type": f"city-{mode}"}  # a partial id: any index
    cities = dc.dispatch.by_trigger(
        outputs=2,
        routes=[(city, [dc.dispatch.Lookup([name for name, _ in CITIES]),
                        dc.dispatch.Lookup([f"{POPULATION(people)} people" for _, people in CITIES])])],
        initial=["No city picked", ""],
    )
    dc.callback(cities, Output(f"city-{mode}", "children"), Output(f"population-{mode}", "children"),
                Input({**city, "index": ALL}, "n_clicks"), mode=mode, app=app)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8050)
