"""Python twins of the binding layer's own functions (js/internal.js, namespace "dashclient")."""

from __future__ import annotations

import time
from typing import Any, Callable

from dash import no_update

from ._action import ActionFactory


def _compile_gate(_options: dict) -> Callable[..., dict]:
    def gate(*args: Any) -> dict:
        *values, context = args
        return {"values": list(values), "context": context}

    return gate


def _compile_constant(options: dict) -> Callable[..., Any]:
    values, single, unless_unset = list(options["values"]), options["single"], options["unless_unset"]

    def write(trigger: Any = None, *_ignored: Any) -> Any:
        if unless_unset and trigger is None:
            return no_update
        return values[0] if single else values

    return write


def _compile_sleep(options: dict) -> Callable[[], list]:
    def wait() -> list:
        time.sleep(options["seconds"])  # a server step: one worker thread waits, the others serve
        return []

    return wait


def _browser_only(name: str):
    def compile_(_options: dict) -> Callable[..., Any]:
        raise ValueError(f"dashclient.{name} runs in the browser only; its server half is dashclient/_chain.py "
                         "(steps) or the user's own function (dc.action)")

    return compile_


#: The browser half of a gated server-mode callback; its twin exists for the case tables.
gate = ActionFactory("internal", "gate", _compile_gate)
#: Fixed values: a chain's running props on and off.
constant = ActionFactory("internal", "constant", _compile_constant)
#: A chain's delay step (``dc.sleep``).
sleep = ActionFactory("internal", "sleep", _compile_sleep)
#: Described by their bound names; Python runs the same work elsewhere.
call = ActionFactory("internal", "call", _browser_only("call"))
step = ActionFactory("internal", "step", _browser_only("step"))
