"""The home page: the patterns, and what client and server mode mean."""

from __future__ import annotations

from typing import Mapping

import dash_mantine_components as dmc

from .pages import Page

MODES_CODE = """\
price = dc.format.currency(currency="EUR", locale="de-DE")   # options bound and validated now

dc.callback(price, Output("price", "children"), Input("amount", "value"))                  # client
dc.callback(price, Output("price-s", "children"), Input("amount", "value"), mode="server")  # server"""


def _pattern_card(path: str, page: Page, href: str) -> dmc.Paper:
    pattern = page.pattern
    status = dmc.Badge("live", color="green") if page.built else dmc.Badge("coming", color="gray", variant="light")
    return dmc.Paper(
        dmc.Stack([
            dmc.Group([dmc.Anchor(dmc.Title(pattern.title, order=4), href=href), status], justify="space-between"),
            dmc.Code(pattern.api_text),
            dmc.Text(pattern.summary, size="sm"),
        ], gap="xs"),
        withBorder=True, p="md", id=f"home-{pattern.name}",
    )


def home_layout(pages: Mapping[str, Page], href_of) -> dmc.Stack:
    return dmc.Stack([
        dmc.Title("dashclient gallery", order=2),
        dmc.Text(
            "Every pattern of dashclient is a JavaScript function served to every Dash app, with a Python "
            "twin that gives the same result. Each page runs both, side by side, on the same input."
        ),
        dmc.Title("Client mode and server mode", order=3),
        dmc.Text(
            "Client mode (the default) registers the action as a clientside callback: the JS function runs "
            "in the browser, with no round trip to the server, and the options travel as data so it works "
            "under a strict Content-Security-Policy. Server mode registers a normal Dash callback that runs "
            "the Python twin: use it where the result must come from the server (tests, exports, "
            "environments without JS) or to compare. DASHCLIENT_MODE=server|client sets the default for a "
            "whole process."
        ),
        dmc.Code(MODES_CODE, block=True),
        dmc.Title("Patterns", order=3),
        dmc.SimpleGrid([_pattern_card(path, page, href_of(path)) for path, page in pages.items()], cols={"base": 1, "sm": 2}),
    ], gap="md")
