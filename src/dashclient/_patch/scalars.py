"""toggle, increment: the twins of js/patch/scalars.js."""

from __future__ import annotations

from typing import Any, Callable

from dash import no_update

from .builder import PatchBuilder
from .locate import at, bad, fill_path, is_known, is_missing, is_number, kind, require_current, to_json

Run = Callable[[Any], Any]


def compile_toggle(options: dict) -> Run:
    path, absent, current = options["path"], options["default"], options["current"]
    require_current("dc.patch.toggle", "toggling", current)

    def run(value: Any) -> Any:
        if is_missing(value):
            return no_update
        location = fill_path(path, value)
        exists, found = at(current, location, new_key=absent is not None)
        now = found if exists else absent
        if not isinstance(now, bool):
            bad(f"path {to_json(location)}: the target is {kind(now)}, not a boolean")
        patch = PatchBuilder()
        patch.assign(location, not now)
        return patch.build()

    return run


def compile_increment(options: dict) -> Run:
    path, by, current = options["path"], options["by"], options["current"]

    def run(value: Any) -> Any:
        if is_missing(value):
            return no_update
        location = fill_path(path, value)
        if is_known(current):
            _, now = at(current, location)
            if not is_number(now):
                bad(f"path {to_json(location)}: the target is {kind(now)}, not a number")
        patch = PatchBuilder()
        patch.add(location, by)
        return patch.build()

    return run
