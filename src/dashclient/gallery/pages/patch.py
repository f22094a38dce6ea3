"""The patch page: a streaming chart (start/stop, window size, legend toggle) and an editable
list, each driven by dc.patch actions registered twice, client mode and server mode, side by side.
Both columns get the same input and must hold the same value."""

from __future__ import annotations

import dash_mantine_components as dmc
from dash import Dash

from .._patterns import BY_NAME
from . import _patch_list, _patch_stream

PATTERN = BY_NAME["patch"]


def layout() -> dmc.Stack:
    return dmc.Stack([
        dmc.Title(PATTERN.title, order=2),
        dmc.Text(PATTERN.summary),
        dmc.Text("Every action binds current=State(output id, prop): paths, indices and types are checked "
                 "against it before a Patch is built, and bad input gives no_update and one console warning.",
                 size="sm", c="dimmed"),
        _patch_stream.layout(),
        _patch_list.layout(),
    ], gap="md")


def register_callbacks(app: Dash) -> None:
    _patch_stream.register_callbacks(app)
    _patch_list.register_callbacks(app)
