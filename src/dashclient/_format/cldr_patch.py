"""CLDR 48 number data the browser has and Babel 2.18 (CLDR 47) lacks: ``numbers_cldr48.json``.

- ``narrow_symbol``: CLDR's ``alt="narrow"`` currency symbols; Babel does not import them.
- ``pattern``: a decimal/percent/currency pattern where ICU's differs from Babel's; Babel imports
  the Latin-digit (``latn``) patterns only, ICU uses the locale's default numbering system's
  (ar-EG: ``‏#,##0.00 ¤`` for arab digits, no explicit negative subpattern).
- ``compact``: compact patterns added in CLDR 48 (en-IN long: "lakh", "crore").

Keys are Babel locale identifiers, optionally ``identifier/numbering-system``; a lookup walks the
locale's Babel inheritance chain (``ar_EG`` -> ``ar``), most specific first.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any, Iterator

from babel.core import get_global

from .options import babel_locale

DATA = "numbers_cldr48.json"


@lru_cache(maxsize=1)
def data() -> dict[str, Any]:
    return json.loads(resources.files("dashclient._format").joinpath(DATA).read_text("utf-8"))


def parents(identifier: str) -> Iterator[str]:
    """A Babel locale identifier and its parents, most specific first (``root`` excluded)."""
    exceptions = get_global("parent_exceptions")
    while identifier and identifier != "root":
        yield identifier
        identifier = exceptions.get(identifier) or identifier.rpartition("_")[0]


def _lookup(section: dict, tag: str, numbering_system: str | None = None) -> Iterator[Any]:
    for identifier in parents(str(babel_locale(tag))):
        if numbering_system and f"{identifier}/{numbering_system}" in section:
            yield section[f"{identifier}/{numbering_system}"]
        if identifier in section:
            yield section[identifier]


@lru_cache(maxsize=1024)
def narrow_symbol(tag: str, code: str) -> str | None:
    """The narrow symbol of a currency in a locale, or None (use the standard symbol)."""
    table = data()["narrow_symbols"]
    for entry in _lookup(table["locales"], tag):
        if code in entry:
            return entry[code]
    return table["root"].get(code)


@lru_cache(maxsize=1024)
def pattern(tag: str, numbering_system: str, kind: str) -> str | None:
    """A patched CLDR pattern of a kind ("decimal", "percent", "currency"), or None."""
    for entry in _lookup(data()["patterns"], tag, numbering_system):
        if kind in entry:
            return entry[kind]
    return None


def compact(tag: str, display: str) -> dict | None:
    """Patched compact patterns ({plural: {"1000": pattern}}) for a display, or None."""
    for entry in _lookup(data()["compact"], tag):
        if display in entry:
            return entry[display]
    return None
