"""extend_traces: the twin of js/patch/traces.js (dcc.Graph extendData as a Patch).

The value is one list of new points per trace, under each attribute::

    {"x": [[4, 5], [4]], "y": [[0.1, 0.2], [7]]}     # traces [0, 1] (or the ``traces`` option)
"""

from __future__ import annotations

import copy
from typing import Any, Callable

from dash import no_update

from .builder import PatchBuilder
from .locate import (at, bad, dict_at, fill_path, is_dict, is_known, is_list, is_missing, kind, list_at,
                     require_current, to_json)
from .window import add_at_end

Run = Callable[[Any], Any]

SHAPE = 'the update must be a dict of lists of points, one list per trace, e.g. {"x": [[1], [2]], "y": [[3], [4]]}'


def _columns(value: Any) -> list[tuple[str, list]]:
    """The update's columns, checked: attribute -> one list of points per trace."""
    if not is_dict(value) or not value:
        bad(f"{SHAPE}; got {kind(value)}")
    columns = list(value.items())
    first_key, first = columns[0]
    for key, lists in columns:
        if not is_list(lists) or not all(is_list(points) for points in lists):
            bad(f"{SHAPE}; {to_json(key)} holds {kind(lists)} that is not a list of lists")
        if len(lists) != len(first):
            bad(f"{SHAPE}; {to_json(key)} has {len(lists)} lists, {to_json(first_key)} {len(first)}")
    return columns


def compile_extend_traces(options: dict) -> Run:
    path, traces, limit, current = options["path"], options["traces"], options["max_points"], options["current"]
    if limit is not None:
        require_current("dc.patch.extend_traces", "option 'max_points'", current)

    def run(value: Any) -> Any:
        if is_missing(value):
            return no_update
        columns = _columns(value)
        count = len(columns[0][1])
        indices = list(range(count)) if traces is None else traces
        if len(indices) != count:
            bad(f"{SHAPE}; it has {count} lists per attribute for {len(indices)} traces {to_json(indices)}")
        figure = fill_path(path, value)
        known = is_known(current)
        if known:
            dict_at(current, figure)
            n = len(list_at(current, [*figure, "data"]))
            resolved = [n + t if t < 0 else t for t in indices]
            if len(set(resolved)) != len(resolved):
                bad(f"traces {to_json(indices)} name one trace twice in a figure of {n}")
        patch = PatchBuilder()
        for i, t in enumerate(indices):
            trace = [*figure, "data", t]
            if known and not is_dict(at(current, trace)[1]):
                bad(f"path {to_json(trace)}: the trace is {kind(at(current, trace)[1])}, not a dict")
            for key, lists in columns:
                points = lists[i]
                if not points and not (known and limit is not None):
                    continue  # no points: nothing to add (but a window that shrank still trims)
                location = [*trace, key]
                fresh = [copy.deepcopy(p) for p in points]
                if known:
                    add_at_end(patch, location, list_at(current, location), fresh, limit, "extend")
                else:
                    patch.extend(location, fresh)
        return patch.build() if patch.count else no_update

    return run
