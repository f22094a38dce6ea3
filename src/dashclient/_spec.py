"""What spec.json says about every JS function: kind, signature, option schema, defaults.

``scripts/build.js`` writes ``static/spec.json`` from the definitions in ``js/``: the JS modules are
the one source of truth, and Python never copies a name, a default or a range by hand.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any, Literal, Mapping, Union

STATIC = "static"
BUNDLE = f"{STATIC}/dashclient.min.js"
SOURCE_MAP = f"{BUNDLE}.map"
TYPES_FILE = f"{STATIC}/dashclient.d.ts"

#: The namespace of the binding layer's own functions (kind "internal").
INTERNAL_NAMESPACE = "dashclient"

Count = Union[int, Literal["any"]]
Outputs = Union[int, Literal["list", "any"]]


@dataclass(frozen=True)
class Signature:
    """What a function reads and writes.

    Attributes
    ----------
    values
        How many dynamic values it reads (the callback's Inputs then States), or ``"any"``.
    outputs
        How many outputs it writes: a count, ``"list"`` (one pattern-matching ALL/ALLSMALLER
        output, the result a list) or ``"any"``.
    context
        Whether it receives the callback context snapshot after its values.
    """

    values: Count
    outputs: Outputs
    context: bool


@dataclass(frozen=True)
class FunctionSpec:
    """One function of a namespace, as spec.json describes it."""

    namespace: str
    pattern: str
    name: str
    kind: str
    doc: str
    signature: Signature
    options: Mapping[str, Mapping[str, Any]]
    constraints: tuple[Mapping[str, Any], ...]
    defaults: Mapping[str, Any]
    label: str | None = None  # how messages name a function spec.json does not list (dc.action)

    @property
    def where(self) -> str:
        """How messages name it: ``dc.format.currency`` (the JS half says the same)."""
        return self.label or f"dc.{self.pattern}.{self.name}"


@lru_cache(maxsize=None)
def spec() -> Mapping[str, Any]:
    text = resources.files("dashclient").joinpath(STATIC).joinpath("spec.json").read_text("utf-8")
    return json.loads(text)


def version() -> str:
    return spec()["version"]


def bind_separator() -> str:
    """Between a function name and its bound options (js/bind.js BIND_SEPARATOR)."""
    return spec()["bind_separator"]


def namespace_of(pattern: str) -> str:
    return INTERNAL_NAMESPACE if pattern == "internal" else f"dashclient_{pattern}"


def _namespaces() -> Mapping[str, Any]:
    return {**spec()["namespaces"], **spec()["internal"]}


def functions_of(pattern: str) -> tuple[str, ...]:
    return tuple(_namespaces()[namespace_of(pattern)]["functions"])


def types() -> Mapping[str, Mapping[str, Any]]:
    """Every option type: ``{name: {"expected": phrase template, ...}}``."""
    return spec()["types"]


def currencies() -> frozenset[str]:
    """The ISO 4217 codes both halves accept (js/data/currencies.js)."""
    return _currencies()


@lru_cache(maxsize=1)
def _currencies() -> frozenset[str]:
    return frozenset(spec()["data"]["currencies"])


@lru_cache(maxsize=None)
def function_spec(pattern: str, name: str) -> FunctionSpec:
    """One function; KeyError names it when JS has no such function."""
    namespace = namespace_of(pattern)
    functions = _namespaces()[namespace]["functions"]
    if name not in functions:
        raise KeyError(f"js/{pattern}.js defines no function {name!r} (spec.json has {sorted(functions)})")
    entry = functions[name]
    signature = entry["signature"]
    return FunctionSpec(
        namespace=namespace,
        pattern=pattern,
        name=name,
        kind=entry["kind"],
        doc=entry["doc"],
        signature=Signature(signature["values"], signature["outputs"], bool(signature["context"])),
        options=MappingProxyType({k: MappingProxyType(v) for k, v in entry["options"].items()}),
        constraints=tuple(entry["constraints"]),
        defaults=MappingProxyType(entry["defaults"]),
    )


def defaults_of(pattern: str, name: str) -> Mapping[str, Any]:
    """Default options of one JS function; KeyError names it when JS has no such function."""
    return function_spec(pattern, name).defaults
