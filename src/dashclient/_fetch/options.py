"""The option types of dc.fetch (twins of js/fetch/options.js), the checks between options, and
the secrets rule: constant options travel to the browser inside the function name, so client mode
refuses a constant header or URL parameter that looks like a credential.
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from .._schema import Checker, Mismatch
from .urls import UrlError, check_url_text, fill_template, parse_prefix, parse_template, placeholder_count

STATUS_DEFAULTS = {"loading": "loading", "ok": "ok", "error": "error", "idle": "idle"}
OUTPUT_ROLES = ("data", "error", "status")
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_FORBIDDEN_HEADERS = frozenset({
    "accept-charset", "accept-encoding", "access-control-request-headers", "access-control-request-method",
    "connection", "content-length", "cookie2", "date", "dnt", "expect", "host", "keep-alive", "origin",
    "referer", "set-cookie", "te", "trailer", "transfer-encoding", "upgrade", "via",
})
_SOME_ORIGIN = "http://origin.invalid"

# What a credential is called: in a header name, or as a whole query parameter name.
_SECRET_HEADER = re.compile(r"auth|token|secret|passw|api[-_]?key|cookie|session|signature", re.IGNORECASE)
_SECRET_PARAMETER = re.compile(
    r"(api[-_]?key|access[-_]?token|auth[-_]?token|token|secret|client[-_]?secret|password|passwd|auth|sig|signature)",
    re.IGNORECASE,
)


def is_forbidden_header(name: str) -> bool:
    lower = name.lower()
    return lower in _FORBIDDEN_HEADERS or lower.startswith(("proxy-", "sec-"))


def target_of(value: Any, fallback: str) -> tuple[Any, Any]:
    """A target as (id, property): a component id alone means its ``fallback`` property."""
    if isinstance(value, Mapping) and sorted(value) == ["id", "property"]:
        return value["id"], value["property"]
    return value, fallback


def _url_template(value: Any, _schema: Mapping[str, Any]) -> str:
    if not isinstance(value, str):
        raise Mismatch
    try:
        parts = parse_template(value)
        check_url_text(fill_template(parts, ["x"] * placeholder_count(parts)), _SOME_ORIGIN)
    except (ValueError, UrlError):
        raise Mismatch from None
    return value


def _url_prefixes(value: Any, _schema: Mapping[str, Any]) -> list:
    if not isinstance(value, (list, tuple)):
        raise Mismatch
    try:
        for entry in value:
            parse_prefix(entry)
    except ValueError:
        raise Mismatch from None
    return list(value)


def _headers(value: Any, _schema: Mapping[str, Any]) -> dict:
    if not isinstance(value, Mapping):
        raise Mismatch
    for name, text in value.items():
        if not isinstance(name, str) or not _TOKEN.fullmatch(name) or is_forbidden_header(name):
            raise Mismatch
        if not isinstance(text, str) or re.search(r"[\r\n\0]", text):
            raise Mismatch
    return dict(value)


def _target(value: Any, _schema: Mapping[str, Any]) -> Any:
    ident, prop = target_of(value, "children")
    if not ((isinstance(ident, str) and ident) or isinstance(ident, Mapping)):
        raise Mismatch
    if not isinstance(prop, str) or not prop:
        raise Mismatch
    return value


def _status_values(value: Any, _schema: Mapping[str, Any]) -> dict:
    if not isinstance(value, Mapping) or any(k not in STATUS_DEFAULTS for k in value):
        raise Mismatch
    return {**STATUS_DEFAULTS, **value}


def _fetch_outputs(value: Any, _schema: Mapping[str, Any]) -> list:
    if not isinstance(value, (list, tuple)) or "data" not in value or len(set(value)) != len(value):
        raise Mismatch
    if any(not isinstance(v, str) or v not in OUTPUT_ROLES for v in value):
        raise Mismatch
    return list(value)


TYPES: dict[str, Checker] = {
    "url_template": _url_template,
    "url_prefixes": _url_prefixes,
    "headers": _headers,
    "target": _target,
    "status_values": _status_values,
    "fetch_outputs": _fetch_outputs,
}


def check_combination(options: Mapping[str, Any]) -> None:
    """Checks between options (js checkCombination), with the same messages."""
    if options["body"] is not None and options["method"] == "GET":
        raise ValueError("option 'body' cannot be sent with method 'GET'")
    for role in ("error", "status"):
        if options[role] is not None and role in options["outputs"]:
            raise ValueError(f"option {role!r} names a target, but option 'outputs' already sends the "
                             f"{role} to an Output")


def secret_in(options: Mapping[str, Any]) -> str | None:
    """What looks like a credential among constant options, described; None when nothing does."""
    for name in options.get("headers") or {}:
        if _SECRET_HEADER.search(name):
            return f"header {name!r}"
    url = options.get("url")
    if isinstance(url, str) and "?" in url:
        query = url.split("?", 1)[1].split("#", 1)[0]
        for pair in query.split("&"):
            key, has_value, value = pair.partition("=")
            if _SECRET_PARAMETER.fullmatch(key) and has_value and value and not re.fullmatch(r"\{[0-9]+\}", value):
                return f"URL parameter {key!r}"
    return None


def browser_refused_header(headers: Mapping[str, Any]) -> str | None:
    """A header a browser will not send (js compileCall refuses it): Cookie and the forbidden ones."""
    for name in headers:
        if name.lower() == "cookie" or is_forbidden_header(name):
            return name
    return None
