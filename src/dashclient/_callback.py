"""``dc.callback``: register an action as a clientside callback, or as its server-side twin."""

from __future__ import annotations

import os
from typing import Any, Iterable

import dash
from dash.dependencies import Input, Output, State

from ._action import Action

MODES = ("client", "server")
MODE_VARIABLE = "DASHCLIENT_MODE"
DEFAULT_MODE = "client"

# What dash.clientside_callback keeps; it silently drops everything else (running, background,
# progress, cancel, on_error, ...), so dashclient refuses those instead of losing them.
CLIENTSIDE_KWARGS = frozenset({"prevent_initial_call", "hidden"})
DEPENDENCY_KWARGS = ("output", "inputs", "state")


def resolve_mode(mode: str | None = None) -> str:
    """The mode for one callback: the argument, else ``DASHCLIENT_MODE``, else ``"client"``."""
    source = "mode"
    if mode is None:
        mode = os.environ.get(MODE_VARIABLE) or DEFAULT_MODE
        source = f"${MODE_VARIABLE}"
    if not isinstance(mode, str) or mode.strip().lower() not in MODES:
        raise ValueError(f"dc.callback: {source} must be 'client' or 'server', got {mode!r}")
    return mode.strip().lower()


def _flatten(items: Iterable[Any]) -> list[Any]:
    flat: list[Any] = []
    for item in items:
        if isinstance(item, (list, tuple)):
            flat.extend(_flatten(item))
        else:
            flat.append(item)
    return flat


def _dependencies(positional: tuple, kwargs: dict) -> list[Any]:
    """Positional dependencies, plus Dash's output=/inputs=/state= keywords in Dash's order."""
    dependencies = list(positional)
    for key in DEPENDENCY_KWARGS:
        if key in kwargs:
            value = kwargs.pop(key)
            dependencies.extend(value if isinstance(value, (list, tuple)) else [value])
    return dependencies


def _check_values(action: Action, dependencies: list[Any]) -> None:
    flat = _flatten(dependencies)
    unknown = [d for d in flat if not isinstance(d, (Output, Input, State))]
    if unknown:
        raise TypeError(f"dc.callback: expected Output, Input or State, got {unknown[0]!r}")
    values = sum(isinstance(d, (Input, State)) for d in flat)
    if values != action.values:
        raise ValueError(
            f"dc.callback: {action.qualname} takes {action.values} value(s) from Input/State, "
            f"got {values}"
        )


def callback(action: Action, *dependencies: Any, mode: str | None = None, app: Any = None,
             **kwargs: Any) -> None:
    """Register ``action`` like ``dash.callback``: same Output/Input/State grammar and keywords.

    Parameters
    ----------
    action
        An action from a pattern module, e.g. ``dc.format.number(specifier=",.2f")``.
    *dependencies
        ``Output``, ``Input`` and ``State`` objects (or lists of them), as for ``dash.callback``.
    mode
        ``"client"`` runs the JS function in the browser; ``"server"`` runs the Python fallback.
        Default: ``$DASHCLIENT_MODE``, else ``"client"``.
    app
        Register on this app instead of globally (``dash.callback``).
    **kwargs
        ``prevent_initial_call``, ``allow_duplicate`` (on the Output), ``hidden``; in server mode
        any other ``dash.callback`` keyword too. Keywords that Dash would silently drop for a
        clientside callback raise ``ValueError``.
    """
    if not isinstance(action, Action):
        raise TypeError(f"dc.callback: expected an action such as dc.format.number(), got {action!r}")
    mode = resolve_mode(mode)
    dependencies_ = _dependencies(dependencies, kwargs)
    _check_values(action, dependencies_)

    if mode == "client":
        dropped = sorted(set(kwargs) - CLIENTSIDE_KWARGS)
        if dropped:
            raise ValueError(
                f"dc.callback: {dropped[0]!r} is not supported in client mode for {action.qualname} "
                f"(dash.clientside_callback would silently ignore it); use mode='server' or drop it"
            )
        register = app.clientside_callback if app is not None else dash.clientside_callback
        register(action.clientside_function, *dependencies_, **kwargs)
        return

    def run_on_server(*values: Any) -> Any:
        return action(*values)

    run_on_server.__name__ = f"dashclient_{action.pattern}_{action.name}"
    register = app.callback if app is not None else dash.callback
    register(*dependencies_, **kwargs)(run_on_server)
