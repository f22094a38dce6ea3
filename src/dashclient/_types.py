"""Domain option types, the twins of each pattern module's TYPES in js/ (js/format/options.js,
js/keys/types.js).

Each checker takes ``(value, schema)`` and returns the normalised value or raises
``_schema.Mismatch``. ``tests/unit/test_spec.py`` checks that Python knows exactly the types
spec.json lists.
"""

from __future__ import annotations

from typing import Any, Mapping

from . import _spec
from ._fetch.options import TYPES as FETCH_TYPES
from ._format import d3
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
}
