"""Hidden stores the binding layer adds to an app's layout (e.g. the gate between a debounced
browser half and its server callback), so users never add plumbing components by hand.

They go into Dash's own ``app._extra_components``, which Dash appends to the layout and to the
validation layout. A registration without ``app=`` (Dash's global callback list) puts its stores
in the newest app and in every app created later (a ``setup`` hook).
"""

from __future__ import annotations

from typing import Any

from dash import dcc, hooks

_GLOBAL: list[str] = []


def _add(app: Any, store_id: str) -> None:
    extra = app._extra_components  # pylint: disable=protected-access
    if not any(getattr(c, "id", None) == store_id for c in extra):
        extra.append(dcc.Store(id=store_id))


def _newest_app() -> Any:
    from dash import _get_app  # pylint: disable=import-outside-toplevel

    return getattr(_get_app, "APP", None)


def add_store(store_id: str, app: Any = None) -> None:
    """A ``dcc.Store(id=store_id)`` in ``app``'s layout (or in every app, for global callbacks)."""
    if app is not None:
        _add(app, store_id)
        return
    if store_id not in _GLOBAL:
        _GLOBAL.append(store_id)
    newest = _newest_app()
    if newest is not None:
        _add(newest, store_id)


@hooks.setup()
def _add_global_stores(app: Any) -> None:
    for store_id in _GLOBAL:
        _add(app, store_id)
