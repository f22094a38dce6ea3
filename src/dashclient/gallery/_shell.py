"""The frame around every page: header, a NavLink per pattern, and the router that fills the main area."""

from __future__ import annotations

from typing import Mapping

import dash_mantine_components as dmc
from dash import ClientsideFunction, Dash, Input, Output, State, dcc, html

from .._spec import version
from ._home import home_layout
from .pages import Page

HOME = "/"
GALLERY_NAMESPACE = "dashclient_gallery"  # assets/gallery.js
NAV_WIDTH = 220
HEADER_HEIGHT = 56


def _nav(app: Dash, pages: Mapping[str, Page]) -> list:
    links = [dmc.NavLink(label="Home", href=app.get_relative_path(HOME), active="exact", id="nav-home")]
    for path, page in pages.items():
        links.append(dmc.NavLink(
            label=page.pattern.title,
            description=page.pattern.nav_text,
            href=app.get_relative_path(path),
            active="exact",
            rightSection=None if page.built else dmc.Badge("coming", size="xs", color="gray", variant="light"),
            id=f"nav-{page.pattern.name}",
        ))
    return links


def shell_layout(app: Dash, pages: Mapping[str, Page]) -> dmc.MantineProvider:
    return dmc.MantineProvider(
        dmc.AppShell(
            [
                dcc.Location(id="url"),
                dmc.AppShellHeader(
                    dmc.Group([
                        # Below the navbar's breakpoint the nav folds away behind this burger.
                        dmc.Burger(id="nav-burger", size="sm", hiddenFrom="sm", opened=False),
                        dmc.Title("dashclient gallery", order=3),
                        dmc.Badge(f"v{version()}", variant="light"),
                    ], h="100%", px="md", wrap="nowrap"),
                ),
                dmc.AppShellNavbar(_nav(app, pages), p="xs"),
                dmc.AppShellMain(dmc.Container(html.Div(id="page"), size="lg", py="md")),
            ],
            header={"height": HEADER_HEIGHT},
            navbar={"width": NAV_WIDTH, "breakpoint": "sm", "collapsed": {"mobile": True}},
            id="shell",
            padding="md",
        ),
    )


def not_found(pathname: str) -> dmc.Alert:
    return dmc.Alert(f"No gallery page at {pathname!r}.", title="Not found", color="yellow", id="page-not-found")


def register_nav_toggle(app: Dash) -> None:
    """The burger opens and closes the nav on narrow screens; following a link closes it."""
    app.clientside_callback(
        ClientsideFunction(GALLERY_NAMESPACE, "toggle_nav"),
        Output("shell", "navbar"),
        Output("nav-burger", "opened"),
        Input("nav-burger", "opened"),
        Input("url", "pathname"),
        State("shell", "navbar"),
        prevent_initial_call=True,
    )


def register_router(app: Dash, pages: Mapping[str, Page]) -> None:
    @app.callback(Output("page", "children"), Input("url", "pathname"))
    def show_page(pathname: str | None):
        # strip_relative_path("/app/format/") -> "format"; works under any requests_pathname_prefix.
        path = "/" + (app.strip_relative_path(pathname or HOME) or "")
        if path == HOME:
            return home_layout(pages, app.get_relative_path)
        page = pages.get(path)
        return page.layout() if page else not_found(pathname or HOME)
