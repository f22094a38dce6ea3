"""The names and default options of every JS function, read from the built spec.json.

``scripts/build.js`` writes ``static/spec.json`` from ``js/namespaces.js``: the JS modules are the
one source of truth, and Python never copies a name or a default by hand.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any, Mapping

STATIC = "static"
BUNDLE = f"{STATIC}/dashclient.min.js"
SOURCE_MAP = f"{BUNDLE}.map"


@lru_cache(maxsize=None)
def spec() -> Mapping[str, Any]:
    text = resources.files("dashclient").joinpath(STATIC, "spec.json").read_text("utf-8")
    return json.loads(text)


def version() -> str:
    return spec()["version"]


def bind_separator() -> str:
    """Between a function name and its bound options (js/bind.js BIND_SEPARATOR)."""
    return spec()["bind_separator"]


def namespace_of(pattern: str) -> str:
    return f"dashclient_{pattern}"


def functions_of(pattern: str) -> tuple[str, ...]:
    return tuple(spec()["namespaces"][namespace_of(pattern)]["functions"])


def defaults_of(pattern: str, name: str) -> Mapping[str, Any]:
    """Default options of one JS function; KeyError names it when JS has no such function."""
    functions = spec()["namespaces"][namespace_of(pattern)]["functions"]
    if name not in functions:
        raise KeyError(f"js/{pattern}.js exports no function {name!r} (spec.json has {sorted(functions)})")
    return MappingProxyType(functions[name]["defaults"])
