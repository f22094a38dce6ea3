"""format_text: the twin of js/figure/text.js, rule for rule and operation for operation.

A formatter's strings written into a Plotly figure as a ``dash.Patch``: each trace's
``customdata`` (and a ``hovertemplate`` showing it), and the tick labels of its axis
(``tickvals``/``ticktext``).
"""

from __future__ import annotations

import json
import math
import re
from typing import Any, Callable, Mapping, Sequence

from dash import no_update

from .._action import Action, as_sent
from .._patch.builder import PatchBuilder
from .._patch.locate import bad, is_dict, is_missing, kind
from .arrays import is_typed_array_spec, values_of
from .ticks import nice_ticks

#: Trace types whose axis Plotly extends to zero.
FROM_ZERO = {"bar", "histogram", "waterfall", "funnel"}
AXIS_ID = re.compile(r"([xy])(\d*)")
WHERE = "dc.figure.format_text"


def _js(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _is_page_ref(value: Any) -> bool:
    return isinstance(value, Mapping) and bool({"$input", "$state"} & set(value))


def formatter_of(action: Mapping[str, Any]) -> Action:
    """The formatter an action-as-data names (ValueError for anything else, or an invalid one)."""
    pattern, _, name = str(action["action"]).partition(".")
    from .. import format as dc_format  # pylint: disable=import-outside-toplevel

    if pattern != "format" or name not in dc_format.__all__:
        raise ValueError(f"{WHERE}: option 'format' must be a dc.format action, got {_js(action['action'])}")
    page = next((option for option, value in action["options"].items() if _is_page_ref(value)), None)
    if page is not None:
        raise ValueError(f"{WHERE}: the formatter's option {_js(page)} is bound to the page; give it a constant")
    return Action.from_json(action)


def _axis_key(field: str, ref: Any) -> str | None:
    """The layout key of a trace's axis: "y" -> "yaxis", "y2" -> "yaxis2"; None for anything else."""
    axis_id = field if ref is None else ref
    match = AXIS_ID.fullmatch(axis_id) if isinstance(axis_id, str) else None
    return f"{field}axis{match.group(2)}" if match and match.group(1) == field else None


def _is_finite_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _tick_json(value: float) -> float | int:
    """A tick as JSON writes it in JS: 20, not 20.0."""
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


def _assign_changed(patch: PatchBuilder, now: Any, location: Sequence[Any], value: Any) -> None:
    """Assign unless the figure holds the value already: an unchanged figure gives no operation."""
    if now != value:
        patch.assign(location, value)


def _dict_or_empty(value: Any) -> Mapping[str, Any]:
    return value if is_dict(value) else {}


def _chosen_traces(data: list, traces: list[int] | None) -> list[int]:
    if traces is None:
        return list(range(len(data)))
    chosen = []
    for t in traces:
        index = len(data) + t if t < 0 else t
        if not 0 <= index < len(data):
            bad(f"traces {_js(traces)}: the figure has {len(data)} traces")
        chosen.append(index)
    return chosen


def _column(value: Any) -> list | None:
    """The values as the browser sees them: a typed array decoded as is (it keeps ±inf and NaN),
    anything else through Dash's encoder (a plain list in a figure sent by Dash has no inf)."""
    values = values_of(value)
    if values is None or is_typed_array_spec(value):
        return values
    return as_sent(values)


def compile_format_text(options: dict) -> Callable[[Any], Any]:
    formatter = formatter_of(options["format"])
    field, traces, hovertemplate = options["field"], options["traces"], options["hovertemplate"]
    ticks, count, tickvals = options["ticks"], options["tick_count"], options["tickvals"]

    def run(figure: Any) -> Any:
        if is_missing(figure):
            return no_update
        if not is_dict(figure):
            bad(f'the value must be a figure (a dict with "data"), got {kind(figure)}')
        data = figure.get("data", [])
        if not isinstance(data, (list, tuple)):
            bad(f"the figure's \"data\" is {kind(data)}, not a list")
        data = list(data)
        patch = PatchBuilder()
        axes: dict[str, dict[str, Any]] = {}
        for t in _chosen_traces(data, traces):
            trace = data[t]
            if not is_dict(trace):
                bad(f"trace {t} is {kind(trace)}, not a dict")
            values = _column(trace.get(field))
            if values is None:
                continue
            _assign_changed(patch, trace.get("customdata"), ["data", t, "customdata"], [formatter(v) for v in values])
            if hovertemplate is not None:
                _assign_changed(patch, trace.get("hovertemplate"), ["data", t, "hovertemplate"], hovertemplate)
            key = _axis_key(field, trace.get(f"{field}axis")) if ticks else None
            if key is None:
                continue
            axis = axes.setdefault(key, {"numbers": [], "zero": False})
            axis["numbers"].extend(v for v in values if _is_finite_number(v))
            axis["zero"] = axis["zero"] or trace.get("type") in FROM_ZERO
        layout = _dict_or_empty(figure.get("layout"))
        for key, axis in axes.items():
            values = tickvals if tickvals is not None else nice_ticks(axis["numbers"], count, axis["zero"])
            if not values:
                continue
            now = _dict_or_empty(layout.get(key))
            _assign_changed(patch, now.get("tickmode"), ["layout", key, "tickmode"], "array")
            _assign_changed(patch, now.get("tickvals"), ["layout", key, "tickvals"], [_tick_json(v) for v in values])
            _assign_changed(patch, now.get("ticktext"), ["layout", key, "ticktext"], [formatter(v) for v in values])
        return patch.build() if patch.count else no_update

    return run
