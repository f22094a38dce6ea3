"""The pages, one module per seed pattern, in the order the navbar lists them.

A page module holds: ``TITLE``, ``GROUP`` (the navbar section), ``SEED`` (the seed section it
ports), ``USES`` (the dashclient pattern), ``INTRO``, ``SEED_CODE`` (the seed's plain Dash
code), ``JS`` (its section of assets/interactive.js) or ``JS_NOTE`` (a built-in function),
``panel(mode)`` (the components of one column, ids ``<page>-<mode>-<name>``) and
``register(app, mode)``; the code between its ``# -- shown --`` markers is what the page shows.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path
from types import ModuleType

import dash_mantine_components as dmc

from . import (
    circular,
    loading,
    multiple_inputs,
    multiple_outputs,
    partial,
    pattern_all,
    pattern_match,
    prevent_initial,
    single,
    state,
    trigger,
    validation,
)

PAGES: tuple[ModuleType, ...] = (
    single, multiple_inputs, multiple_outputs, state, pattern_all, pattern_match,
    prevent_initial, circular, trigger, loading, partial, validation,
)
MODES = ("client", "server")
ASSETS = Path(__file__).resolve().parents[1] / "assets"


def slug(page: ModuleType) -> str:
    """The page's name, as in its ids and in its path (``/examples/interactive/<slug>``)."""
    return page.__name__.rsplit(".", 1)[-1]


def shown_python(page: ModuleType) -> str:
    """The code between the module's ``# -- shown --`` markers."""
    text = Path(page.__file__).read_text(encoding="utf-8")
    return text.split("# -- shown --\n", 1)[1].split("# -- end shown --", 1)[0].strip()


def shown_js(page: ModuleType) -> str:
    """The page's section of assets/interactive.js (from its ``// -- <slug>:`` comment to the next)."""
    if not getattr(page, "JS", None):
        return page.JS_NOTE
    text = (ASSETS / "interactive.js").read_text(encoding="utf-8")
    match = re.search(rf"^ *// -- {page.JS}:.*?\n(.*?)(?=^ *// -- |^  \}}\);)", text, re.S | re.M)
    return textwrap.dedent(match.group(1)).rstrip() if match else f"(no section {page.JS!r} in assets/interactive.js)"


def column(page: ModuleType, mode: str) -> dmc.Card:
    where = "in the browser: no request" if mode == "client" else "in Python: a server round trip"
    return dmc.Card([
        dmc.Group([dmc.Text(f"{mode} mode", fw=700), dmc.Badge(where, variant="light",
                                                             color="teal" if mode == "client" else "blue")]),
        dmc.Stack(page.panel(mode), gap="sm", mt="sm"),
    ], withBorder=True, padding="md", id=f"{slug(page)}-{mode}")


def layout(page: ModuleType) -> dmc.Stack:
    """A page: what it ports, the two modes side by side, and the code (a tab each)."""
    js_label = "JavaScript twin" if getattr(page, "JS", None) else "JavaScript (built in)"
    return dmc.Stack([
        dmc.Title(page.TITLE, order=2),
        dmc.Text(["Seed: ", dmc.Text(page.SEED, span=True, fs="italic")], c="dimmed", size="sm"),
        dmc.Text(["dashclient: ", dmc.Code(page.USES)], size="sm"),
        dmc.Text(page.INTRO),
        dmc.SimpleGrid([column(page, mode) for mode in MODES], cols={"base": 1, "sm": 2}),
        dmc.Tabs([
            dmc.TabsList([
                dmc.TabsTab("dashclient (Python)", value="python"),
                dmc.TabsTab(js_label, value="js"),
                dmc.TabsTab("The seed's plain Dash", value="seed"),
            ]),
            dmc.TabsPanel(dmc.Code(shown_python(page), block=True, id=f"{slug(page)}-code-python"), value="python", pt="xs"),
            dmc.TabsPanel(dmc.Code(shown_js(page), block=True, id=f"{slug(page)}-code-js"), value="js", pt="xs"),
            dmc.TabsPanel(dmc.Code(page.SEED_CODE, block=True, id=f"{slug(page)}-code-seed"), value="seed", pt="xs"),
        ], value="python", id=f"{slug(page)}-code"),
    ], gap="md")
