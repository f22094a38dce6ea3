"""``dc.keys.Shortcuts``: the Python class of the layout component js/keys/component.js renders
(``window.dashclient.Shortcuts``, served with the bundle; no React build). Its bindings are
checked here, when the layout is built, with the same rules the browser applies."""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from dash.development.base_component import Component

from .. import _serve
from .._schema import check_option
from .bindings import describe_bindings
from .builders import Binding
from .grammar import PLATFORMS, words
from .types import is_component_id

PROPS = ["id", "bindings", "event", "disabled", "sequence_timeout", "platform"]


def _binding_data(binding: Any, index: int, where: str) -> dict[str, Any]:
    if isinstance(binding, Binding):
        return binding.to_json()
    if isinstance(binding, Mapping):
        return dict(binding)
    raise TypeError(f"{where}: bindings[{index}] must be dc.keys.bind(...) or its JSON, got {binding!r}")


class Shortcuts(Component):
    """Keyboard shortcuts for a page (or the whole app): put it anywhere in the layout.

    While it is in the layout, its bindings listen to key presses through one document listener
    shared by every Shortcuts; when it leaves (a page change, a callback replacing it), they stop.
    Each press runs the binding's steps in the browser and sets ``event`` to
    ``{"key": "mod+s", "binding": name, "n": presses so far, "timestamp": ms, "counts": {name: presses}}``:
    an Input for any normal callback (the server route). Like any Input, presses faster than a
    server callback's round trip can coalesce (Dash drops a superseded call); compute from ``n``
    and ``counts``, which count every press, rather than counting calls.

    Parameters
    ----------
    id
        The component id (a string, or a dict id).
    bindings
        ``dc.keys.bind(...)`` objects (or their JSON). Checked now: a bad key expression, an
        unknown key name, a malformed target id or two bindings with the same keys in the same
        scope raise ``ValueError``.
    disabled
        No binding fires while True (a prop: a callback can switch it).
    sequence_timeout
        Milliseconds allowed between the chords of a sequence such as ``"g i"`` (default 1000).
    platform
        ``"mac"`` or ``"other"`` to force what ``mod`` means; default: detected in the browser.
    event
        Set by the browser on every press; read it with ``Input(id, "event")``. ``n`` and
        ``counts`` go on from the values it holds when the component mounts.
    """

    _children_props: list[str] = []
    _base_nodes = ["children"]
    _namespace = "dashclient"
    _type = "Shortcuts"

    def __init__(self, id: Any, bindings: Iterable[Any] = (), *, disabled: bool | None = None,  # noqa: A002
                 sequence_timeout: int | None = None, platform: str | None = None,
                 event: Mapping[str, Any] | None = None):
        self._prop_names = list(PROPS)
        self._valid_wildcard_attributes: list[str] = []
        self.available_properties = list(PROPS)
        self.available_wildcard_properties: list[str] = []
        where = f"dc.keys.Shortcuts(id={id!r})"
        if not is_component_id(id):
            raise ValueError(f"{where}: id must be a component id (a string without '.' or '{{', "
                             "or a dict of strings, numbers and booleans)")
        if isinstance(bindings, (str, bytes, Mapping)) or not isinstance(bindings, Iterable):
            raise TypeError(f"{where}: bindings must be a list of dc.keys.bind(...), got {bindings!r}")
        data = [_binding_data(b, i, where) for i, b in enumerate(bindings)]
        for platform_name in PLATFORMS:
            errors = describe_bindings(data, platform_name)["errors"]
            if errors:
                raise ValueError(f"{where}: {errors[0]}")
        props: dict[str, Any] = {"id": id, "bindings": data}
        schemas = words()["component_props"]
        for name, value in (("disabled", disabled), ("sequence_timeout", sequence_timeout), ("platform", platform)):
            if value is not None:
                props[name] = check_option(where, name, schemas[name], value)
        if event is not None:
            props["event"] = dict(event)
        _serve.note_client_callback()  # the component lives in the bundle: say so if nothing serves it
        super().__init__(**props)
