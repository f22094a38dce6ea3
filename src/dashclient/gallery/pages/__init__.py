"""Pattern pages: ``pages/<pattern>.py`` for every built pattern, a "coming" placeholder for the rest.

A page module is found by its name alone (the pattern's stem), so adding a page is one file::

    # pages/patch.py
    def layout():                      # -> a Dash component, rebuilt on every visit
        ...
    def register_callbacks(app):       # the page's callbacks, registered on the gallery app
        ...

Helpers a page needs live beside it with a leading underscore (``pages/_format_fields.py``).
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Callable

from dash import Dash

from .._patterns import PATTERNS, Pattern
from .._placeholder import coming_layout


@dataclass(frozen=True)
class Page:
    pattern: Pattern
    layout: Callable[[], Any]
    register_callbacks: Callable[[Dash], None]
    built: bool  # False for a "coming" placeholder


def _page_module(pattern: Pattern) -> ModuleType | None:
    name = f"{__name__}.{pattern.name}"
    if importlib.util.find_spec(name) is None:
        return None
    return importlib.import_module(name)


def _no_callbacks(_app: Dash) -> None:
    """A placeholder page has nothing to register."""


def load_pages() -> dict[str, Page]:
    """Every pattern's page, keyed by path ("/format"), in nav order."""
    pages = {}
    for pattern in PATTERNS:
        module = _page_module(pattern)
        if module is None:
            page = Page(pattern, functools.partial(coming_layout, pattern), _no_callbacks, built=False)
        else:
            page = Page(pattern, module.layout, module.register_callbacks, built=True)
        pages[pattern.path] = page
    return pages
