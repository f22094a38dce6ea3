"""Domain option types, the twins of each pattern module's TYPES in js/ (js/format/options.js,
js/keys/types.js, js/patch/options.js, js/figure.js).

Each checker takes ``(value, schema)`` and returns the normalised value or raises
``_schema.Mismatch``. ``tests/unit/test_spec.py`` checks that Python knows exactly the types
spec.json lists.
"""

from __future__ import annotations

import json
import math
from typing import Any, Callable, Mapping

from plotly.io.json import to_json_plotly

from . import _spec
from ._fetch.options import TYPES as FETCH_TYPES
from ._dispatch.data import check_routes, check_value
from ._format import d3
from ._format import locale_data
from ._format.options import check_locale, check_time_zone
from ._format.values import to_epoch_ms
from ._keys.types import check_action, check_component_id, check_dependencies
from ._schema import Checker, Mismatch


def _through(check) -> Checker:
    """A format checker ``(where, options, option)`` that raises ValueError, as a type checker."""

    def checker(value: Any, _schema: Mapping[str, Any]) -> Any:
        options = {"value": value}
        try:
            check("", options, "value")
        except ValueError:
            raise Mismatch from None
        return options["value"]

    return checker


def _currency(value: Any, _schema: Mapping[str, Any]) -> str:
    code = value.upper() if isinstance(value, str) else ""
    if code not in _spec.currencies():
        raise Mismatch
    return code


def _d3_specifier(value: Any, _schema: Mapping[str, Any]) -> str:
    try:
        d3.parse_specifier(value)
    except ValueError:
        raise Mismatch from None
    return value


def _moment(value: Any, _schema: Mapping[str, Any]) -> Any:
    if to_epoch_ms(value) is None:
        raise Mismatch
    return value


def _key(key: Any) -> str | int:
    if isinstance(key, str):
        return key
    if isinstance(key, bool) or not isinstance(key, (int, float)) or not float(key).is_integer():
        raise Mismatch
    return int(key)  # JS has one number type: 2.0 is the index 2 there


def _path(value: Any, non_empty: bool) -> list:
    if not isinstance(value, (list, tuple)) or (non_empty and not value):
        raise Mismatch
    return [_key(key) for key in value]


def _patch_path(value: Any, _schema: Mapping[str, Any]) -> list:
    return _path(value, non_empty=False)


def _patch_key_path(value: Any, _schema: Mapping[str, Any]) -> list:
    return _path(value, non_empty=True)


def _patch_item(value: Any, _schema: Mapping[str, Any]) -> Any:
    """Any JSON value; Dash components (and anything else Dash can send) become their JSON, so the
    item reaches the browser in the bound name and both halves hold the same data."""
    if callable(value):
        raise Mismatch
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    try:
        return json.loads(to_json_plotly(value))
    except (TypeError, ValueError):
        raise Mismatch from None


def _patch_current(value: Any, _schema: Mapping[str, Any]) -> Any:
    # O(1): the value may be a 100k-point figure, checked on every call.
    if value is None or callable(value):
        raise Mismatch
    return value


def _trace_indices(value: Any, _schema: Mapping[str, Any]) -> list[int]:
    if not isinstance(value, (list, tuple)) or not value:
        raise Mismatch
    indices = [_key(i) for i in value]
    if any(isinstance(i, str) for i in indices) or len(set(indices)) != len(indices):
        raise Mismatch
    return indices  # type: ignore[return-value]


def _number_list(value: Any, _schema: Mapping[str, Any]) -> list:
    # js/figure.js number_list: finite numbers (booleans are not numbers in JS)
    if not isinstance(value, (list, tuple)) or not all(
            isinstance(n, (int, float)) and not isinstance(n, bool) and math.isfinite(n) for n in value):
        raise Mismatch
    return list(value)


DOMAIN_TYPES: dict[str, Checker] = {
    "locale": _through(check_locale),
    "currency": _currency,
    "time_zone": _through(check_time_zone),
    "d3_specifier": _d3_specifier,
    "moment": _moment,
    "component_id": check_component_id,
    "dependencies": check_dependencies,
    "action": check_action,
    **FETCH_TYPES,
    "patch_path": _patch_path,
    "patch_key_path": _patch_key_path,
    "patch_item": _patch_item,
    "patch_current": _patch_current,
    "trace_indices": _trace_indices,
    "dispatch_routes": check_routes,
    "dispatch_value": check_value,
    "number_list": _number_list,
}


def _reliable(tag: Any, service: str, section: str) -> bool:
    found = locale_data.locale(tag, service) if isinstance(tag, str) else None
    return found is None or locale_data.reliable(found, section)


def _currency_names(options: Mapping[str, Any]) -> bool:
    """Currency text appears for currency(), and for number() with a "$" in its specifier."""
    specifier = options.get("specifier")
    return (isinstance(specifier, str) and "$" not in specifier) or _reliable(options.get("locale"), "number", "currencies")


def _zone_names(options: Mapping[str, Any]) -> bool:
    return options.get("time_style") not in ("long", "full") or _reliable(options.get("locale"), "date", "zones")


def _twin_calendar(options: Mapping[str, Any]) -> bool:
    found = locale_data.locale(options.get("locale"), "date") if isinstance(options.get("locale"), str) else None
    return found is None or (found.calendar in locale_data.CALENDARS and locale_data.reliable(found, "calendars"))


#: Cross-option checks, the twins of js/format/options.js CHECKS: True when the options hold together.
DOMAIN_CHECKS: dict[str, Callable[[Mapping[str, Any]], bool]] = {
    "currency_names": _currency_names,
    "zone_names": _zone_names,
    "twin_calendar": _twin_calendar,
}
