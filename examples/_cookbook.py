"""The page frame of the advanced-callbacks cookbook (examples/cookbook_*.py): one card per seed
section, the shared controls on top, then a client-mode column and a server-mode column whose
outputs have ids ``<stem>-client`` and ``<stem>-server``. Not an app itself."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import dash_mantine_components as dmc
from dash import Dash

MODES = ("client", "server")
ASSETS = str(Path(__file__).parent / "assets")  # cookbook.js: the JS halves of the @dc.action twins


def new_app(title: str) -> Dash:
    return Dash(__name__, title=f"dashclient cookbook: {title}", assets_folder=ASSETS)


def section(title: str, note: str, controls: Any, column: Callable[[str], list]) -> dmc.Paper:
    """A seed section: its title, what ports it (a dashclient pattern, or "plain Dash"), the shared
    controls, and ``column(mode)`` once per mode."""
    return dmc.Paper([
        dmc.Title(title, order=4),
        dmc.Text(note, size="sm", c="dimmed", mb="xs"),
        controls,
        dmc.SimpleGrid([dmc.Stack([dmc.Badge(f"{mode} mode", variant="light"), *column(mode)], gap=4)
                        for mode in MODES], cols=2, mt="sm"),
    ], withBorder=True, p="md", mt="md")


def page(app: Dash, title: str, intro: str, *sections: Any) -> None:
    app.layout = dmc.MantineProvider(dmc.Container(
        [dmc.Title(title, order=2), dmc.Text(intro), *sections], size="lg", py="lg"))


def out(stem: str, mode: str, **props: Any) -> dmc.Text:
    """An output of one column: ``<stem>-<mode>``."""
    return dmc.Text(id=f"{stem}-{mode}", **props)
