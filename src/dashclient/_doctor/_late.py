"""Callbacks registered inside a callback's body, found in the source: such a registration runs
when the callback runs, long after the server started, and Dash never serves it to the browser.

A callback function is a ``def`` decorated with ``@<anything>.callback(...)`` or
``@callback(...)``; inside its body, a call of ``callback``, ``clientside_callback`` or ``chain``
(``app.callback``, ``dash.clientside_callback``, ``dc.callback``, ``dc.chain``...) registers one.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Iterator

from ._report import ERROR, Finding

CALLBACK_DECORATORS = frozenset({"callback"})
REGISTERING = frozenset({"callback", "clientside_callback", "chain"})


def _name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return None


def _is_callback(function: ast.AST) -> bool:
    return isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)) and any(
        _name(d) in CALLBACK_DECORATORS for d in function.decorator_list)


def registrations_inside_callbacks(tree: ast.AST) -> Iterator[tuple[str, int, str]]:
    """``(callback name, line, what is called)`` for every registration inside a callback's body."""
    for function in ast.walk(tree):
        if not _is_callback(function):
            continue
        for statement in function.body:  # type: ignore[attr-defined]
            for node in ast.walk(statement):
                if isinstance(node, ast.Call) and _name(node) in REGISTERING:
                    yield function.name, node.lineno, ast.unparse(node.func)  # type: ignore[attr-defined]


def late_in_sources(paths: list[Path]) -> Iterator[Finding]:
    """One finding per registration inside a callback, in these source files."""
    for path in paths:
        try:
            tree = ast.parse(path.read_text("utf-8"), filename=str(path))
        except (OSError, SyntaxError, UnicodeDecodeError):
            continue
        for callback, line, called in registrations_inside_callbacks(tree):
            yield Finding(ERROR, "late-callback", f"{called}(...) inside the callback {callback}() registers a "
                          "callback each time it runs, after the server started: Dash never sends it to the "
                          "browser. Register every callback at import (pattern-matching ids cover components "
                          "added later)", (f"{callback}",), (f"{_shown(path)}:{line}",))


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
