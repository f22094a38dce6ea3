"""Dependencies written as ``"component_id.property"`` strings (Vizro's spelling), next to Dash's
``Output``/``Input``/``State`` objects and pattern-matching dict ids."""

from __future__ import annotations

from typing import Any, Iterable

from dash.dependencies import Input, Output, State

KINDS = {"output": Output, "inputs": Input, "state": State}


def parse(text: str, kind: type) -> Any:
    """``"card.children"`` as ``kind("card", "children")``. Dash ids cannot hold a dot, so the
    first dot splits id from property."""
    component, dot, prop = text.partition(".")
    if not dot or not component or not prop:
        raise ValueError(f"{text!r} is not a dependency: write 'component_id.property'")
    return kind(component, prop)


def as_dependency(item: Any, kind: type) -> Any:
    """An Output/Input/State of ``kind`` from a string; dependency objects pass through."""
    return parse(item, kind) if isinstance(item, str) else item


def as_dependencies(items: Any, kind: type) -> list[Any]:
    """One string or dependency, or a list of them."""
    if items is None:
        return []
    if isinstance(items, (str, Output, Input, State)):
        items = [items]
    return [as_dependency(item, kind) for item in items]


def convert_keywords(kwargs: dict) -> None:
    """Dash's ``output=``/``inputs=``/``state=`` keywords with strings in them, in place."""
    for key, kind in KINDS.items():
        value = kwargs.get(key)
        if isinstance(value, str):
            kwargs[key] = as_dependency(value, kind)
        elif isinstance(value, dict):
            kwargs[key] = {k: as_dependency(v, kind) for k, v in value.items()}
        elif isinstance(value, (list, tuple)):
            kwargs[key] = [as_dependency(v, kind) for v in value]


def refuse_positional_strings(items: Iterable[Any]) -> None:
    for item in items:
        if isinstance(item, str):
            raise TypeError(f"dc.callback: {item!r} as a positional dependency could be an Output, an Input or a "
                            "State: write output=/inputs=/state= keywords with 'id.prop' strings, or Output(...)")
