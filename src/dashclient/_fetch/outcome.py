"""What a fetch ends in, and what the outputs and set_props targets receive: the twin of
js/fetch/outcome.js (same messages, same results).

- ok(data): data output the data; error ""; status ``status_values["ok"]``
- failed(message): data output no_update; error the message; status ``status_values["error"]``
- SKIPPED (no URL): data no_update; error ""; status ``status_values["idle"]``
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from dash import no_update

from .options import target_of

MESSAGES: dict[str, Any] = {
    "network": "network error",
    "json": "invalid JSON",
    "redirect": "redirected outside the allow list",
    "not_allowed": "URL not allowed",
    "status": lambda status: f"HTTP {status}",
    "timeout": lambda ms: f"timed out after {ms} ms",
    "too_large": lambda limit: f"response over {limit} bytes",
}


@dataclass(frozen=True)
class Outcome:
    kind: str  # "ok" | "error" | "skipped"
    data: Any = None
    message: str = ""


SKIPPED = Outcome("skipped")


def ok(data: Any) -> Outcome:
    return Outcome("ok", data=data)


def failed(message: str) -> Outcome:
    return Outcome("error", message=message)


def report_of(outcome: Outcome, options: Mapping[str, Any]) -> dict[str, Any]:
    values = options["status_values"]
    if outcome.kind == "ok":
        return {"data": outcome.data, "error": "", "status": values["ok"]}
    if outcome.kind == "error":
        return {"data": no_update, "error": outcome.message, "status": values["error"]}
    return {"data": no_update, "error": "", "status": values["idle"]}


def result_of(outcome: Outcome, options: Mapping[str, Any]) -> Any:
    """One value for outputs ["data"], else one per Output in ``outputs`` order."""
    report = report_of(outcome, options)
    values = [report[role] for role in options["outputs"]]
    return values[0] if len(values) == 1 else values


def effects_of(outcome: Outcome, options: Mapping[str, Any]) -> list[list[Any]]:
    """set_props effects for the targets: ``[[id, {property: value}], ...]``."""
    report = report_of(outcome, options)
    effects = []
    for role in ("error", "status"):
        if options[role] is not None:
            ident, prop = target_of(options[role], "children")
            effects.append([ident, {prop: report[role]}])
    return effects
