"""The seed's ``/examples/interactive`` endpoint ("Interactive Components"), ported to dashclient.

One multi-page app in a DMC shell, served under ``/examples/interactive/``: a page per callback
pattern of the seed (single input/output, multiple inputs, multiple outputs, State, pattern
matching with ALL and with MATCH) and per advanced technique (preventing initial calls, circular
callbacks, determining the trigger, loading states, partial updates, validation and None). Each
page runs its callback twice, side by side: in the browser (client mode) and in Python (server
mode), with the same text, and shows its code next to the seed's plain Dash version.

    python examples/interactive/app.py        # http://127.0.0.1:8050/examples/interactive/
"""

from __future__ import annotations

import sys
from pathlib import Path

import dash_mantine_components as dmc
from dash import Dash, Input, Output, dcc, html

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # examples/: the package `interactive`
from interactive.pages import MODES, PAGES, layout, slug  # noqa: E402

PREFIX = "/examples/interactive/"
HOME = "Interactive components"


def home(app: Dash) -> dmc.Stack:
    rows = [dmc.TableTr([
        dmc.TableTd(dmc.Anchor(page.TITLE, href=app.get_relative_path(f"/{slug(page)}"))),
        dmc.TableTd(page.SEED),
        dmc.TableTd(dmc.Code(page.USES)),
    ]) for page in PAGES]
    head = dmc.TableThead(dmc.TableTr([dmc.TableTh(name) for name in ("Page", "Seed section", "dashclient")]))
    return dmc.Stack([
        dmc.Title(HOME, order=2),
        dmc.Text("The seed's callback patterns and advanced techniques, each run twice on its page: in the "
                 "browser (client mode) and in Python (server mode), with the same result. Pick a page:"),
        dmc.Table([head, dmc.TableTbody(rows)], id="home-table", striped=True),
    ])


def navbar(app: Dash) -> list:
    links: list = [dmc.NavLink(label="Overview", href=app.get_relative_path("/"), active="exact", id="nav-home")]
    group = None
    for page in PAGES:
        if page.GROUP != group:
            group = page.GROUP
            links.append(dmc.Text(group, size="xs", fw=700, c="dimmed", mt="sm", px="sm"))
        links.append(dmc.NavLink(label=page.TITLE, href=app.get_relative_path(f"/{slug(page)}"),
                                 active="exact", id=f"nav-{slug(page)}"))
    return links


def create_app() -> Dash:
    """A new app with every page's callbacks registered on it, in both modes (nothing global)."""
    app = Dash(__name__, title="dashclient: interactive components", url_base_pathname=PREFIX,
               assets_folder=str(Path(__file__).resolve().parent / "assets"))
    app.layout = dmc.MantineProvider(dmc.AppShell([
        dcc.Location(id="url"),
        dmc.AppShellHeader(dmc.Group([
            dmc.Title(HOME, order=3),
            dmc.Badge("client and server mode", variant="light"),
        ], h="100%", px="md")),
        dmc.AppShellNavbar(navbar(app), p="xs"),
        dmc.AppShellMain(dmc.Container(html.Div(id="page"), size="lg", py="md")),
    ], header={"height": 56}, navbar={"width": 240, "breakpoint": "sm"}, padding="md"))
    # The router renders one page at a time: Dash checks callback ids against all of them.
    app.validation_layout = html.Div([app.layout, home(app), *[layout(page) for page in PAGES]])  # type: ignore[assignment]

    pages = {slug(page): page for page in PAGES}

    @app.callback(Output("page", "children"), Input("url", "pathname"))
    def route(pathname):
        name = app.strip_relative_path(pathname or PREFIX) or ""
        if not name:
            return home(app)
        page = pages.get(name)
        return layout(page) if page else dmc.Alert(f"No page at {pathname!r}.", title="Not found", color="yellow")

    for page in PAGES:
        for mode in MODES:
            page.register(app, mode)
    return app


app = create_app()

if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8050)
