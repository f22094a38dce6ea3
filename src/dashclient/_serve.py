"""The ``dash_hooks`` entry point: every ``Dash()`` in a process with dashclient installed serves
the bundle (fingerprinted with the version, source map beside it), with no import in the app.

Dash imports this module once per process; ``DASHCLIENT_SERVE=0`` in the environment at that
moment opts the process out. Then a client-mode callback needs the drop-in copy
(``dashclient assets DIR``): without it, registering one warns once, and a 300-byte check script
says the same in the browser console.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path
from typing import Any

from dash import hooks

from ._spec import BUNDLE, SOURCE_MAP, STATIC

SERVE_VARIABLE = "DASHCLIENT_SERVE"
CHECK_SCRIPT = f"{STATIC}/dashclient-check.js"
BUNDLE_NAME = Path(BUNDLE).name


class BundleNotServedWarning(UserWarning):
    """A client-mode callback is registered but nothing serves the bundle."""


def serving_enabled() -> bool:
    return os.environ.get(SERVE_VARIABLE, "1").strip() != "0"


def resources() -> list[Any]:
    """Dash resource entries: the bundle as a script tag, the map served on request only."""
    return [
        {"relative_package_path": BUNDLE, "namespace": "dashclient"},
        {"relative_package_path": SOURCE_MAP, "namespace": "dashclient", "dynamic": True},
    ]


def _registered(path: str) -> bool:
    return any(r.get("relative_package_path") == path for r in hooks._js_dist)  # pylint: disable=protected-access


def register() -> bool:
    """Add the bundle to Dash's hook scripts once; returns whether it is (now) registered."""
    if not serving_enabled():
        return False
    if not _registered(BUNDLE):
        hooks.script(resources())
    return True


_warned = False


def _has_drop_in_copy(app: Any) -> bool:
    if app is None:
        from dash import _get_app  # pylint: disable=import-outside-toplevel

        app = getattr(_get_app, "APP", None)
    folder = getattr(getattr(app, "config", None), "assets_folder", None) if app is not None else None
    return isinstance(folder, str) and any(Path(folder).rglob(BUNDLE_NAME))


def note_client_callback(app: Any = None) -> None:
    """A client-mode callback was registered: if nothing serves the bundle, say so once (here and,
    through the check script, in the browser console)."""
    global _warned  # pylint: disable=global-statement
    if serving_enabled() or _warned:
        return
    if not _registered(CHECK_SCRIPT):
        hooks.script([{"relative_package_path": CHECK_SCRIPT, "namespace": "dashclient"}])
    if not _has_drop_in_copy(app):
        _warned = True
        warnings.warn(
            f"dashclient: {SERVE_VARIABLE}=0 turns off serving the bundle, and the app's assets folder has no "
            f"{BUNDLE_NAME}: client-mode callbacks will fail in the browser. Run `dashclient assets <app>/assets` "
            f"or unset {SERVE_VARIABLE}.",
            BundleNotServedWarning,
            stacklevel=3,
        )


register()
