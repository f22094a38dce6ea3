"""The ``dash_hooks`` entry point: every ``Dash()`` in a process with dashclient installed serves
the bundle (fingerprinted with the version, source map beside it), with no import in the app.

Dash imports this module once per process; ``DASHCLIENT_SERVE=0`` in the environment at that
moment opts the process out.
"""

from __future__ import annotations

import os

from dash import hooks

from ._spec import BUNDLE, SOURCE_MAP

SERVE_VARIABLE = "DASHCLIENT_SERVE"


def serving_enabled() -> bool:
    return os.environ.get(SERVE_VARIABLE, "1").strip() != "0"


def resources() -> list[dict]:
    """Dash resource entries: the bundle as a script tag, the map served on request only."""
    return [
        {"relative_package_path": BUNDLE, "namespace": "dashclient"},
        {"relative_package_path": SOURCE_MAP, "namespace": "dashclient", "dynamic": True},
    ]


def register() -> bool:
    """Add the bundle to Dash's hook scripts once; returns whether it is (now) registered."""
    if not serving_enabled():
        return False
    if not any(r.get("namespace") == "dashclient" for r in hooks._js_dist):  # pylint: disable=protected-access
        hooks.script(resources())
    return True


register()
