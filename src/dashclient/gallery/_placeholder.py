"""The page a pattern shows until its gallery page is written."""

from __future__ import annotations

import dash_mantine_components as dmc

from ._patterns import Pattern


def coming_layout(pattern: Pattern) -> dmc.Stack:
    return dmc.Stack(
        [
            dmc.Group([dmc.Title(pattern.title, order=2), dmc.Badge("coming", color="gray", variant="light")]),
            dmc.Text(pattern.summary),
            dmc.Alert(
                [
                    "This page is not built yet. When it is, it will run ",
                    dmc.Code(f"dc.{pattern.name}"),
                    " in client mode and server mode side by side, like the Format page.",
                ],
                title="Coming",
                color="gray",
                id=f"{pattern.name}-coming",
            ),
        ],
        gap="md",
    )
