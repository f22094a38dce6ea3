"""How dc.callback registers dc.fetch: the checks once the mode is known, and server mode's plumbing.

Server mode is three callbacks around hidden stores (all in the app's layout through
``_plumbing``), so that latest-wins holds with any number of server processes and no state in them:

1. ``begin`` (browser, role of the JS function): shows "loading" unless there is no URL, and
   passes every value and the context to ``<id>_request`` (debounce/throttle gate it here);
2. the server callback (``Input(<id>_request)``): runs the Python twin, returns the outputs and
   the set_props effects, as one more Output, ``<id>_effects``;
3. ``apply`` (browser): applies those effects with the same guarded set_props as client mode.

A newer request supersedes an older one in Dash's renderer, which drops the older response's
outputs, the effects store among them: a late response changes nothing. (The older request still
runs to its end on the server, bounded by timeout_ms: nothing can cancel it without shared state.)
"""

from __future__ import annotations

import json
import uuid
from typing import Any

import dash
from dash import ClientsideFunction, Input, Output, State
from dash.dependencies import MATCH

from .. import _plumbing, _spec
from .._action import Action
from .._callback import CLIENTSIDE_KWARGS, Layout, Registration, _is_list_output, _registration_id, _server_runner
from .call import collecting_effects
from .options import browser_refused_header, secret_in
from .urls import parse_template, placeholder_count

#: The options the browser half of server mode reads; nothing secret among them.
BEGIN_OPTIONS = ("url", "outputs", "status", "status_values")


def _constants(action: Action) -> dict[str, Any]:
    return {k: v for k, v in action.options.items() if k not in action.page}


def check(action: Action, mode: str, layout: Layout | None) -> None:
    """Refuse at registration what would leak or cannot work (``ValueError`` saying what to do)."""
    where = action.qualname
    if "outputs" in action.page:
        raise ValueError(f"{where}: option 'outputs' cannot come from the page: it says what each Output receives")
    constants = _constants(action)
    if mode == "client":
        secret = secret_in(constants)
        if secret:
            raise ValueError(
                f"{where}: {secret} looks like a credential, and constant options travel to the browser inside "
                f"the function name. Bind it to the page instead (headers=State('auth-store', 'data'), filled "
                f"per session), or use mode='server' so it stays in Python."
            )
        refused = browser_refused_header(constants.get("headers") or {})
        if refused:
            raise ValueError(f"{where}: header {refused!r} cannot be set by a browser; use mode='server'")
    if layout is None:
        return
    outputs = constants["outputs"]
    listed = [o for o in layout.outputs if _is_list_output(o)]
    if listed or len(layout.outputs) != len(outputs):
        raise ValueError(f"{where}: option 'outputs' is {outputs!r}: give exactly {len(outputs)} Output(s) "
                         f"without ALL/ALLSMALLER, one per entry; got {len(layout.outputs)}")
    if "url" in action.page:
        return  # a template from the page is checked on every call
    values, url = len(layout.value_args), constants["url"]
    if url is None and values == 0:
        raise ValueError(f"{where}: with url=None the first Input/State is the URL; give at least one")
    if url is not None:
        needed = placeholder_count(parse_template(url))
        if needed > values:
            raise ValueError(f"{where}: option 'url' uses placeholder {{{needed - 1}}} but the callback has "
                             f"{values} value(s) from Input/State")


def _bound_name(action: Action, options: dict[str, Any]) -> str:
    text = json.dumps(options, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return f"{action.name}{_spec.bind_separator()}{text}"


def register_server(action: Action, layout: Layout, *, app: Any, gate: dict, kwargs: dict) -> Registration:
    """Register begin, the server callback and apply (module docstring)."""
    if any(isinstance(d.component_id, dict) and MATCH in d.component_id.values() for d in layout.dependencies):
        raise ValueError(f"{action.qualname}: server mode does not support MATCH dependencies; use mode='client'")
    rid = gate.get("$id") or _registration_id(layout.outputs)
    stores = {part: f"_dashclient_fetch_{rid}_{part}" for part in ("request", "effects", "applied")}
    for store in stores.values():
        _plumbing.add_store(store, app)
    client_register = app.clientside_callback if app is not None else dash.clientside_callback
    server_register = app.callback if app is not None else dash.callback

    begin = {k: v for k, v in action.bound_options.items() if k in BEGIN_OPTIONS}
    begin.update({name: {"$arg": layout.arg_of[name]} for name in action.page if name in BEGIN_OPTIONS})
    begin.update(gate)
    begin.update({
        "$role": "begin",
        "$values": layout.value_args,
        "$outputs": [{"id": o.component_id, "property": o.component_property} for o in layout.outputs],
    })
    sources = [d for d in layout.dependencies if isinstance(d, (Input, State))]
    initial = {k: v for k, v in kwargs.items() if k in CLIENTSIDE_KWARGS}
    client_register(ClientsideFunction(action.namespace, _bound_name(action, begin)),
                    Output(stores["request"], "data"), *sources, **initial)

    twin = _server_runner(action, layout, gated=True)
    several = len(layout.outputs) > 1

    def run(request: Any) -> list:
        with collecting_effects() as effects:
            result = twin(request)
        outputs = list(result) if several else [result]
        return [*outputs, {"effects": effects, "id": uuid.uuid4().hex}]

    run.__name__ = f"dashclient_fetch_{action.name}"
    server_register(*layout.outputs, Output(stores["effects"], "data"), Input(stores["request"], "data"),
                    **{**kwargs, "prevent_initial_call": True})(run)

    client_register(ClientsideFunction(action.namespace, _bound_name(action, {"$role": "apply"})),
                    Output(stores["applied"], "data"), Input(stores["effects"], "data"), prevent_initial_call=True)
    return Registration("server", action, None, tuple(layout.dependencies), gate=stores["request"])
