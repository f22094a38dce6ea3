"""The pytest fixtures of the plugin: ``clientside`` (the kit bound to ``dash_duo``) and
``dashclient_mode`` (run a test once per mode)."""

from __future__ import annotations

from typing import Any, Callable, Iterable, Mapping

import pytest

from . import _call, _modes, _page


class Clientside:
    """The kit's helpers bound to one ``dash_duo``; the ``clientside`` fixture gives one per test."""

    Error = _call.ClientsideError
    NotFound = _call.ClientsideFunctionNotFound

    def __init__(self, dash_duo: Any):
        self.dash_duo = dash_duo

    def call(self, function: Any, *args: Any, context: Mapping[str, Any] | None = None, timeout: float = 10) -> Any:
        """:func:`dashclient.testing.call` in this test's page."""
        return _call.call(self.dash_duo, function, *args, context=context, timeout=timeout)

    def text(self, element_id: str) -> str | None:
        """Exact ``textContent`` of an element (None when absent)."""
        return _page.text_content(self.dash_duo, element_id)

    def wait_for_text(self, element_id: str, expected: str, timeout: float = 10) -> None:
        """Wait until the element's exact ``textContent`` equals ``expected``."""
        _page.wait_for_text_content(self.dash_duo, element_id, expected, timeout)

    def props(self, component_id: Any) -> dict | None:
        """Every prop of a component as the renderer holds it."""
        return _page.props(self.dash_duo, component_id)

    def prop(self, component_id: Any, name: str) -> Any:
        """One prop of a component (``MISSING`` when there is no such component)."""
        return _page.prop(self.dash_duo, component_id, name)

    def set_props(self, component_id: Any, values: Mapping[str, Any]) -> None:
        """Change props as a user would (callbacks fire)."""
        _page.set_props(self.dash_duo, component_id, values)

    def wait_until_settled(self, timeout: float = 10) -> None:
        """Wait until every triggered callback has finished."""
        _page.wait_until_settled(self.dash_duo, timeout)

    def console_errors(self) -> list[dict]:
        """Browser console errors not read before."""
        return _page.console_errors(self.dash_duo)

    def assert_no_console_errors(self) -> None:
        """Fail, listing their messages, when the browser logged errors."""
        _page.assert_no_console_errors(self.dash_duo)

    def assert_modes_agree(self, create_app: Callable[..., Any], props: Iterable[Any],
                           interact: Callable[[Any], Any] | None = None, **options: Any) -> dict:
        """:func:`dashclient.testing.assert_modes_agree` on this test's ``dash_duo``."""
        return _modes.assert_modes_agree(self.dash_duo, create_app, props, interact, **options)


@pytest.fixture
def clientside(dash_duo: Any) -> Clientside:
    """dashclient's testing kit on this test's ``dash_duo``: call clientside functions, read exact
    text and props, compare client and server mode."""
    return Clientside(dash_duo)


@pytest.fixture(params=_modes.MODES)
def dashclient_mode(request: Any, monkeypatch: Any) -> str:
    """Runs the test once per mode with ``$DASHCLIENT_MODE`` set: apps the test builds register
    their ``dc.callback`` callbacks in that mode."""
    monkeypatch.setenv(_modes.MODE_VARIABLE, request.param)
    return request.param
