"""One app, client mode and server mode: drive both the same way, and the named props must agree.

The first mode runs on ``dash_duo``'s own server; each other mode gets a second threaded server on
another port, and the same browser goes there. The first mode's props are the reference; every
other mode is given ``timeout`` seconds to reach them, so a slower server round trip is not a
difference. Differences come back as one readable diff.
"""

from __future__ import annotations

import difflib
import inspect
import json
import os
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Mapping, Sequence

from .._callback import MODE_VARIABLE, MODES
from ._page import MISSING, console_errors, driver_of, prop, wait_until, wait_until_settled


PropRef = Any  # "id.prop", or (id, "prop") for a dict id


class ModesDisagree(AssertionError):
    """The named props differ between modes (the message is the diff)."""


@dataclass
class ModePage:
    """What ``interact`` gets: the browser on one mode's app.

    ``dash_duo``'s element helpers (``find_element``, ``wait_for_text_to_equal``, ...) work on
    it as well, since the same browser shows the page; use ``page.url`` rather than
    ``dash_duo.server_url`` to navigate.
    """

    driver: Any
    url: str
    mode: str
    dash_duo: Any


def _split(ref: PropRef) -> tuple[Any, str]:
    if isinstance(ref, str):
        component_id, dot, name = ref.partition(".")  # Dash ids cannot hold a dot
        if dot and component_id and name:
            return component_id, name
    elif isinstance(ref, (tuple, list)) and len(ref) == 2 and isinstance(ref[1], str):
        return ref[0], ref[1]
    raise ValueError(f"a prop is 'component_id.property' or (dict_id, 'property'), got {ref!r}")


def _label(ref: PropRef) -> str:
    component_id, name = _split(ref)
    shown = component_id if isinstance(component_id, str) else json.dumps(component_id, sort_keys=True)
    return f"{shown}.{name}"


def build_app(create_app: Callable[..., Any], mode: str) -> Any:
    """``create_app(mode)`` when it takes an argument, else ``create_app()`` with
    ``$DASHCLIENT_MODE`` set to ``mode`` while it runs."""
    try:
        parameters = list(inspect.signature(create_app).parameters.values())
    except (TypeError, ValueError):
        parameters = []
    takes_mode = any(p.name == "mode" or p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD, p.VAR_POSITIONAL)
                     for p in parameters)
    if takes_mode:
        return create_app(mode)
    before = os.environ.get(MODE_VARIABLE)
    os.environ[MODE_VARIABLE] = mode
    try:
        return create_app()
    finally:
        if before is None:
            os.environ.pop(MODE_VARIABLE, None)
        else:
            os.environ[MODE_VARIABLE] = before


def _show(value: Any) -> str:
    if value is MISSING:
        return repr(value)
    return json.dumps(value, sort_keys=True, ensure_ascii=True) if not isinstance(value, str) else repr(value)


def describe_differences(reference: str, other: str, seen: Mapping[str, Mapping[str, Any]]) -> str:
    """A readable diff of the props that differ between two modes (empty when none does)."""
    left, right = seen[reference], seen[other]
    parts = []
    for label in left:
        a, b = left[label], right[label]
        if a == b and (a is MISSING) == (b is MISSING):
            continue
        if isinstance(a, (dict, list)) and isinstance(b, (dict, list)):
            lines = difflib.unified_diff(json.dumps(a, indent=2, sort_keys=True).splitlines(),
                                         json.dumps(b, indent=2, sort_keys=True).splitlines(),
                                         fromfile=reference, tofile=other, lineterm="", n=2)
            parts.append(f"  {label}:\n" + "\n".join(f"    {line}" for line in lines))
        else:
            width = max(len(reference), len(other))
            parts.append(f"  {label}:\n    {reference:<{width}}  {_show(a)}\n    {other:<{width}}  {_show(b)}")
    if not parts:
        return ""
    return f"{len(parts)} of {len(left)} prop(s) differ between {reference} and {other} mode:\n" + "\n".join(parts)


def _read(page: Any, refs: Sequence[PropRef]) -> dict[str, Any]:
    return {_label(ref): prop(page, *_split(ref)) for ref in refs}


def assert_modes_agree(dash_duo: Any, create_app: Callable[..., Any], props: Iterable[PropRef],
                       interact: Callable[[ModePage], Any] | None = None, modes: Sequence[str] = MODES,
                       timeout: float = 10, allow_console_errors: bool = False) -> dict[str, dict[str, Any]]:
    """Run the app once per mode, drive it the same way, and assert the named props end equal.

    Parameters
    ----------
    dash_duo
        dash[testing]'s fixture, not started yet: the first mode runs on its server.
    create_app
        Builds a new app: ``create_app(mode)``, or ``create_app()`` reading ``$DASHCLIENT_MODE``
        (set for the call). It is called once per mode, right before that mode runs.
    props
        ``"component_id.property"`` strings (or ``(dict_id, "property")``) to compare, read from
        the renderer (``dash_component_api.getLayout(id).props``) once callbacks settle.
    interact
        ``interact(page)`` drives the app (clicks, typing, ``set_props``); called once per mode
        after the page loaded. Wait there for what marks the end of anything timed (a debounce,
        ``dc.sleep``): the helper waits only for Dash's callback queue to empty.
    modes
        The modes, reference first.
    timeout
        Seconds each wait may take; other modes get this long to reach the reference props.
    allow_console_errors
        By default a browser console error in any mode fails too.

    Returns
    -------
    dict
        ``{mode: {"id.prop": value}}``, what each mode showed.

    Raises
    ------
    ModesDisagree
        An AssertionError whose message lists each differing prop, mode by mode.
    """
    from dash.testing.application_runners import ThreadedRunner  # pylint: disable=import-outside-toplevel

    refs = list(props)
    if not refs:
        raise ValueError("assert_modes_agree: name at least one prop to compare")
    for ref in refs:
        _split(ref)
    seen: dict[str, dict[str, Any]] = {}
    errors: dict[str, list] = {}
    runners = []
    first_url = None
    try:
        for index, mode in enumerate(modes):
            app = build_app(create_app, mode)
            if index:
                errors[modes[index - 1]] += console_errors(dash_duo)  # the previous page's, before leaving it
            if index == 0 and not getattr(dash_duo.server, "started", False):
                dash_duo.start_server(app)  # navigates and waits for the page
                first_url = dash_duo.server_url
            else:
                runner = ThreadedRunner()
                runners.append(runner)
                runner.start(app)
                dash_duo.server_url = runner.url  # navigates and waits for the page
            wait_until_settled(dash_duo, timeout)
            if interact is not None:
                interact(ModePage(driver_of(dash_duo), dash_duo.server_url, mode, dash_duo))
            wait_until_settled(dash_duo, timeout)
            if index == 0:
                seen[mode] = _read(dash_duo, refs)
                errors[mode] = console_errors(dash_duo)
                continue
            reference = seen[modes[0]]

            def reached(mode: str = mode, reference: dict = reference) -> bool:
                seen[mode] = _read(dash_duo, refs)
                return seen[mode] == reference

            try:
                wait_until(reached, timeout, lambda: "")
            except AssertionError:
                errors[mode] = console_errors(dash_duo)
                raise ModesDisagree(describe_differences(modes[0], mode, seen) + _console_lines(errors)) from None
            errors[mode] = console_errors(dash_duo)
    finally:
        for runner in runners:
            runner.stop()
        if first_url is not None and dash_duo.server_url != first_url:
            dash_duo._url = first_url  # pylint: disable=protected-access  (no navigation: the test is over)
    if any(errors.values()) and not allow_console_errors:
        raise AssertionError("the modes agree, but " + _console_lines(errors).removeprefix("\n"))
    return seen


def _console_lines(errors: Mapping[str, list]) -> str:
    """The console errors of each mode, one per line (empty when there is none)."""
    lines = [f"  {mode}: {entry.get('message', entry)}" for mode, found in errors.items() for entry in found]
    return "\nthe browser logged console errors:\n" + "\n".join(lines) if lines else ""
