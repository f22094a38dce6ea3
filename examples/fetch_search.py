"""A search box querying a local JSON endpoint, in client mode and in server mode.

The endpoint (``/api/cities``) is a route on this app's own Flask server; it answers with the data
of a ``dmc.Table``, so ``dc.fetch.json`` writes it straight into the table. Each column has a
dash-mantine-components loader (``LoadingOverlay.visible``, driven by the fetch's status) and an
error display (the fetch's error message). Tick "slow" to see the loader and latest-wins (type
fast: older answers never overwrite newer ones), "failing" to see the error and the table kept.

    python examples/fetch_search.py        # http://127.0.0.1:8050
"""

from __future__ import annotations

import time

import dash_mantine_components as dmc
from dash import Dash, Input, Output
from flask import request

import dashclient as dc

CITIES = (
    ("Tokyo", "Japan", 37.1), ("Delhi", "India", 33.8), ("Shanghai", "China", 29.9), ("Dhaka", "Bangladesh", 23.9),
    ("São Paulo", "Brazil", 22.8), ("Cairo", "Egypt", 22.6), ("Mexico City", "Mexico", 22.5),
    ("Beijing", "China", 22.2), ("Mumbai", "India", 21.7), ("Osaka", "Japan", 19.0), ("Chongqing", "China", 17.8),
    ("Karachi", "Pakistan", 17.6), ("Kinshasa", "DR Congo", 17.0), ("Lagos", "Nigeria", 16.5),
    ("Istanbul", "Türkiye", 15.9), ("Buenos Aires", "Argentina", 15.6), ("Kolkata", "India", 15.5),
    ("Manila", "Philippines", 14.9), ("Guangzhou", "China", 14.6), ("Lahore", "Pakistan", 14.4),
)

app = Dash(__name__, title="dashclient: fetch search")


@app.server.route("/api/cities")
def cities():
    """Cities whose name or country contains ``q``; ``slow=1`` waits 1.2 s, ``fail=1`` answers 500."""
    if request.args.get("slow") == "true":
        time.sleep(1.2)
    if request.args.get("fail") == "true":
        return {"error": "the city index is down"}, 500
    needle = request.args.get("q", "").strip().lower()
    rows = [[name, country, f"{people:.1f} M"] for name, country, people in CITIES
            if needle in name.lower() or needle in country.lower()]
    return {"head": ["city", "country", "people"], "body": rows, "caption": f"{len(rows)} of {len(CITIES)}"}


def search(mode: str):
    """One fetch per column (only its targets differ): the query and the two switches fill the URL."""
    return dc.fetch.json(
        url="/api/cities?q={0}&slow={1}&fail={2}",
        timeout_ms=5000,
        error=f"error-{mode}",
        status={"id": f"loading-{mode}", "property": "visible"},
        status_values={"loading": True, "ok": False, "error": False, "idle": False},
    )


def column(mode: str) -> dmc.Paper:
    return dmc.Paper(dmc.Stack([
        dmc.Text(f"{mode} mode", fw=600),
        dmc.Box([dmc.LoadingOverlay(id=f"loading-{mode}", visible=False),
                 dmc.Table(id=f"results-{mode}", striped=True, captionSide="bottom", mih=100)], pos="relative"),
        dmc.Text(id=f"error-{mode}", c="red", size="sm"),
    ], gap="xs"), withBorder=True, p="md")


app.layout = dmc.MantineProvider(dmc.Container([
    dmc.Title("City search", order=2),
    dmc.Text("dc.fetch.json on a local JSON endpoint, from the browser (client) and from Python (server)."),
    dmc.Group([
        dmc.TextInput(id="query", label="search", value="", placeholder="city or country", w=280),
        dmc.Switch(id="slow", label="slow", checked=False),
        dmc.Switch(id="fail", label="failing", checked=False),
    ], align="end"),
    dmc.SimpleGrid([column("client"), column("server")], cols=2, mt="md"),
], size="lg", py="lg"))

for mode in ("client", "server"):
    dc.callback(search(mode), Output(f"results-{mode}", "data"),
                Input("query", "value"), Input("slow", "checked"), Input("fail", "checked"), app=app, mode=mode)


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8050)
