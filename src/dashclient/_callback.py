"""``dc.callback``: register an action as a clientside callback, or as its server-side twin.

Registration checks the dependencies against the action's signature (spec.json), appends the
Inputs/States of page-bound options, and works out where each value sits among the arguments
Dash passes (Inputs first, then States). In client mode those positions travel in the bound
function name; in server mode a small runner splits the arguments the same way.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

import dash
from dash import ClientsideFunction, no_update
from dash.dependencies import ALL, ALLSMALLER, MATCH, Input, Output, State

from . import _deps, _plumbing, _serve, _spec
from ._action import Action
from ._context import from_dash, from_parts

MODES = ("client", "server")
MODE_VARIABLE = "DASHCLIENT_MODE"
DEFAULT_MODE = "client"

# What dash.clientside_callback keeps; it silently drops everything else (running, background,
# progress, cancel, on_error, ...), so dashclient refuses those instead of losing them.
CLIENTSIDE_KWARGS = frozenset({"prevent_initial_call", "hidden"})
DEPENDENCY_KWARGS = ("output", "inputs", "state")
GATE_NAME = "gate"


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
        elif isinstance(item, Mapping):
            flat.extend(_flatten(item.values()))  # Dash's dict grouping: its order is the order of values
        else:
            flat.append(item)
    return flat


def _dependencies(positional: tuple, kwargs: dict) -> list[Any]:
    """Positional dependencies, plus Dash's output=/inputs=/state= keywords (lists or dicts; items
    may be ``"id.prop"`` strings there)."""
    _deps.refuse_positional_strings(_flatten(positional))
    _deps.convert_keywords(kwargs)
    dependencies = list(positional)
    for key in DEPENDENCY_KWARGS:
        if key in kwargs:
            value = kwargs.pop(key)
            if isinstance(value, Mapping):  # Dash's dict grouping: its order is the order of values
                value = list(value.values())
            dependencies.extend(value if isinstance(value, (list, tuple)) else [value])
    flat = _flatten(dependencies)
    unknown = [d for d in flat if not isinstance(d, (Output, Input, State))]
    if unknown:
        raise TypeError(f"dc.callback: expected Output, Input or State, got {unknown[0]!r}")
    return flat


def _key(dependency: Any) -> str:
    return f"{json.dumps(dependency.component_id, sort_keys=True, default=str)}.{dependency.component_property}"


def _is_list_output(output: Output) -> bool:
    """An Output whose id has ALL or ALLSMALLER: Dash expects a list for it."""
    ident = output.component_id
    return isinstance(ident, dict) and any(v in (ALL, ALLSMALLER) for v in ident.values())


def _describe(output: Output) -> str:
    return f"Output({output.component_id!r}, {output.component_property!r})"


def check_signature(action: Action, outputs: list[Output], values: list[Any]) -> None:
    """Outputs and values against the action's signature; ``ValueError`` saying what to change."""
    signature, name = action.signature, action.qualname
    if signature.values != "any" and len(values) != signature.values:
        raise ValueError(f"dc.callback: {name} takes {signature.values} value(s) from Input/State, got {len(values)}")
    wanted = signature.outputs
    if wanted == "any":
        return
    if wanted == "list":
        if len(outputs) != 1 or not _is_list_output(outputs[0]):
            raise ValueError(f"dc.callback: {name} writes one pattern-matching list: give exactly one Output "
                             f"whose id uses ALL or ALLSMALLER, got {len(outputs)} output(s)")
        return
    if len(outputs) != wanted:
        raise ValueError(f"dc.callback: {name} writes {wanted} value(s), one per Output; got {len(outputs)} Output(s)")
    listed = [o for o in outputs if _is_list_output(o)]
    if listed:
        raise ValueError(f"dc.callback: {name} writes a single value to each Output, but {_describe(listed[0])} "
                         "uses ALL/ALLSMALLER and takes a list; use MATCH or a plain id")


@dataclass
class Layout:
    """Where every value sits among the arguments Dash passes (Inputs first, then States)."""

    dependencies: list[Any]  # what to register: outputs, then every Input, then every State
    outputs: list[Output]
    value_args: list[int]  # the action's values, in its order
    arg_of: dict[str, int] = field(default_factory=dict)  # page-bound option -> argument

    @property
    def arg_count(self) -> int:
        return sum(isinstance(d, (Input, State)) for d in self.dependencies)


def layout_of(action: Action, flat: list[Any]) -> Layout:
    outputs = [d for d in flat if isinstance(d, Output)]
    own = [d for d in flat if isinstance(d, (Input, State))]
    check_signature(action, outputs, own)
    extra = []
    known = {_key(d): d for d in own}
    for dependency in action.page_dependencies:
        if _key(dependency) not in known:  # an option reading a value the callback already has
            known[_key(dependency)] = dependency
            extra.append(dependency)
    args = [d for d in own + extra if isinstance(d, Input)] + [d for d in own + extra if isinstance(d, State)]
    position = {_key(d): i for i, d in enumerate(args)}
    # Dash wants Outputs, then Inputs, then States, and passes the values in that order.
    # The action's values are the callback's Inputs then States, as Dash passes them.
    layout = Layout(outputs + args, outputs, sorted(position[_key(d)] for d in own))
    layout.arg_of = {name: position[_key(d)] for name, d in action.page.items()}
    return layout


@dataclass(frozen=True)
class Registration:
    """What ``dc.callback`` registered (for tests and the app doctor)."""

    mode: str
    action: Action
    clientside_function: ClientsideFunction | None
    dependencies: tuple
    gate: str | None = None


def _gate_settings(debounce: Any, throttle: Any) -> dict[str, int]:
    settings = {}
    for name, value in (("debounce", debounce), ("throttle", throttle)):
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 600_000:
            raise ValueError(f"dc.callback: {name} must be a number of milliseconds from 1 to 600000, got {value!r}")
        settings[f"${name}"] = int(value)
    if len(settings) > 1:
        raise ValueError("dc.callback: give debounce or throttle, not both")
    return settings


def _registration_id(outputs: list[Output]) -> str:
    """Tells apart two registrations of the same bound name (each keeps its own gate)."""
    text = "|".join(_key(o) for o in outputs)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def _dash_callback_id(outputs: list[Output], inputs: list[Input]) -> str | None:
    """The id Dash gives a callback (its outputs, plus a hash of its Inputs for allow_duplicate
    ones); None when this Dash does not say or the id depends on the call site."""
    try:
        from dash._utils import create_callback_id  # pylint: disable=import-outside-toplevel
    except ImportError:  # pragma: no cover - a Dash without it: nothing to compare
        return None
    if not outputs:
        return create_callback_id([], inputs, no_output=True) if inputs else None
    return create_callback_id(outputs[0] if len(outputs) == 1 else outputs, inputs)


def _refuse_collision(outputs: list[Output], inputs: list[Input], app: Any) -> None:
    """Dash keys callbacks by that id and a second one with the same id silently replaces the
    first (dash #2486, #3596: identical Inputs and the same allow_duplicate Output): refuse it."""
    callback_id = _dash_callback_id(outputs, inputs)
    if callback_id is None:
        return
    from dash import _callback as dash_callback  # pylint: disable=import-outside-toplevel

    registered = app._callback_list if app is not None else dash_callback.GLOBAL_CALLBACK_LIST  # pylint: disable=protected-access
    if any(spec.get("output") == callback_id for spec in registered):
        written = ", ".join(_key(o) for o in outputs) or "no Output"
        raise ValueError(
            f"dc.callback: another callback already writes {written} with the same Inputs, so Dash gives both "
            "the same id and would silently keep only one (dash #2486): give them different Inputs, or route "
            "both through one dc.dispatch.by_trigger"
        )


def callback(action: Action, *dependencies: Any, mode: str | None = None, app: Any = None,
             debounce: int | None = None, throttle: int | None = None, **kwargs: Any) -> Registration:
    """Register ``action`` like ``dash.callback``: same Output/Input/State grammar and keywords.

    Parameters
    ----------
    action
        An action from a pattern module, e.g. ``dc.format.number(specifier=",.2f")``.
    *dependencies
        ``Output``, ``Input`` and ``State`` objects (or lists of them), as for ``dash.callback``;
        Dash's ``output=``/``inputs=``/``state=`` keywords (lists or dicts) work too. The
        Inputs/States of page-bound options are appended.
    mode
        ``"client"`` runs the JS function in the browser; ``"server"`` runs the Python twin.
        Default: ``$DASHCLIENT_MODE``, else ``"client"``.
    app
        Register on this app instead of globally (``dash.callback``).
    debounce, throttle
        Milliseconds: run once the inputs are quiet for that long / at most once per period.
        The gate runs in the browser in both modes, so fewer requests reach the server.
    **kwargs
        ``prevent_initial_call``, ``allow_duplicate`` (on the Output), ``hidden``; in server mode
        any other ``dash.callback`` keyword too. Keywords that Dash would silently drop for a
        clientside callback raise ``ValueError``.

    Returns
    -------
    Registration
        What was registered.
    """
    if not isinstance(action, Action):
        raise TypeError(f"dc.callback: expected an action such as dc.format.number(), got {action!r}")
    mode = resolve_mode(mode)
    layout = layout_of(action, _dependencies(dependencies, kwargs))
    gate = _gate_settings(debounce, throttle)
    if gate:
        gate["$id"] = _registration_id(layout.outputs)  # type: ignore[assignment]
    if action.factory.check is not None:
        action.factory.check(action, mode, layout)

    inputs = [d for d in layout.dependencies if isinstance(d, Input)]
    if mode == "client":
        _refuse_dropped_keywords(action, kwargs)
        if getattr(action, "js", True) is None:  # a dc.action without its JS half
            raise ValueError(f"dc.callback: {action.qualname} has no JS twin: give @dc.action(js='namespace.function') "
                             "or register it with mode='server'")
        _refuse_collision(layout.outputs, inputs, app)
        function = ClientsideFunction(action.namespace, action.function_name_for(layout.arg_of, gate))
        register = app.clientside_callback if app is not None else dash.clientside_callback
        register(function, *layout.dependencies, **kwargs)
        _serve.note_client_callback(app)
        return Registration(mode, action, function, tuple(layout.dependencies))

    if action.factory.register_server is not None:
        return action.factory.register_server(action, layout, app=app, gate=gate, kwargs=kwargs)
    register = app.callback if app is not None else dash.callback
    if not gate:
        _refuse_collision(layout.outputs, inputs, app)
        register(*layout.dependencies, **kwargs)(_server_runner(action, layout, gated=False))
        return Registration(mode, action, None, tuple(layout.dependencies))
    return _register_gated(action, layout, gate, app, register, kwargs)


def _refuse_dropped_keywords(action: Action, kwargs: Mapping[str, Any]) -> None:
    dropped = sorted(set(kwargs) - CLIENTSIDE_KWARGS)
    if dropped:
        raise ValueError(
            f"dc.callback: {dropped[0]!r} is not supported in client mode for {action.qualname} "
            f"(dash.clientside_callback would silently ignore it); use mode='server' or drop it"
        )


def _register_gated(action: Action, layout: Layout, gate: dict, app: Any, register: Any, kwargs: dict) -> Registration:
    """Server mode with debounce/throttle: a clientside gate forwards the values to a store once it
    opens; the server callback listens to the store, so gated-out calls never leave the browser."""
    if any(isinstance(d.component_id, dict) and MATCH in d.component_id.values() for d in layout.dependencies):
        raise ValueError("dc.callback: debounce/throttle in server mode does not support MATCH dependencies; "
                         "use mode='client' or drop the gate")
    store = f"_dashclient_gate_{gate['$id']}"
    _refuse_collision(layout.outputs, [Input(store, "data")], app)
    _plumbing.add_store(store, app)
    gate_function = ClientsideFunction(_spec.INTERNAL_NAMESPACE, f"{GATE_NAME}{_spec.bind_separator()}"
                                       f"{json.dumps(gate, sort_keys=True, separators=(',', ':'))}")
    sources = [d for d in layout.dependencies if isinstance(d, (Input, State))]
    client_register = app.clientside_callback if app is not None else dash.clientside_callback
    initial = {k: v for k, v in kwargs.items() if k in CLIENTSIDE_KWARGS}
    client_register(gate_function, Output(store, "data"), *sources, **initial)
    server_kwargs = {**kwargs, "prevent_initial_call": True}
    register(*layout.outputs, Input(store, "data"), **server_kwargs)(_server_runner(action, layout, gated=True))
    return Registration("server", action, None, tuple(layout.dependencies), gate=store)


def _server_runner(action: Action, layout: Layout, gated: bool):
    """The Python callback: split Dash's arguments into values and page-bound options, add the
    context, run the twin, and give several outputs one ``no_update`` each."""
    several = len(layout.outputs) > 1

    def run(*args: Any) -> Any:
        context = None
        if gated:
            data = args[0] or {}
            args = tuple(data.get("values") or [None] * layout.arg_count)
            snapshot = data.get("context") or {}
            context = from_parts(snapshot.get("triggered"), snapshot.get("inputs"), snapshot.get("states"),
                                 snapshot.get("outputs_list"), snapshot.get("triggered_id"))
        elif action.signature.context:
            context = from_dash()
        values = [args[i] for i in layout.value_args]
        page = {name: args[i] for name, i in layout.arg_of.items()}
        result = action(*values, context=context, **page) if action.signature.context else action(*values, **page)
        if several and result is no_update:
            return [no_update] * len(layout.outputs)
        return result

    run.__name__ = f"dashclient_{action.pattern}_{action.name}"
    return run
