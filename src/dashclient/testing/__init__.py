"""dashclient's testing kit: browser tests of clientside callbacks, beside dash[testing]'s ``dash_duo``.

A pytest plugin (entry point ``pytest11``, loaded wherever dashclient is installed) with the
fixtures ``clientside`` and ``dashclient_mode``, and plain functions taking ``dash_duo``::

    from dashclient.testing import call, ClientsideError

    def test_total(dash_duo):
        dash_duo.start_server(app)
        assert call(dash_duo, "my_app.total", [1, 2.5], {"tax": 0.2}) == 4.2
        with pytest.raises(ClientsideError, match="negative"):
            call(dash_duo, "my_app.total", [-1], {})

- :func:`call`: any function of ``window.dash_clientside`` (the pack's, or yours from assets/)
  with plain values; Promises awaited, thrown errors raised with the JS message.
- :func:`assert_modes_agree`: one app in client and in server mode, the same interactions, the
  named props equal — or a readable diff.
- :func:`text_content`, :func:`wait_for_text_content`, :func:`props`, :func:`console_errors`,
  :func:`assert_no_console_errors`: exact text (no-break spaces kept), renderer props, errors.
- :func:`chrome_options`: the system's Chromium, offline, for your ``pytest_setup_options``.
- :func:`doctor` / :func:`assert_no_gotchas`: the app doctor (``dashclient doctor module:app``).

Only Chromium and chromedriver from the system are needed (selenium comes with dash[testing]).
"""

from .._doctor import Finding, LoadError, Report, assert_no_gotchas, doctor
from ._call import ClientsideError, ClientsideFunctionNotFound, call
from ._chrome import OFFLINE_FLAGS, chrome_options, find_chromium, start_chrome
from ._fixtures import Clientside, clientside, dashclient_mode
from ._modes import ModePage, ModesDisagree, assert_modes_agree, build_app
from ._page import (
    MISSING,
    assert_no_console_errors,
    console_errors,
    prop,
    props,
    set_props,
    settled,
    text_content,
    wait_for_text_content,
    wait_until,
    wait_until_settled,
)

__all__ = [
    "Finding", "LoadError", "Report", "assert_no_gotchas", "doctor",
    "MISSING", "OFFLINE_FLAGS", "Clientside", "ClientsideError", "ClientsideFunctionNotFound", "ModePage",
    "ModesDisagree", "assert_modes_agree", "assert_no_console_errors", "build_app", "call", "chrome_options",
    "clientside", "console_errors", "dashclient_mode", "find_chromium", "prop", "props", "set_props", "settled",
    "start_chrome", "text_content", "wait_for_text_content", "wait_until", "wait_until_settled",
]
