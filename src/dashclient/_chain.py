"""Chains of actions run in order from one trigger, Vizro-style, each step in the browser or on
the server::

    dc.chain(
        dc.step(card_text(show_species=True), outputs="card.children", inputs=["scatter.clickData"]),
        dc.sleep(2),
        dc.step(export_csv(), outputs="download.data", mode="server"),
        trigger="button.n_clicks",
        running=[("button.disabled", True, False)],
        error="error.children",
    )

Each step is one callback: the first listens to the trigger, every other one to a hidden store the
step before it writes, so the chain's state lives in the browser (no per-process state: the same
under many gunicorn workers) and a chain of client steps sends no request at all. A step's result
goes to its own outputs and on to the next step; ``no_update`` (or ``PreventUpdate``) stops the
chain; an exception stops it and its message goes to the ``error`` target. ``running`` props are
set when the trigger fires and reset when the chain ends, however it ends, in both modes.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from typing import Any, Iterable

import dash
from dash import ClientsideFunction, no_update
from dash.dependencies import Input, Output, State
from dash.exceptions import PreventUpdate

from . import _deps, _internal, _plumbing, _spec
from ._action import Action
from ._callback import _key, resolve_mode


@dataclass(frozen=True)
class Step:
    """One action of a chain, with the props it writes and reads."""

    action: Action
    outputs: tuple[Output, ...] = ()
    inputs: tuple[State, ...] = ()
    mode: str | None = None


def step(action: Action, outputs: Any = None, inputs: Any = None, mode: str | None = None) -> Step:
    """A chain step: ``outputs`` it writes and ``inputs`` it reads when its turn comes (``"id.prop"``
    strings or Dash dependencies); ``mode`` overrides the chain's for this step."""
    if not isinstance(action, Action):
        raise TypeError(f"dc.step: expected an action, got {action!r}")
    outs = tuple(_deps.as_dependencies(outputs, Output))
    reads = tuple(State(d.component_id, d.component_property) for d in _deps.as_dependencies(inputs, State))
    signature, name = action.signature, action.qualname
    if signature.values != "any" and len(reads) != signature.values:
        raise ValueError(f"dc.step: {name} takes {signature.values} value(s), got {len(reads)} input(s)")
    if isinstance(signature.outputs, int) and len(outs) != signature.outputs:
        raise ValueError(f"dc.step: {name} writes {signature.outputs} value(s), got {len(outs)} output(s)")
    return Step(action, outs, reads, None if mode is None else resolve_mode(mode))


def sleep(seconds: float) -> Step:
    """A step that waits ``seconds`` (0-600) before the next one runs; in the browser nothing is
    blocked, on the server one worker thread waits."""
    return Step(_internal.sleep(seconds=seconds))


def _target(value: Any) -> Output:
    return _deps.as_dependency(value, Output)


@dataclass(frozen=True)
class Chain:
    """What ``dc.chain`` registered: its id, its stores and each step's mode."""

    id: str
    stores: tuple[str, ...]
    modes: tuple[str, ...]


def _chain_id(trigger: Input, steps: list[Step]) -> str:
    text = _key(trigger) + "|" + "|".join(_key(o) for s in steps for o in s.outputs) + f"|{len(steps)}"
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def chain(*steps: Any, trigger: Any, running: Iterable[tuple] | None = None, error: Any = None,
          mode: str | None = None, app: Any = None) -> Chain:
    """Register steps that run in order each time ``trigger`` fires.

    Parameters
    ----------
    *steps
        ``dc.step(...)``, ``dc.sleep(...)``, or bare actions that read and write nothing.
    trigger
        The Input that starts the chain (``"button.n_clicks"`` or ``Input(...)``).
    running
        ``(target, on, off)`` triples: ``target`` is set to ``on`` when the chain starts and to
        ``off`` when it ends, whether it completes, stops or fails (Dash's ``running=``, which
        Dash drops for clientside callbacks).
    error
        A target (``"alert.children"``) that receives a step's error message; the first step clears
        it (``""``) when it does not fail.
    mode
        ``"client"`` or ``"server"`` for every step that does not say (default ``$DASHCLIENT_MODE``,
        else client). A step without a JS half must say ``mode="server"``.
    app
        Register on this app instead of globally.
    """
    items = [s if isinstance(s, Step) else step(s) for s in steps]
    if not items:
        raise ValueError("dc.chain: give at least one step")
    start = _deps.as_dependency(trigger, Input)
    if not isinstance(start, Input):
        raise TypeError(f"dc.chain: trigger must be an Input or 'id.prop', got {trigger!r}")
    default_mode = resolve_mode(mode)
    cid = _chain_id(start, items)
    stores = [f"_dashclient_chain_{cid}_{i}" for i in range(1, len(items))]
    done = f"_dashclient_chain_{cid}_done"
    for store in (*stores, done):
        _plumbing.add_store(store, app)
    error_target = _target(error) if error is not None else None
    modes = []
    for index, item in enumerate(items):
        step_mode = item.mode or default_mode
        go = start if index == 0 else Input(stores[index - 1], "data")
        nxt = stores[index] if index < len(items) - 1 else None
        _register_step(item, index, step_mode, go, nxt, done, error_target, app)
        modes.append(step_mode)
    _register_running(list(running or ()), start, done, app)
    return Chain(cid, (*stores, done), tuple(modes))


def _register_step(item: Step, index: int, mode: str, go: Input, nxt: str | None, done: str,
                   error_target: Output | None, app: Any) -> None:
    action = item.action
    # What the step reads: its inputs, then its page-bound options, all read when its turn comes.
    wanted = list(item.inputs) + [State(d.component_id, d.component_property) for d in action.page_dependencies]
    states: list[State] = []
    positions: list[int] = []  # for each value the action gets, its index among the callback's args
    for dependency in wanted:
        if _key(dependency) == _key(go):
            positions.append(0)
            continue
        if _key(dependency) not in [_key(s) for s in states]:
            states.append(dependency)
        positions.append(1 + [_key(s) for s in states].index(_key(dependency)))
    count = len(item.inputs)
    arg_of = {name: count + i for i, name in enumerate(action.page)}
    outputs = [Output(o.component_id, o.component_property, allow_duplicate=True) for o in item.outputs]
    outputs += [Output(nxt, "data")] if nxt else []
    outputs += [Output(done, "data", allow_duplicate=True)]
    outputs += [Output(error_target.component_id, error_target.component_property, allow_duplicate=True)] \
        if error_target is not None else []
    shape = {"$outputs": len(item.outputs), "$last": nxt is None, "$error": error_target is not None, "$index": index}
    if mode == "client":
        inner = action.function_name_for(arg_of, {"$raise": True})
        bound = {"$run": [action.namespace, inner], "$args": positions, **shape}
        function = ClientsideFunction(_spec.INTERNAL_NAMESPACE, f"step{_spec.bind_separator()}{json.dumps(bound, sort_keys=True, separators=(',', ':'))}")
        register = app.clientside_callback if app is not None else dash.clientside_callback
        register(function, *outputs, go, *states, prevent_initial_call=True)
        return
    register = app.callback if app is not None else dash.callback
    register(*outputs, go, *states, prevent_initial_call=True)(_server_step(action, positions, count, shape))


def _server_step(action: Action, positions: list[int], count: int, shape: dict):
    """The Python half of ``step`` (js/internal/chain.js), outcome for outcome."""
    outs, last, has_error, index = shape["$outputs"], shape["$last"], shape["$error"], shape["$index"]
    no_error = "" if index == 0 else no_update  # the first step clears an earlier run's message

    def tail(nxt: Any, finished: Any, message: Any) -> list:
        return ([] if last else [nxt]) + [finished] + ([message] if has_error else [])

    def run_step(go: Any, *states: Any) -> list:
        if index == 0 and go is None:  # the trigger appeared in the layout unset: not fired (chain.js)
            return [no_update] * outs + tail(no_update, no_update, no_update)
        run = uuid.uuid4().hex if index == 0 else (go or {}).get("run")
        args = (go, *states)
        picked = [args[i] for i in positions]
        values, page = picked[:count], dict(zip(action.page, picked[count:]))
        untouched = [no_update] * outs
        try:
            result = action.invoke(values, page, raise_errors=True)
        except PreventUpdate:
            result = no_update
        except Exception as failure:  # noqa: BLE001 - reported to the chain's error target
            message = str(failure) or type(failure).__name__
            return untouched + tail(no_update, {"status": "error", "step": index, "run": run, "message": message}, message)
        if result is no_update:
            return untouched + tail(no_update, {"status": "stopped", "step": index, "run": run}, no_error)
        outputs = [] if outs == 0 else [result] if outs == 1 else list(result) if isinstance(result, (list, tuple)) else None
        if outputs is None or len(outputs) != outs:
            message = f"step {index + 1} returned {result!r} for {outs} outputs"
            return untouched + tail(no_update, {"status": "error", "step": index, "run": run, "message": message}, message)
        finished = {"status": "ok", "step": index, "run": run} if last else no_update
        return outputs + tail({"step": index + 1, "run": run}, finished, no_error)

    run_step.__name__ = f"dashclient_chain_step_{index}"
    return run_step


def _register_running(running: list[tuple], start: Input, done: str, app: Any) -> None:
    """Running props on when the trigger fires, off when the chain ends: clientside in every mode,
    so a failed or stopped step resets them too. (The error target is cleared by the first step:
    a callback on the trigger writing it too would share its allow_duplicate id.)"""
    targets = [(_target(t), on, off) for t, on, off in running]
    if not targets:
        return
    register = app.clientside_callback if app is not None else dash.clientside_callback
    for phase, trigger in (("on", start), ("off", Input(done, "data"))):
        chosen = [(t, on if phase == "on" else off) for t, on, off in targets]
        chosen = [(t, v) for t, v in chosen if v is not no_update]
        if not chosen:
            continue
        action = _internal.constant(values=[v for _, v in chosen], single=len(chosen) == 1, unless_unset=phase == "on")
        outputs = [Output(t.component_id, t.component_property, allow_duplicate=True) for t, _ in chosen]
        register(ClientsideFunction(_spec.INTERNAL_NAMESPACE, action.function_name_for(None, {"$id": f"{phase}-{done}"})),
                 *outputs, trigger, prevent_initial_call=True)
