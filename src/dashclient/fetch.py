"""``dc.fetch``: fetch a URL in the browser (client mode) or from Python with httpx (server mode),
with a deadline, an allow list and latest-wins, and the same outcomes in both::

    search = dc.fetch.json(url="/api/search?q={0}", error="search-error", status="search-status",
                           timeout_ms=3000)
    dc.callback(search, Output("results", "data"), Input("query", "value"))                 # browser
    dc.callback(search, Output("results-s", "data"), Input("query", "value"), mode="server")  # Python

- The URL is the first value (``url=None``) or a template whose ``{0}``, ``{1}``... are the
  values, URL-encoded. It must be ``http(s)://...`` or start with ``/`` (the app's own origin), and
  fall under ``allow`` (URL prefixes; default: the app's own origin only).
- Success: the data output gets the JSON value (``json``) or the text (``text``); the error target
  gets ``""``; the status target ``"ok"``. Any failure (non-2xx, network error, timeout, invalid
  JSON, a body over ``max_bytes``, a URL not allowed): the data output keeps its value
  (``no_update``), the error target gets a short message, the status target ``"error"``. No URL
  (an empty first value): nothing fetched, status ``"idle"``. While a request runs: ``"loading"``.
  ``status_values`` maps these to what the target shows (``{"loading": True, "ok": False, ...}``
  drives a loader's ``visible``).
- Targets are set_props ids (``"id"`` -> its ``children``, or ``{"id": ..., "property": ...}``), or
  more Outputs of the callback: ``outputs=["data", "error", "status"]``.
- Latest wins: a new call of the same callback aborts the one in flight (client mode) and a late
  response never overwrites a newer one (both modes, any number of server processes).
- Client mode refuses, at registration, a constant header or URL parameter that looks like a
  credential (constant options are visible in the page): bind it to a ``State`` or use server mode.
- Server mode's allow list is strict (SSRF): only http(s), every redirect inside the list, and no
  loopback, link-local or private address (checked after resolving) unless the entry names it.

Options, defaults and ranges: docs/reference.md; the whole story: docs/fetch.md.
"""

from __future__ import annotations

from typing import Any

from ._action import Action, ActionFactory
from ._fetch import server as _server
from ._fetch.call import compile_call

__all__ = ["json", "text"]


class _FetchFactory(ActionFactory):
    """Constant options are also checked together at bind time (``body`` with GET, a target given
    twice), with the messages the browser half uses for page-bound ones."""

    def __call__(self, **options: Any) -> Action:
        action = super().__call__(**options)
        if not action.page:
            compiled = self.compile_options(action.options, checked=True)
            if compiled.error is not None:
                where = self.spec.where
                raise ValueError(compiled.error if compiled.error.startswith(where) else f"{where}: {compiled.error}")
        return action


def _factory(name: str) -> ActionFactory:
    return _FetchFactory("fetch", name, compile_call(name), check=_server.check,
                         register_server=_server.register_server)


json = _factory("json")
text = _factory("text")
