"""Load an app without serving it: a fresh import of its module, under a :class:`Recorder`.

Targets: ``"package.module:app"``, ``"package.module"`` (attribute ``app``), ``"path/to/app.py"``
or ``"path/to/app.py:name"``, or a callable returning an app. An attribute that is a factory
(``create_app``) is called.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Iterator

from dash import Dash

DEFAULT_ATTRIBUTE = "app"


class LoadError(Exception):
    """The app could not be loaded (the message says why)."""


def split_target(target: str) -> tuple[str, str | None]:
    """``"a.b:app"`` -> ``("a.b", "app")``; a Windows drive letter is not an attribute."""
    head, colon, tail = target.rpartition(":")
    if colon and head and tail.isidentifier():
        return head, tail
    return target, None


@contextmanager
def _on_path(directory: str) -> Iterator[None]:
    added = directory not in sys.path
    if added:
        sys.path.insert(0, directory)
    try:
        yield
    finally:
        if added and directory in sys.path:
            sys.path.remove(directory)


def _fresh_module(name: str, spec: Any) -> ModuleType:
    """Execute a module afresh (an already imported copy would not register its callbacks again)."""
    module = importlib.util.module_from_spec(spec)
    previous = sys.modules.get(name)
    sys.modules[name] = module  # Dash(__name__) finds its assets folder through sys.modules
    try:
        spec.loader.exec_module(module)
    finally:
        if previous is not None:
            sys.modules[name] = previous
        else:
            sys.modules.pop(name, None)
    return module


def import_target(module_ref: str) -> ModuleType:
    """Import a module by dotted name or file path, afresh."""
    path = Path(module_ref)
    if module_ref.endswith(".py") or path.is_file():
        if not path.is_file():
            raise LoadError(f"no such file: {module_ref}")
        spec = importlib.util.spec_from_file_location(path.stem, path)
        with _on_path(str(path.resolve().parent)):  # as `python path/to/app.py` would
            return _fresh_module(path.stem, spec)
    with _on_path(os.getcwd()):  # as `python -m` and WSGI servers do
        try:
            spec = importlib.util.find_spec(module_ref)
        except (ImportError, ValueError) as error:
            raise LoadError(f"cannot import {module_ref!r}: {error}") from error
        if spec is None or spec.loader is None:
            raise LoadError(f"no module named {module_ref!r} (run from the directory that holds it)")
        return _fresh_module(module_ref, spec)


def app_of(module: ModuleType, attribute: str | None) -> Any:
    """The app a module names (calling a factory), or the one Dash app among its globals."""
    if attribute is not None:
        if not hasattr(module, attribute):
            raise LoadError(f"{module.__name__} has no attribute {attribute!r}")
        return _as_app(getattr(module, attribute), f"{module.__name__}:{attribute}")
    if isinstance(getattr(module, DEFAULT_ATTRIBUTE, None), Dash):
        return getattr(module, DEFAULT_ATTRIBUTE)
    apps = [v for v in vars(module).values() if isinstance(v, Dash)]
    if len(apps) == 1:
        return apps[0]
    if not apps:
        raise LoadError(f"{module.__name__} defines no Dash app (name one: {module.__name__}:create_app)")
    raise LoadError(f"{module.__name__} defines {len(apps)} Dash apps: say which, e.g. {module.__name__}:app")


def _as_app(value: Any, label: str) -> Any:
    if isinstance(value, Dash):
        return value
    if callable(value):
        built = value()
        if isinstance(built, Dash):
            return built
        raise LoadError(f"{label}() returned {type(built).__name__}, not a Dash app")
    raise LoadError(f"{label} is {type(value).__name__}, not a Dash app or a function returning one")


def load(target: str | Callable[[], Any]) -> tuple[Any, list[Path]]:
    """The app, and the source files that define it (for the source checks)."""
    if callable(target) and not isinstance(target, str):
        if isinstance(target, Dash):
            raise LoadError("give the doctor the app's module ('module:app') or a function that builds it, not a "
                            "built app: it watches the callbacks being registered")
        app = _as_app(target, getattr(target, "__qualname__", repr(target)))
        source = getattr(getattr(target, "__code__", None), "co_filename", None)
        return app, [Path(source)] if source and Path(source).is_file() else []
    module_ref, attribute = split_target(target)
    module = import_target(module_ref)
    files = [Path(module.__file__)] if module.__file__ else []
    return app_of(module, attribute), files
