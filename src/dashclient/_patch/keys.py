"""assign, delete, merge: the twins of js/patch/keys.js."""

from __future__ import annotations

from typing import Any, Callable

from dash import no_update

from .builder import PatchBuilder
from .locate import at, bad, dict_at, fill, fill_path, is_dict, is_known, is_missing, kind

Run = Callable[[Any], Any]


def compile_assign(options: dict) -> Run:
    path, item, current = options["path"], options["item"], options["current"]

    def run(value: Any) -> Any:
        if is_missing(value):
            return no_update
        location = fill_path(path, value)
        if is_known(current):
            at(current, location, new_key=True)
        patch = PatchBuilder()
        patch.assign(location, fill(item, value))
        return patch.build()

    return run


def compile_delete(options: dict) -> Run:
    path, current = options["path"], options["current"]

    def run(value: Any) -> Any:
        if is_missing(value):
            return no_update
        location = fill_path(path, value)
        if is_known(current):
            at(current, location)
        patch = PatchBuilder()
        patch.delete(location)
        return patch.build()

    return run


def compile_merge(options: dict) -> Run:
    path, item, current = options["path"], options["item"], options["current"]

    def run(value: Any) -> Any:
        if is_missing(value):
            return no_update
        location = fill_path(path, value)
        added = fill(item, value)
        # Dash spreads whatever it gets: a string would merge in its characters.
        if not is_dict(added):
            bad(f"the item to merge is {kind(added)}, not a dict")
        if is_known(current):
            dict_at(current, location)
        patch = PatchBuilder()
        patch.merge(location, added)
        return patch.build()

    return run
