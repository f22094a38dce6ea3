"""The fetch page: a search box querying a local JSON endpoint, in client mode and server mode side
by side, each with a dash-mantine-components loader and an error display.

The same ``dc.fetch.json`` action, bound per column only by its targets, is registered twice:
client mode fetches from the browser, server mode from Python (httpx, the app answering its own
origin in-process). The "answer" control picks the endpoint the URL template points at, through a
page-bound option (``url=Input(...)``), so every outcome can be seen: slow (the loader), failing,
too slow (timeout), invalid JSON, over max_bytes, outside the allow list.
"""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import ClientsideFunction, Dash, Input, Output

import dashclient as dc

from .._patterns import BY_NAME
from ._fetch_api import PREFIX, TOO_SLOW_SECONDS, add_routes

PATTERN = BY_NAME["fetch"]
MODES = {"client": "JS in the browser (fetch)", "server": "Python twin (httpx)"}
TIMEOUT_MS = 3000
MAX_BYTES = 50_000
GALLERY_NAMESPACE = "dashclient_gallery"  # assets/gallery.js

# What the "answer" control offers: a label and the URL template the fetch uses.
ANSWERS = (
    ("search", f"{PREFIX}/search?q={{0}}"),
    ("slow (1.5 s)", f"{PREFIX}/slow?q={{0}}"),
    (f"too slow ({TOO_SLOW_SECONDS} s)", f"{PREFIX}/too-slow?q={{0}}"),
    ("HTTP 500", f"{PREFIX}/failing?q={{0}}"),
    ("invalid JSON", f"{PREFIX}/invalid?q={{0}}"),
    ("over max_bytes", f"{PREFIX}/too-large?q={{0}}"),
    ("outside the allow list", "https://example.com/search?q={0}"),
)
LOADER_VALUES = {"loading": True, "ok": False, "error": False, "idle": False}

CODE = f"""\
search = dc.fetch.json(
    url=Input("fetch-endpoint", "value"),          # a template: {{0}} is the query, URL-encoded
    timeout_ms={TIMEOUT_MS}, max_bytes={MAX_BYTES},           # allow: the app's own origin (default)
    error="fetch-error-client",                                    # set_props target: the message
    status={{"id": "fetch-loading-client", "property": "visible"}},  # drives dmc.LoadingOverlay
    status_values={LOADER_VALUES},
)
dc.callback(search, Output("fetch-table-client", "data"), Input("fetch-query", "value"))
dc.callback(search_s, Output("fetch-table-server", "data"), Input("fetch-query", "value"), mode="server")"""


def action(mode: str):
    """The page's fetch for one column: only its targets differ."""
    return dc.fetch.json(
        url=Input("fetch-endpoint", "value"),
        timeout_ms=TIMEOUT_MS,
        max_bytes=MAX_BYTES,
        error=f"fetch-error-{mode}",
        status={"id": f"fetch-loading-{mode}", "property": "visible"},
        status_values=LOADER_VALUES,
    )


def _column(mode: str, caption: str) -> dmc.Paper:
    return dmc.Paper(
        dmc.Stack([
            dmc.Group([dmc.Text(f"{mode.capitalize()} mode", fw=600), dmc.Text(caption, size="sm", c="dimmed")],
                      justify="space-between"),
            dmc.Box([
                dmc.LoadingOverlay(id=f"fetch-loading-{mode}", visible=False, overlayProps={"blur": 1}),
                dmc.Table(id=f"fetch-table-{mode}", striped=True, highlightOnHover=True, captionSide="bottom",
                          mih=120),
            ], pos="relative"),
            dmc.Text(id=f"fetch-error-{mode}", c="red", size="sm", className="gallery-error"),
        ], gap="xs"),
        withBorder=True, p="md",
    )


def layout() -> dmc.Stack:
    return dmc.Stack([
        dmc.Title(PATTERN.title, order=2),
        dmc.Text(PATTERN.summary),
        dmc.Paper(dmc.SimpleGrid([
            dmc.TextInput(id="fetch-query", label="search", value="", placeholder="apple, berry, ...",
                          description="every keystroke fetches; a newer one aborts the one in flight"),
            dmc.Select(id="fetch-endpoint", label="answer", value=ANSWERS[0][1], allowDeselect=False,
                       data=[{"label": label, "value": url} for label, url in ANSWERS],
                       description=f"timeout {TIMEOUT_MS} ms, max_bytes {MAX_BYTES:,}"),
        ], cols=2), withBorder=True, p="md"),
        dmc.SimpleGrid([_column(mode, caption) for mode, caption in MODES.items()], cols=2),
        dmc.Group([dmc.Text("client vs server:", size="sm"), dmc.Badge(id="fetch-match", color="gray")]),
        dmc.Text("Python", fw=600, size="sm"),
        dmc.Code(CODE, block=True, id="fetch-code"),
    ], gap="md")


def register_callbacks(app: Dash) -> None:
    add_routes(app.server)
    for mode in MODES:
        dc.callback(action(mode), Output(f"fetch-table-{mode}", "data"), Input("fetch-query", "value"),
                    app=app, mode=mode)
    app.clientside_callback(
        ClientsideFunction(GALLERY_NAMESPACE, "compare_data"),
        Output("fetch-match", "children"),
        Output("fetch-match", "color"),
        Input("fetch-table-client", "data"),
        Input("fetch-table-server", "data"),
        Input("fetch-error-client", "children"),
        Input("fetch-error-server", "children"),
    )
