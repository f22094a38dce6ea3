"""Option validation from spec.json, the twin of js/core/schema.js, rule for rule.

An option's schema is ``{type, default, nullable?, enum?, min?, max?, doc?}``; ``type`` names a
checker: a generic one here, or a domain type (``_types.py``). A checker returns the normalised
value (``"eur"`` -> ``"EUR"``) or raises :class:`Mismatch`; the message is built from the type's
``expected`` phrase in spec.json, so both halves say the same thing.
"""

from __future__ import annotations

import math
from typing import Any, Callable, Iterable, Mapping

from . import _spec

Checker = Callable[[Any, Mapping[str, Any]], Any]


class Mismatch(Exception):
    """A value that does not fit its type (the message is composed by the caller)."""


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _in_range(value: float, schema: Mapping[str, Any]) -> bool:
    low, high = schema.get("min"), schema.get("max")
    return (low is None or value >= low) and (high is None or value <= high)


def _string(value: Any, _schema: Mapping[str, Any]) -> str:
    if not isinstance(value, str):
        raise Mismatch
    return value


def _integer(value: Any, schema: Mapping[str, Any]) -> int:
    # JS has one number type: 2.0 is an integer there, so it is here.
    if not _is_number(value) or not math.isfinite(value) or value != int(value) or not _in_range(value, schema):
        raise Mismatch
    return int(value)


def _number(value: Any, schema: Mapping[str, Any]) -> float:
    if not _is_number(value) or not math.isfinite(value) or not _in_range(value, schema):
        raise Mismatch
    return value


def _boolean(value: Any, _schema: Mapping[str, Any]) -> bool:
    if not isinstance(value, bool):
        raise Mismatch
    return value


def _enum(value: Any, schema: Mapping[str, Any]) -> Any:
    # Same value and same kind, as JS's includes(): 1 is not true.
    if not any(value == choice and type(value) is type(choice) for choice in schema.get("enum", ())):
        raise Mismatch
    return value


def _json(value: Any, _schema: Mapping[str, Any]) -> Any:
    if callable(value):
        raise Mismatch
    return value


def _array(value: Any, _schema: Mapping[str, Any]) -> list:
    if not isinstance(value, (list, tuple)):
        raise Mismatch
    return list(value)


def _object(value: Any, _schema: Mapping[str, Any]) -> dict:
    if not isinstance(value, Mapping):
        raise Mismatch
    return dict(value)


GENERIC_TYPES: dict[str, Checker] = {
    "string": _string, "integer": _integer, "number": _number, "boolean": _boolean,
    "enum": _enum, "json": _json, "array": _array, "object": _object,
}


def expected_of(schema: Mapping[str, Any]) -> str:
    """The phrase after "must be" (js/core/schema.js expectedOf)."""
    def literal(choice: Any) -> str:
        return "None" if choice is None else repr(choice) if isinstance(choice, str) else str(choice)

    phrase = (_spec.types()[schema["type"]]["expected"]
              .replace("{min}", str(schema.get("min", "-inf")))
              .replace("{max}", str(schema.get("max", "inf")))
              .replace("{enum}", ", ".join(literal(c) for c in schema.get("enum", ()))))
    return f"{phrase} or None" if schema.get("nullable") else phrase


def checkers() -> dict[str, Checker]:
    """Generic and domain checkers by type name."""
    from ._types import DOMAIN_TYPES  # pylint: disable=import-outside-toplevel

    return {**GENERIC_TYPES, **DOMAIN_TYPES}


def check_option(where: str, name: str, schema: Mapping[str, Any], value: Any) -> Any:
    """One option, checked and normalised; ``ValueError`` naming it otherwise."""
    if value is None and schema.get("nullable"):
        return None
    try:
        return checkers()[schema["type"]](value, schema)
    except Mismatch:
        raise ValueError(f"{where}: option {name!r} must be {expected_of(schema)}, got {value!r}") from None


def check_constraints(where: str, constraints: Iterable[Mapping[str, Any]], options: Mapping[str, Any]) -> None:
    """Cross-option constraints (js/core/schema.js checkConstraints): ``not_all_null``, and named
    domain ``check``s, worded by spec.json's ``checks``."""
    from ._types import DOMAIN_CHECKS  # pylint: disable=import-outside-toplevel

    for constraint in constraints:
        name = constraint.get("check")
        if name:
            described = _spec.spec()["checks"][name]
            try:
                holds = DOMAIN_CHECKS[name](options)
            except Exception:  # noqa: BLE001 - a check that cannot decide refuses, as in JS
                holds = False
            if not holds:
                option = described["option"]
                raise ValueError(f"{where}: option {option!r} must be {described['expected']}, got {options.get(option)!r}")
            continue
        names = constraint.get("not_all_null")
        if names and all(options.get(n) is None for n in names):
            quoted = " and ".join(f"'{n}'" for n in names)
            raise ValueError(f"{where}: options {quoted} cannot {'both' if len(names) == 2 else 'all'} be None")


def check_names(where: str, schemas: Mapping[str, Any], given: Iterable[str]) -> None:
    unknown = sorted(set(given) - set(schemas))
    if unknown:
        raise ValueError(f"{where}: unknown option {unknown[0]!r}; options are {', '.join(sorted(schemas))}")


def validate_options(function: _spec.FunctionSpec, given: Mapping[str, Any]) -> dict[str, Any]:
    """Every option merged over the defaults and checked (js/core/schema.js validateOptions)."""
    check_names(function.where, function.options, given)
    options = {
        name: check_option(function.where, name, schema, given.get(name, schema["default"]))
        for name, schema in function.options.items()
    }
    check_constraints(function.where, function.constraints, options)
    return options
