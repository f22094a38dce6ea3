"""Python route tables as the JSON data both halves read: what the option checkers of
``dc.dispatch.by_trigger`` do with ``routes``, ``default`` and ``initial`` before validation.

``no_update`` becomes ``{"$op": "no_update"}``, an operation its ``to_json()``, an action
``{"$op": "action", **action.to_json()}``, tuples become lists and wildcards in dict keys
``["ALL"]``. Anything else is left as it is for the table's checks (table.py) to name.
"""

from __future__ import annotations

from typing import Any, Mapping

from dash import no_update

from .operations import Operation, id_json


def _special(value: Any) -> dict | None:
    from .._action import Action  # pylint: disable=import-outside-toplevel  (_action reads _types, which reads this)

    if isinstance(value, type(no_update)):
        return {"$op": "no_update"}
    if isinstance(value, Operation):
        return value.to_json()
    if isinstance(value, Action):
        # to_json writes page-bound options with their wildcards as Dash does (["MATCH"]).
        return {"$op": "action", **value.to_json()}
    return None


def slot_data(value: Any, plain: bool = False) -> Any:
    """One output's value (``plain``: a constant's inside, where operations are not read)."""
    special = None if plain else _special(value)
    if special is not None:
        return special
    if isinstance(value, (list, tuple)):
        return [slot_data(item, plain=True) for item in value]
    if isinstance(value, Mapping):
        return {key: slot_data(item, plain=True) for key, item in value.items()}
    return value


def value_data(value: Any) -> Any:
    """A route value: one slot, or a list whose items may be slots (one per output)."""
    special = _special(value)
    if special is not None:
        return special
    if isinstance(value, (list, tuple)):
        return [slot_data(item) for item in value]
    return slot_data(value)


def key_data(key: Any) -> Any:
    return id_json(dict(key)) if isinstance(key, Mapping) else key


def routes_data(routes: Any) -> list | None:
    """``{id: value}`` or ``[(key, value), ...]`` as ``[[key, value], ...]``; None when it is neither."""
    if isinstance(routes, Mapping):
        return [[key_data(key), value_data(value)] for key, value in routes.items()]
    if isinstance(routes, (list, tuple)):
        return [[key_data(pair[0]), value_data(pair[1])] if isinstance(pair, (list, tuple)) and len(pair) == 2 else pair
                for pair in routes]
    return None


def check_routes(value: Any, _schema: Mapping[str, Any]) -> list:
    """The ``dispatch_routes`` option type: a route table as data (table.py checks the rest)."""
    from .._schema import Mismatch  # pylint: disable=import-outside-toplevel

    data = routes_data(value)
    if data is None:
        raise Mismatch
    return data


def check_value(value: Any, _schema: Mapping[str, Any]) -> Any:
    """The ``dispatch_value`` option type: a route value as data (table.py checks the rest)."""
    from .._schema import Mismatch  # pylint: disable=import-outside-toplevel

    data = value_data(value)
    if callable(data):
        raise Mismatch
    return data
