"""Bindings and steps as Python objects that write the data js/keys/ reads (``to_json()``), checked
when they are built against the same schemas (spec.json ``data.keys``), so a bad key combo or a
malformed target id raises ``ValueError`` at bind time, naming what is wrong."""

from __future__ import annotations

import json
from typing import Any, Iterable, Mapping

from dash.dependencies import Input, Output, State
from plotly.io.json import to_json_plotly

from .._action import Action
from .._callback import _dependencies, check_signature
from .bindings import check_fields, describe_one
from .grammar import words
from .types import is_component_id


def _plain(value: Any) -> Any:
    """JSON data as the browser gets it: a ``dash.Patch`` or a component becomes its JSON."""
    return json.loads(to_json_plotly(value))


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


class Step:
    """One thing a key press does in the browser: ``{kind: fields}`` as data."""

    __slots__ = ("kind", "fields")

    def __init__(self, kind: str, fields: Mapping[str, Any]):
        self.kind = kind
        self.fields = check_fields(f"dc.keys.{kind}", words()["steps"][kind], fields)

    def to_json(self) -> dict[str, Any]:
        return {self.kind: dict(self.fields)}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Step) and self.to_json() == other.to_json()

    def __hash__(self) -> int:
        return hash(_canonical(self.to_json()))

    def __repr__(self) -> str:
        return f"dc.keys.{self.kind}({', '.join(f'{k}={v!r}' for k, v in self.fields.items())})"


def set_props(id: Any, props: Mapping[str, Any] | None = None, /, **more: Any) -> Step:  # noqa: A002 - Dash's word
    """Set props of a component, as ``dash_clientside.set_props(id, props)`` does.

    ``set_props("status", children="Saving...")`` or ``set_props("status", {"children": ...})``;
    a value may be a ``dash.Patch`` (applied to the current value) or a component.
    """
    given = {**(props or {}), **more}
    if not given:
        raise ValueError("dc.keys.set_props: give at least one prop to set")
    return Step("set_props", {"id": id, "props": _plain(given)})


def click(id: Any) -> Step:  # noqa: A002
    """Click a component's element (a button, a link, a NavLink): its ``n_clicks`` and handlers fire."""
    return Step("click", {"id": id})


def focus(id: Any) -> Step:  # noqa: A002
    """Focus a component's element, or the first focusable element inside it (an input in a wrapper)."""
    return Step("focus", {"id": id})


def toggle(id: Any, prop: str) -> Step:  # noqa: A002
    """Set a boolean prop to its opposite (``opened``, ``hidden``, ``disabled``); unset counts as False."""
    return Step("toggle", {"id": id, "prop": prop})


def wait(ms: int) -> Step:
    """Pause before the next step: ``set_props(...), wait(1000), set_props(...)``."""
    return Step("wait", {"ms": ms})


def _describe(dependency: Any) -> str:
    return f"{type(dependency).__name__}({dependency.component_id!r}, {dependency.component_property!r})"


def run(action: Action, *dependencies: Any) -> Step:
    """Run any dashclient action in the browser: its values read from the page, its result set.

    ``run(dc.format.currency(currency="EUR"), Output("price", "children"), State("amount", "value"))``.
    The dependencies follow ``dc.callback``'s grammar and are checked against the action's signature;
    Inputs and States are both read at the moment of the key press. Ids must be exact (a key press
    sets one component, not a pattern).
    """
    if not isinstance(action, Action):
        raise TypeError(f"dc.keys.run: expected an action such as dc.format.number(), got {action!r}")
    flat = _dependencies(dependencies, {})
    outputs = [d for d in flat if isinstance(d, Output)]
    values = [d for d in flat if isinstance(d, (Input, State))]
    for dependency in [*outputs, *values, *action.page_dependencies]:
        if not is_component_id(dependency.component_id):
            raise ValueError(f"dc.keys.run: {_describe(dependency)} is not an exact component id; "
                             "a key press reads and sets exact ids (no MATCH, ALL or ALLSMALLER)")
    try:
        check_signature(action, outputs, values)
    except ValueError as error:
        raise ValueError(str(error).replace("dc.callback:", "dc.keys.run:", 1)) from None
    ref = lambda d: {"id": d.component_id, "property": d.component_property}  # noqa: E731
    return Step("run", {"action": action.to_json(), "outputs": [ref(d) for d in outputs],
                        "values": [ref(d) for d in values], "context": action.signature.context})


class Binding:
    """A key expression and what it does: the data ``dc.keys.Shortcuts`` takes.

    Build it with :func:`bind`; ``to_json()`` is what the browser gets, ``Binding.from_json``
    reads it back (checking it again).
    """

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, Any], where: str = "dc.keys.bind"):
        describe_one(data, where, "other")  # ValueError (Refused) naming what is wrong
        self._data = dict(data)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> "Binding":
        return cls(data, where="dc.keys.Binding.from_json")

    def to_json(self) -> dict[str, Any]:
        return json.loads(json.dumps(self._data))

    @property
    def keys(self) -> str:
        """The key expression as written."""
        return self._data["keys"]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Binding) and self.to_json() == other.to_json()

    def __hash__(self) -> int:
        return hash(_canonical(self._data))

    def __repr__(self) -> str:
        return f"dc.keys.Binding({_canonical(self._data)})"


def _steps_of(steps: Iterable[Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for step in steps:
        if isinstance(step, (list, tuple)):
            out.extend(_steps_of(step))
        elif isinstance(step, Step):
            out.append(step.to_json())
        elif isinstance(step, Action):
            raise TypeError(f"dc.keys.bind: wrap the action with dc.keys.run({step!r}, Output(...), State(...)) "
                            "to say what it reads and where its result goes")
        else:
            raise TypeError(f"dc.keys.bind: a step is dc.keys.set_props/click/focus/toggle/wait/run(...), got {step!r}")
    return out


def bind(keys: str, *steps: Any, name: str | None = None, description: str | None = None,
         prevent_default: bool | None = None, stop_propagation: bool | None = None,
         allow_in_inputs: bool | None = None, repeat: bool | None = None, scope: Any = None) -> Binding:
    """A key binding: ``bind("mod+s", set_props("status", children="Saved"), prevent_default=True)``.

    Parameters
    ----------
    keys
        The key expression: ``"ctrl+shift+k"``, ``"mod+s"`` (⌘ on macOS, Ctrl elsewhere),
        ``"g i"`` (a sequence), ``"?"``, ``"escape"``. Grammar and case rules: docs/keys.md.
    *steps
        What runs in the browser, in order: :func:`set_props`, :func:`click`, :func:`focus`,
        :func:`toggle`, :func:`wait`, :func:`run`. None at all: the press only reaches the
        component's ``event`` prop (the server route), as every press does.
    name
        Reported as ``event["binding"]`` (default: the canonical keys, ``"mod+s"``).
    description
        What a cheat sheet says about it.
    prevent_default, stop_propagation
        Call ``event.preventDefault()`` / keep the key from the page's own handlers (off by default).
    allow_in_inputs
        Also fire while typing in an input, textarea, select or contenteditable (off by default).
    repeat
        Fire again while the key is held down (off by default: a held key fires once).
    scope
        A component id: fire only while focus is inside it (default: anywhere).
    """
    data: dict[str, Any] = {"keys": keys}
    step_list = _steps_of(steps)
    if step_list:
        data["steps"] = step_list
    for option, value in (("name", name), ("description", description), ("prevent_default", prevent_default),
                          ("stop_propagation", stop_propagation), ("allow_in_inputs", allow_in_inputs),
                          ("repeat", repeat), ("scope", scope)):
        if value is not None:
            data[option] = value
    return Binding(data)
