"""Watch an app's callbacks being registered, with what Dash forgets.

Dash keeps a callback as its JSON spec and a map keyed by the callback id: the keywords
``dash.clientside_callback`` drops (``running``, ``on_error``...), which of two colliding
callbacks came first, and where each was registered are gone once the app is built. While the
doctor imports an app, :class:`Recorder` wraps Dash's own registration functions to keep them,
and turns Dash's one registration-time error (``allow_duplicate`` without
``prevent_initial_call``, which names no output) into a finding so loading goes on.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import dash
from dash import _callback, _validate
from dash.dependencies import Input, Output, State
from dash.exceptions import DuplicateCallback

# What dash.clientside_callback reads from its keywords; it silently drops every other one.
CLIENTSIDE_KEPT = frozenset({"output", "inputs", "state", "prevent_initial_call", "hidden"})

_DASH_DIR = str(Path(dash.__file__).parent)
_DASHCLIENT_DIR = Path(__file__).resolve().parents[1]


@dataclass
class Registered:
    """One callback as it was registered."""

    outputs: tuple[Output, ...]
    inputs: tuple[Input, ...]
    states: tuple[State, ...]
    no_output: bool
    prevent_initial_call: Any
    config_prevent_initial_call: Any
    callback_id: str
    callback_map: Any = field(repr=False)
    where: str = "?"
    phase: str = "import"  # "import", "after app.run()" or "layout"
    clientside: tuple[str, str] | None = None  # (namespace, function_name)
    inline: bool = False
    dropped: tuple[str, ...] = ()
    initial_call_error: bool = False  # Dash raised DuplicateCallback for it

    def describe(self) -> str:
        """How messages name it: its outputs (or its inputs for a no-output callback)."""
        from ._ids import describe  # pylint: disable=import-outside-toplevel

        if self.outputs:
            return ", ".join(describe(o) for o in self.outputs)
        return "no output, inputs " + ", ".join(describe(i) for i in self.inputs)


def _internal(filename: str) -> bool:
    """Frames of Dash and of dashclient's own registration modules: not the user's call site."""
    if filename.startswith(_DASH_DIR):
        return True
    path = Path(filename)
    try:
        relative = path.resolve().relative_to(_DASHCLIENT_DIR)
    except ValueError:
        return False
    return relative.parts[0] == "_doctor" or (len(relative.parts) == 1 and relative.name.startswith("_"))


def call_site() -> str:
    """``file:line`` of the first frame outside Dash and dashclient's registration code."""
    frame: Any = sys._getframe(1)  # pylint: disable=protected-access
    while frame is not None:
        filename = frame.f_code.co_filename
        if not _internal(filename) and not filename.startswith("<frozen"):
            return f"{_relative(filename)}:{frame.f_lineno}"
        frame = frame.f_back
    return "?"


def _relative(filename: str) -> str:
    try:
        return str(Path(filename).resolve().relative_to(Path.cwd()))
    except ValueError:
        return filename


def _flat(value: Any) -> tuple:
    if value is None:
        return ()
    return tuple(value) if isinstance(value, (list, tuple)) else (value,)


class Recorder:
    """A context manager: while active, every callback registration is recorded in ``registered``."""

    def __init__(self) -> None:
        self.registered: list[Registered] = []
        self.phase = "import"
        self.run_called_at: str | None = None
        self._clientside: dict[str, Any] | None = None
        self._saved: list[tuple[Any, str, Any]] = []
        self._globals: tuple = ()

    def _patch(self, owner: Any, name: str, replacement: Any) -> None:
        self._saved.append((owner, name, getattr(owner, name)))
        setattr(owner, name, replacement)

    def __enter__(self) -> "Recorder":
        original_insert = _callback.insert_callback
        original_clientside = _callback.register_clientside_callback
        original_validate = _validate.validate_duplicate_output
        recorder = self

        def insert_callback(callback_list, callback_map, config_prevent, output, outputs_indices, inputs, state,
                            inputs_state_indices, prevent_initial_call, *args, **kwargs):
            raised = False
            try:
                original_validate(output, prevent_initial_call, config_prevent)
            except DuplicateCallback:
                raised = True
            callback_id = original_insert(callback_list, callback_map, config_prevent, output, outputs_indices, inputs,
                                          state, inputs_state_indices, prevent_initial_call, *args, **kwargs)
            no_output = bool(kwargs.get("no_output"))
            entry = Registered(
                outputs=() if no_output else _flat(output), inputs=_flat(inputs), states=_flat(state),
                no_output=no_output, prevent_initial_call=prevent_initial_call,
                config_prevent_initial_call=config_prevent, callback_id=callback_id, callback_map=callback_map,
                where=call_site(), phase=recorder.phase, initial_call_error=raised,
            )
            pending, recorder._clientside = recorder._clientside, None
            if pending is not None:  # a clientside callback: its function is known once Dash returns
                entry.inline, entry.dropped = pending["inline"], pending["dropped"]
            recorder.registered.append(entry)
            return callback_id

        def register_clientside_callback(callback_list, callback_map, config_prevent, inline_scripts,
                                         clientside_function, *args, **kwargs):
            recorder._clientside = {"inline": isinstance(clientside_function, str),
                                    "dropped": tuple(sorted(set(kwargs) - CLIENTSIDE_KEPT))}
            result = original_clientside(callback_list, callback_map, config_prevent, inline_scripts,
                                         clientside_function, *args, **kwargs)
            spec = callback_list[-1].get("clientside_function") or {}
            if recorder.registered and recorder.registered[-1].callback_map is callback_map:
                recorder.registered[-1].clientside = (spec.get("namespace"), spec.get("function_name"))
            return result

        def validate_duplicate_output(*_args, **_kwargs):  # checked (and recorded) in insert_callback
            return None

        original_layout_value = dash.Dash._layout_value  # pylint: disable=protected-access

        def layout_value(app: Any) -> Any:  # a layout function runs: at every page load once served
            previous, recorder.phase = recorder.phase, "layout"
            try:
                return original_layout_value(app)
            finally:
                recorder.phase = previous

        def run(app, *_args, **_kwargs):
            recorder.run_called_at = recorder.run_called_at or call_site()
            recorder.phase = "after app.run()"

        newest_app = getattr(dash._get_app, "APP", None)  # pylint: disable=protected-access
        self._globals = (list(_callback.GLOBAL_CALLBACK_LIST), dict(_callback.GLOBAL_CALLBACK_MAP),
                         list(_callback.GLOBAL_INLINE_SCRIPTS), newest_app)
        self._patch(_callback, "insert_callback", insert_callback)
        self._patch(_callback, "register_clientside_callback", register_clientside_callback)
        self._patch(_validate, "validate_duplicate_output", validate_duplicate_output)
        self._patch(dash.Dash, "run", run)
        self._patch(dash.Dash, "_layout_value", layout_value)
        return self

    def __exit__(self, *exc: Any) -> None:
        while self._saved:
            owner, name, value = self._saved.pop()
            setattr(owner, name, value)

    def restore_globals(self) -> None:
        """Put Dash's global callback registry back as it was: the app the doctor loaded leaves
        nothing behind for the next app of the process."""
        callbacks, callback_map, scripts, app = self._globals
        _callback.GLOBAL_CALLBACK_LIST[:] = callbacks
        _callback.GLOBAL_CALLBACK_MAP.clear()
        _callback.GLOBAL_CALLBACK_MAP.update(callback_map)
        _callback.GLOBAL_INLINE_SCRIPTS[:] = scripts
        dash._get_app.APP = app  # pylint: disable=protected-access

    def of_app(self, app: Any) -> list[Registered]:
        """The registrations that end up in ``app``: its own and the global ones."""
        return [r for r in self.registered
                if r.callback_map is app.callback_map or r.callback_map is _callback.GLOBAL_CALLBACK_MAP]
