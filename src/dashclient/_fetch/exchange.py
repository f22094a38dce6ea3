"""One HTTP exchange from the server, with httpx, ending in an Outcome (never an exception): the
twin of js/fetch/exchange.js.

- The whole exchange (redirects and body included) has one deadline, as the browser's
  AbortController gives it: it runs in a worker thread the caller waits for ``timeout_ms``.
- The app's own origin is answered in-process (httpx's WSGI transport on the running Flask app):
  no socket, so neither the Host header of the incoming request nor the app's bind address can
  point the server elsewhere, and a sync gunicorn worker never waits for another worker. The app
  sees the incoming request's client address (not 127.0.0.1), and with ``credentials`` other than
  ``"omit"`` its cookies, as if the browser had asked.
- Any other origin goes through the SSRF guard (guard.py) on every hop; redirects are followed by
  hand (at most 20, as browsers do), each one inside the allow list or the exchange fails.
- Non-2xx fails before the body is read; the body is read up to ``max_bytes`` and decoded as UTF-8
  (BOM dropped, bad bytes replaced), then parsed for json.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Sequence
from urllib.parse import urljoin

import httpx

from . import guard
from .outcome import MESSAGES, Outcome, failed, ok
from .urls import Prefix, Url, UrlError, allowed_by, resolve_url

MAX_REDIRECTS = 20
REDIRECTS = frozenset({301, 302, 303, 307, 308})
# Headers a browser drops when a redirect leaves the origin (and a server half must too).
CROSS_ORIGIN_DROPPED = ("authorization", "cookie", "proxy-authorization")
BODY_HEADERS = ("content-type", "content-length", "content-encoding", "content-language", "content-location")


@dataclass(frozen=True)
class Request:
    url: Url
    method: str
    headers: dict[str, str]
    body: bytes | None
    credentials: str


@dataclass(frozen=True)
class Rules:
    parse: str  # "json" | "text"
    timeout_ms: int
    max_bytes: int
    prefixes: Sequence[Prefix]
    own_origin: str | None


@dataclass
class Surroundings:
    """Where the exchange runs: the app answering its own origin, the incoming request's cookies,
    how names resolve, and the transport for other origins (tests swap the last two)."""

    wsgi_app: Callable[..., Any] | None = None
    cookie: str | None = None
    remote_addr: str = "203.0.113.1"  # the incoming request's client (a TEST-NET address when unknown)
    resolver: guard.Resolver = guard.system_resolver
    transport: Callable[[], httpx.BaseTransport] | None = None
    cancelled: threading.Event = field(default_factory=threading.Event)


class _TooLarge(Exception):
    pass


class _GaveUp(Exception):
    """Too many redirects, or the deadline passed while reading: the exchange stops."""


class _Redirected(Exception):
    pass


def _header(headers: dict[str, str], name: str) -> str | None:
    return next((v for k, v in headers.items() if k.lower() == name), None)


def _without(headers: dict[str, str], names: Sequence[str]) -> dict[str, str]:
    return {k: v for k, v in headers.items() if k.lower() not in names}


def _read_limited(response: httpx.Response, limit: int, cancelled: threading.Event) -> bytes:
    chunks, total = [], 0
    for chunk in response.iter_bytes():
        if cancelled.is_set():
            raise _GaveUp("deadline")
        total += len(chunk)
        if total > limit:
            raise _TooLarge
        chunks.append(chunk)
    return b"".join(chunks)


@dataclass
class _Hop:
    """How one hop is sent: the client, the headers, the TLS extensions, and the URLs to try in
    order (the checked addresses of the host; the own origin's single in-process URL)."""

    client: httpx.Client
    headers: dict[str, str]
    extensions: dict[str, Any]
    targets: list[httpx.URL]


def _hop(request: Request, rules: Rules, where: Surroundings, timeout_s: float) -> _Hop:
    url, headers = request.url, dict(request.headers)
    prefix = allowed_by(url, rules.prefixes, rules.own_origin)
    if prefix is None:
        raise _Redirected  # the first hop was checked by the caller: only a redirect gets here
    if rules.own_origin is not None and url.origin == rules.own_origin:
        if where.wsgi_app is None:
            raise guard.NotAllowed("no app to answer its own origin")
        if where.cookie and request.credentials != "omit" and _header(headers, "cookie") is None:
            headers["Cookie"] = where.cookie
        # The app sees the browser's own client address, never 127.0.0.1: a route that trusts
        # local callers must not become reachable through the fetch.
        own = httpx.WSGITransport(app=where.wsgi_app, raise_app_exceptions=False, remote_addr=where.remote_addr)
        return _Hop(httpx.Client(transport=own, timeout=timeout_s), headers, {}, [httpx.URL(url.href)])
    addresses = guard.checked_addresses(url, prefix, where.resolver)
    headers["Host"] = url.href.split("://", 1)[1].split("/", 1)[0]
    extensions = {"sni_hostname": url.host} if url.scheme == "https" else {}
    transport = where.transport() if where.transport else httpx.HTTPTransport()
    targets = [httpx.URL(url.href).copy_with(host=str(address)) for address in addresses]
    return _Hop(httpx.Client(transport=transport, timeout=timeout_s), headers, extensions, targets)


def _send(request: Request, rules: Rules, where: Surroundings, timeout_s: float) -> tuple[int, bytes | None]:
    """Follow redirects inside the allow list; the final status and, for 2xx, the body."""
    for _ in range(MAX_REDIRECTS + 1):
        hop = _hop(request, rules, where, timeout_s)
        with hop.client:
            for i, target in enumerate(hop.targets):
                try:
                    with hop.client.stream(request.method, target, headers=hop.headers, content=request.body,
                                           extensions=hop.extensions) as response:
                        location = response.headers.get("location")
                        if response.status_code in REDIRECTS and location is not None:
                            request = _redirected(request, response.status_code, location)
                            break
                        if not 200 <= response.status_code < 300:
                            return response.status_code, None
                        return response.status_code, _read_limited(response, rules.max_bytes, where.cancelled)
                except httpx.ConnectError:
                    if i == len(hop.targets) - 1:
                        raise  # every address of the host refused: a network error
    raise _GaveUp("too many redirects")


def _redirected(request: Request, status: int, location: str) -> Request:
    """The next hop as fetch defines it: 303 (and 301/302 after POST) become a GET without body."""
    try:
        url = resolve_url(urljoin(request.url.href, location), None)
    except UrlError:
        raise _Redirected from None
    method, body, headers = request.method, request.body, dict(request.headers)
    if (status == 303 and method != "HEAD") or (status in (301, 302) and method == "POST"):
        method, body, headers = "GET", None, _without(headers, BODY_HEADERS)
    if url.origin != request.url.origin:
        headers = _without(headers, CROSS_ORIGIN_DROPPED)
    return replace(request, url=url, method=method, body=body, headers=headers)


def _decode(body: bytes, parse: str) -> Outcome:
    text = body.decode("utf-8-sig", errors="replace")
    if parse == "text":
        return ok(text)
    try:
        return ok(json.loads(text, parse_constant=_no_constant))
    except ValueError:
        return failed(MESSAGES["json"])


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _attempt(request: Request, rules: Rules, where: Surroundings) -> Outcome:
    try:
        status, body = _send(request, rules, where, rules.timeout_ms / 1000)
    except _Redirected:
        return failed(MESSAGES["redirect"])
    except guard.NotAllowed:
        return failed(MESSAGES["not_allowed"])
    except _TooLarge:
        return failed(MESSAGES["too_large"](rules.max_bytes))
    except httpx.TimeoutException:
        return failed(MESSAGES["timeout"](rules.timeout_ms))
    except (httpx.HTTPError, LookupError, OSError, ValueError, _GaveUp):
        return failed(MESSAGES["network"])
    if body is None:
        return failed(MESSAGES["status"](status))
    return _decode(body, rules.parse)


def exchange(request: Request, rules: Rules, where: Surroundings) -> Outcome:
    """Run the exchange under one deadline; never raises."""
    result: list[Outcome] = []

    def run() -> None:
        try:
            result.append(_attempt(request, rules, where))
        except Exception:  # noqa: BLE001 - the outcome of anything unforeseen is a failed fetch
            result.append(failed(MESSAGES["network"]))

    worker = threading.Thread(target=run, name="dashclient-fetch", daemon=True)
    worker.start()
    worker.join(rules.timeout_ms / 1000)
    if worker.is_alive():
        where.cancelled.set()  # the worker stops at its next chunk; a slow in-process view runs out
        return failed(MESSAGES["timeout"](rules.timeout_ms))
    return result[0]
