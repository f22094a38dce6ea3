"""Python twins of the binding layer's own functions (js/internal.js, namespace "dashclient")."""

from __future__ import annotations

from typing import Any, Callable

from ._action import ActionFactory


def _compile_gate(_options: dict) -> Callable[..., dict]:
    def gate(*args: Any) -> dict:
        *values, context = args
        return {"values": list(values), "context": context}

    return gate


#: The browser half of a gated server-mode callback; its twin exists for the case tables.
gate = ActionFactory("internal", "gate", _compile_gate)
