"""Which trigger decides a call: the twin of js/dispatch/trigger.js.

Dash lists every Input property that changed in the context's ``triggered``, in order. ``ignore``
passes some over: a trigger whose value is None (``"unset"``: a component just appended to the
page fires ALL/ALLSMALLER callbacks with its n_clicks not set yet), a falsy one too (``"falsy"``:
such a button created with n_clicks=0), or none (``"nothing"``). ``several`` says what happens when
more than one remains: ``"skip"`` leaves every output, ``"first"`` lets the first decide (what
``ctx.triggered_id`` names). A user's click fires one trigger; Dash fires all the rendered items
of an ALL list at once, with their current values, whenever it renders the list again.
"""

from __future__ import annotations

import math
from typing import Any, Callable, Mapping

from .ids import is_number, parse_prop_id


def is_falsy(value: Any) -> bool:
    """JavaScript's truthiness (js/dispatch/trigger.js isFalsy), for ``ignore="falsy"`` and
    Toggle: None, False, 0, NaN and "" are false; [] and {} are true."""
    if value is None or value is False or value == "" and isinstance(value, str):
        return True
    return is_number(value) and (value == 0 or math.isnan(value))


PASSED_OVER: dict[str, Callable[[Any], bool]] = {
    "unset": lambda value: value is None,
    "falsy": is_falsy,
    "nothing": lambda value: False,
}


def pick_trigger(context: Mapping[str, Any], ignore: str, several: str) -> tuple[bool, dict | None]:
    """``(triggered, trigger)``: whether anything triggered at all (False on the initial call),
    and the ``{"id", "property", "value"}`` that decides, or None when none does."""
    fired = context.get("triggered") if isinstance(context, Mapping) else None
    triggered = False
    remaining = []
    for entry in fired if isinstance(fired, list) else []:
        parsed = parse_prop_id(entry.get("prop_id")) if isinstance(entry, Mapping) else None
        if parsed is None:
            continue
        triggered = True
        if not PASSED_OVER[ignore](entry.get("value")):
            remaining.append({**parsed, "value": entry.get("value")})
    decides = len(remaining) == 1 or (len(remaining) > 1 and several == "first")
    return triggered, remaining[0] if decides else None
