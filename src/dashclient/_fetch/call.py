"""One call of the server half of dc.fetch.json / dc.fetch.text: the twin of js/fetch/call.js.

The twin is a function of (values, options) and of where it runs: inside a Dash request, the app's
own origin is the request's (``request.host_url``), answered in-process. Targets (``error=``,
``status=``) get ``dash.set_props`` when the twin is called in a user's own callback; under
``dc.callback(..., mode="server")`` the effects are collected instead and applied in the browser
after the newest response only (server.py).
"""

from __future__ import annotations

import json
import re
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Callable, Iterator, Mapping

from .._format.js_number import to_string
from .exchange import Request, Rules, Surroundings, exchange
from .options import check_combination
from .outcome import SKIPPED, Outcome, effects_of, failed, result_of
from .urls import (INVALID_URL, NOT_ALLOWED, OWN_ORIGIN, UrlError, allowed_by, fill_template, parse_prefix,
                   parse_template, resolve_url)

_EFFECTS: ContextVar[list | None] = ContextVar("dashclient_fetch_effects", default=None)
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


@contextmanager
def collecting_effects() -> Iterator[list]:
    """Within the block, the twin's set_props effects go to the yielded list, not to Dash."""
    sink: list = []
    token = _EFFECTS.set(sink)
    try:
        yield sink
    finally:
        _EFFECTS.reset(token)


def _apply(effects: list) -> None:
    sink = _EFFECTS.get()
    if sink is not None:
        sink.extend(effects)
        return
    import dash  # pylint: disable=import-outside-toplevel

    for ident, props in effects:
        try:
            dash.set_props(ident, props)
        except Exception:  # noqa: BLE001 - outside a callback there is nothing to set
            pass


def page_surroundings() -> tuple[str | None, Surroundings]:
    """The app's own origin and app inside a Flask request; nothing outside one."""
    try:
        from flask import current_app, has_request_context, request  # pylint: disable=import-outside-toplevel

        if not has_request_context():
            return None, Surroundings()
        origin = resolve_url(request.host_url, None).origin
        where = Surroundings(wsgi_app=current_app._get_current_object(),  # type: ignore[attr-defined]  # pylint: disable=protected-access
                             cookie=request.headers.get("Cookie"))
        if request.remote_addr:
            where.remote_addr = request.remote_addr
        return origin, where
    except (UrlError, RuntimeError):
        return None, Surroundings()


_surroundings: Callable[[], tuple[str | None, Surroundings]] = page_surroundings


@contextmanager
def use_surroundings(make: Callable[[], tuple[str | None, Surroundings]]) -> Iterator[None]:
    """Tests: run the twin with another origin, app, resolver or transport."""
    global _surroundings  # pylint: disable=global-statement
    previous, _surroundings = _surroundings, make
    try:
        yield
    finally:
        _surroundings = previous


def js_json(value: Any) -> str:
    """``JSON.stringify(value)`` for JSON-like data: numbers as JS writes them, non-finite as null."""
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, (int, float)):
        number = float(value)
        return to_string(number) if number == number and abs(number) != float("inf") else "null"
    if isinstance(value, str):
        text = json.dumps(value, ensure_ascii=False)
        return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)
    if isinstance(value, Mapping):
        return "{" + ",".join(f"{js_json(str(k))}:{js_json(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(js_json(v) for v in value) + "]"
    raise TypeError(f"{type(value).__name__} is not JSON")


def _url_text(parts: list | None, values: tuple) -> str | None:
    if parts is not None:
        return fill_template(parts, values)
    first = values[0] if values else None
    if first is None or first == "":
        return None
    if not isinstance(first, str):
        raise UrlError(INVALID_URL)
    return first


def compile_call(parse: str) -> Callable[[dict], Callable[..., Any]]:
    """``compile(options) -> run(*values, context)`` for json or text."""

    def compile_options(options: dict) -> Callable[..., Any]:
        check_combination(options)
        parts = None if options["url"] is None else parse_template(options["url"])
        prefixes = OWN_ORIGIN if options["allow"] is None else tuple(parse_prefix(e) for e in options["allow"])
        headers = dict(options["headers"])
        body = None
        if options["body"] is not None:
            body = js_json(options["body"]).encode("utf-8", errors="surrogatepass")
            if not any(name.lower() == "content-type" for name in headers):
                headers["Content-Type"] = "application/json"

        def outcome_of(values: tuple) -> Outcome:
            own_origin, where = _surroundings()
            try:
                text = _url_text(parts, values)
                if text is None:
                    return SKIPPED
                url = resolve_url(text, own_origin)
                if allowed_by(url, prefixes, own_origin) is None:
                    raise UrlError(NOT_ALLOWED)
            except UrlError as error:
                return failed(str(error))
            request = Request(url, options["method"], headers, body, options["credentials"])
            rules = Rules(parse, options["timeout_ms"], options["max_bytes"], prefixes, own_origin)
            return exchange(request, rules, where)

        def run(*args: Any) -> Any:
            values = args[:-1]  # the context comes last; the server half has no use for it
            outcome = outcome_of(values)
            _apply(effects_of(outcome, options))
            return result_of(outcome, options)

        return run

    return compile_options
