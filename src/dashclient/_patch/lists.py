"""append, prepend, insert, remove: the twins of js/patch/lists.js."""

from __future__ import annotations

from typing import Any, Callable

from dash import no_update

from .builder import PatchBuilder
from .locate import bad, fill, fill_path, is_known, is_missing, list_at, require_current, to_json
from .window import add_at_end, add_at_start

Run = Callable[[Any], Any]


def _add_at_one_end(name: str) -> Callable[[dict], Run]:
    where = f"dc.patch.{name}"

    def compile_(options: dict) -> Run:
        path, item, limit, current = options["path"], options["item"], options["max_length"], options["current"]
        if limit is not None:
            require_current(where, "option 'max_length'", current)

        def run(value: Any) -> Any:
            if is_missing(value):
                return no_update
            location = fill_path(path, value)
            added = fill(item, value)
            patch = PatchBuilder()
            if not is_known(current):
                (patch.append if name == "append" else patch.prepend)(location, added)
                return patch.build()
            items = list_at(current, location)
            if name == "append":
                add_at_end(patch, location, items, [added], limit, "append")
            else:
                add_at_start(patch, location, items, added, limit)
            return patch.build()

        return run

    return compile_


compile_append = _add_at_one_end("append")
compile_prepend = _add_at_one_end("prepend")


def compile_insert(options: dict) -> Run:
    path, index, item, current = options["path"], options["index"], options["item"], options["current"]

    def run(value: Any) -> Any:
        if is_missing(value):
            return no_update
        location = fill_path(path, value)
        if is_known(current):
            n = len(list_at(current, location))
            # Dash resolves a negative index against the length; past either end it would append.
            if index < -n or index > n:
                bad(f"path {to_json(location)}: index {index} is out of range for inserting into a list of {n}")
        patch = PatchBuilder()
        patch.insert(location, index, fill(item, value))
        return patch.build()

    return run


def compile_remove(options: dict) -> Run:
    path, item, current = options["path"], options["item"], options["current"]

    def run(value: Any) -> Any:
        if is_missing(value):
            return no_update
        location = fill_path(path, value)
        if is_known(current):
            list_at(current, location)
        patch = PatchBuilder()
        patch.remove(location, fill(item, value))
        return patch.build()

    return run
