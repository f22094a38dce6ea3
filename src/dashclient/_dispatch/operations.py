"""Route values that are operations, as Python objects that write the JSON both halves read
(js/dispatch/values.js lists the forms). Public as ``dc.dispatch.Toggle`` etc."""

from __future__ import annotations

from typing import Any

from dash import no_update
from dash.dependencies import Input, State

from .ids import WILDCARDS


def _no_update_json() -> dict:
    return {"$op": "no_update"}


def id_json(component_id: Any) -> Any:
    """A component id as JSON: wildcards as Dash serialises them (``["MATCH"]``)."""
    if isinstance(component_id, dict):
        return {key: [str(value)] if str(value) in WILDCARDS and not isinstance(value, str) else value
                for key, value in component_id.items()}
    return component_id


class Operation:
    """A route value computed at call time; ``to_json()`` is what travels to the browser."""

    __slots__ = ()

    def to_json(self) -> dict:  # pragma: no cover - every operation defines it
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Operation) and self.to_json() == other.to_json()

    def __hash__(self) -> int:
        return hash(repr(self.to_json()))

    def __repr__(self) -> str:
        return f"dc.dispatch.{type(self).__name__}{self._arguments()}"

    def _arguments(self) -> str:
        return "()"


class Toggle(Operation):
    """The opposite of an Input's or State's current value (JavaScript truthiness: None, False,
    0, "" and NaN are off; anything else, [] and {} included, is on). The dependency must be one
    of the callback's; its id may use MATCH, not ALL or ALLSMALLER.

    Parameters
    ----------
    of
        ``State("modal", "opened")``, usually the state of the output being toggled.
    """

    __slots__ = ("of",)

    def __init__(self, of: Input | State):
        if not isinstance(of, (Input, State)):
            raise TypeError(f"dc.dispatch.Toggle: expected an Input or State to toggle, got {of!r}")
        self.of = of

    def to_json(self) -> dict:
        return {"$op": "toggle", "of": {"id": id_json(self.of.component_id), "property": self.of.component_property}}

    def _arguments(self) -> str:
        return f"({self.of!r})"


class TriggerValue(Operation):
    """The value of the property that triggered the call (None on a call nothing triggered)."""

    __slots__ = ()

    def to_json(self) -> dict:
        return {"$op": "trigger_value"}


class TriggerId(Operation):
    """The id of the component that triggered the call, or one field of a dict id.

    Parameters
    ----------
    key
        A field of the dict id (``"index"``); None for the whole id. A string id has no fields:
        asking for one gives None, as does a call nothing triggered.
    """

    __slots__ = ("key",)

    def __init__(self, key: str | None = None):
        if key is not None and not isinstance(key, str):
            raise TypeError(f"dc.dispatch.TriggerId: key must be a string or None, got {key!r}")
        self.key = key

    def to_json(self) -> dict:
        return {"$op": "trigger_id", "key": self.key}

    def _arguments(self) -> str:
        return f"({self.key!r})" if self.key is not None else "()"


class TriggerIndex(TriggerId):
    """The ``index`` field of the triggering dict id: ``TriggerId("index")``."""

    __slots__ = ()

    def __init__(self) -> None:
        super().__init__("index")


class Lookup(Operation):
    """The entry of ``table`` at the trigger id's ``key`` field (a string id: the id itself).

    Parameters
    ----------
    table
        A list (read by integer position) or a dict (read by string key; integer keys are
        written in decimal, as JSON writes them).
    key
        The field of the triggering dict id to look up (default ``"index"``).
    missing
        The value when the table has no such entry: a constant, or ``no_update`` (default).
    """

    __slots__ = ("table", "key", "missing")

    def __init__(self, table: list | tuple | dict, key: str = "index", missing: Any = no_update):
        if isinstance(table, dict):
            bad = [k for k in table if not isinstance(k, str) and (isinstance(k, bool) or not isinstance(k, int))]
            if bad:
                raise ValueError(f"dc.dispatch.Lookup: a dict table's keys are strings or integers, got {bad[0]!r}")
            table = {str(k): v for k, v in table.items()}
        self.table = list(table) if isinstance(table, tuple) else table
        self.key = key
        self.missing = missing

    def to_json(self) -> dict:
        from .data import slot_data  # pylint: disable=import-outside-toplevel

        return {"$op": "lookup", "table": slot_data(self.table, plain=True), "key": self.key,
                "missing": slot_data(self.missing)}

    def _arguments(self) -> str:
        return f"({self.table!r}, key={self.key!r}, missing={self.missing!r})"


class Constant(Operation):
    """``value`` as it is: needed only for a dict that holds the key ``"$op"`` (which would be
    read as an operation) or a literal list of operation-like dicts."""

    __slots__ = ("value",)

    def __init__(self, value: Any):
        self.value = value

    def to_json(self) -> dict:
        from .data import slot_data  # pylint: disable=import-outside-toplevel

        return {"$op": "constant", "value": slot_data(self.value, plain=True)}

    def _arguments(self) -> str:
        return f"({self.value!r})"
