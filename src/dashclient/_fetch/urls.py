"""URLs for dc.fetch, the twin of js/fetch/url.js: fill a template, check the text, resolve it,
match it against an allow list.

The browser half lets its WHATWG URL parser normalise what the rules accept; this half normalises
by hand, for exactly that accepted subset (lower-case scheme and host, IPv4 written any way the URL
standard reads it, IPv6 compressed, default port dropped, dot segments removed, ``'`` encoded in the
query), and ``tests/cases/fetch/urls.json`` holds both halves to the same href.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from typing import Any, Sequence
from urllib.parse import quote

from .._format.js_number import to_string

INVALID_URL = "invalid URL"
NOT_ALLOWED = "URL not allowed"

_URL_TEXT = re.compile(r"[!#$%&'()*+,\-./0-9:;=?@A-Z\[\]_a-z~]*")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
_HOST_NAME = re.compile(r"[A-Za-z0-9._~-]+")
_IPV6_TEXT = re.compile(r"\[[0-9A-Fa-f:.]+\]")
# IDNA labels: the URL standard validates them with UTS 46 tables neither half should copy; refused.
_PUNYCODE = re.compile(r"(^|\.)xn--", re.IGNORECASE)
_AUTHORITY = re.compile(r"(\[[^\]]*\]|[^:]*)(?::(.*))?", re.DOTALL)
_PLACEHOLDER = re.compile(r"[0-9]{1,3}")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_ENCODE_SAFE = "-_.!~*'()"  # what encodeURIComponent leaves as it is


class UrlError(ValueError):
    """A URL that cannot be fetched; the message is the short one both halves show."""


def value_text(value: Any) -> str:
    """One value as it goes into a URL (js valueText)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return to_string(float(value))
    raise UrlError(INVALID_URL)


def parse_template(template: str) -> list[str | int]:
    """Literal text and placeholder indexes; ``ValueError`` for a lone brace or a bad placeholder."""
    parts: list[str | int] = []
    text, i = "", 0
    while i < len(template):
        c = template[i]
        if c in "{}" and template[i + 1:i + 2] == c:
            text += c
            i += 2
            continue
        if c == "{":
            close = template.find("}", i)
            index = template[i + 1:close] if close > i else ""
            if not _PLACEHOLDER.fullmatch(index):
                raise ValueError(f"bad placeholder at {i}")
            if text:
                parts.append(text)
            text = ""
            parts.append(int(index))
            i = close + 1
            continue
        if c == "}":
            raise ValueError(f"lone }} at {i}")
        text += c
        i += 1
    if text:
        parts.append(text)
    return parts


def placeholder_count(parts: Sequence[str | int]) -> int:
    return max((p + 1 for p in parts if isinstance(p, int)), default=0)


def fill_template(parts: Sequence[str | int], values: Sequence[Any]) -> str:
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(part)
            continue
        text = value_text(values[part] if part < len(values) else None)
        try:
            out.append(quote(text, safe=_ENCODE_SAFE, encoding="utf-8", errors="strict"))
        except UnicodeEncodeError:  # a lone surrogate: encodeURIComponent throws too
            raise UrlError(INVALID_URL) from None
    return "".join(out)


def check_url_text(text: Any, origin: str | None) -> str:
    """The accepted grammar (js checkUrlText); the URL made absolute."""
    if not isinstance(text, str) or not _URL_TEXT.fullmatch(text):
        raise UrlError(INVALID_URL)
    scheme = _SCHEME.match(text)
    if scheme:
        if scheme.group(1).lower() not in _DEFAULT_PORTS:
            raise UrlError(NOT_ALLOWED)
        rest = text[scheme.end():]
        if not rest.startswith("//") or rest[2:3] == "/":
            raise UrlError(INVALID_URL)
        authority = re.match(r"[^/?#]*", rest[2:]).group(0)  # type: ignore[union-attr]
        host, port = _AUTHORITY.fullmatch(authority).groups()  # type: ignore[union-attr]
        if not (_HOST_NAME.fullmatch(host) or _IPV6_TEXT.fullmatch(host)) or _PUNYCODE.search(host):
            raise UrlError(INVALID_URL)
        if port is not None and not re.fullmatch(r"[0-9]*", port):
            raise UrlError(INVALID_URL)
        return text
    if text.startswith("/") and not text.startswith("//"):
        if not origin:
            raise UrlError(INVALID_URL)
        return origin + text
    raise UrlError(INVALID_URL)


def _ipv4_number(part: str) -> int:
    if part[:2].lower() == "0x":
        digits, base = part[2:], 16
        if digits == "":
            return 0
    elif len(part) > 1 and part.startswith("0"):
        digits, base = part[1:], 8
    else:
        digits, base = part, 10
    if not digits or not re.fullmatch({16: "[0-9A-Fa-f]+", 8: "[0-7]+", 10: "[0-9]+"}[base], digits):
        raise UrlError(INVALID_URL)
    return int(digits, base)


def _ends_in_a_number(host: str) -> bool:
    labels = host.split(".")
    if labels[-1] == "" and len(labels) > 1:
        labels.pop()
    last = labels[-1]
    return bool(re.fullmatch(r"[0-9]+", last) or re.fullmatch(r"0[xX][0-9A-Fa-f]*", last))


def _ipv4(host: str) -> str:
    """The URL standard's IPv4 parser: 1 to 4 parts, each decimal, octal (0...) or hex (0x...)."""
    parts = host.split(".")
    if parts[-1] == "" and len(parts) > 1:
        parts.pop()
    if len(parts) > 4 or "" in parts:
        raise UrlError(INVALID_URL)
    numbers = [_ipv4_number(p) for p in parts]
    if any(n > 255 for n in numbers[:-1]) or numbers[-1] >= 256 ** (5 - len(numbers)):
        raise UrlError(INVALID_URL)
    address = numbers[-1]
    for i, n in enumerate(numbers[:-1]):
        address += n * 256 ** (3 - i)
    return str(ipaddress.IPv4Address(address))


def _host(host: str) -> str:
    if host.startswith("["):
        try:
            return f"[{ipaddress.IPv6Address(host[1:-1]).compressed}]"
        except ValueError:
            raise UrlError(INVALID_URL) from None
    host = host.lower()
    if _ends_in_a_number(host):
        return _ipv4(host)
    return host


def _is_single_dot(segment: str) -> bool:
    return segment.lower() in (".", "%2e")


def _is_double_dot(segment: str) -> bool:
    return segment.lower() in ("..", ".%2e", "%2e.", "%2e%2e")


def _path(path: str) -> str:
    """Dot segments removed the way the URL standard's path state does it."""
    if path == "":
        return "/"
    segments: list[str] = []
    pieces = path[1:].split("/")
    for i, piece in enumerate(pieces):
        last = i == len(pieces) - 1
        if _is_double_dot(piece):
            if segments:
                segments.pop()
            if last:
                segments.append("")
        elif _is_single_dot(piece):
            if last:
                segments.append("")
        else:
            segments.append(piece)
    return "/" + "/".join(segments)


@dataclass(frozen=True)
class Url:
    """A checked URL: ``href`` without a fragment, ``origin`` and ``path`` for the allow list."""

    href: str
    origin: str
    path: str
    scheme: str
    host: str  # as written in the href: "example.com", "127.0.0.1", "[::1]"
    port: int  # the effective port (80/443 when the href has none)


def resolve_url(text: Any, origin: str | None) -> Url:
    """Check, resolve and normalise (js resolveUrl)."""
    absolute = check_url_text(text, origin)
    scheme_match = _SCHEME.match(absolute)
    scheme = scheme_match.group(1).lower()  # type: ignore[union-attr]
    rest = absolute[scheme_match.end() + 2:]  # type: ignore[union-attr]
    authority = re.match(r"[^/?#]*", rest).group(0)  # type: ignore[union-attr]
    tail = rest[len(authority):].split("#", 1)[0]
    path, question, query = tail.partition("?")
    raw_host, raw_port = _AUTHORITY.fullmatch(authority).groups()  # type: ignore[union-attr]
    host = _host(raw_host)
    port = _DEFAULT_PORTS[scheme]
    if raw_port:
        port = int(raw_port)
        if port > 65535:
            raise UrlError(INVALID_URL)
    shown = f"{host}:{port}" if port != _DEFAULT_PORTS[scheme] else host
    origin_text = f"{scheme}://{shown}"
    normal_path = _path(path)
    href = origin_text + normal_path + (question + query.replace("'", "%27"))
    return Url(href, origin_text, normal_path, scheme, host, port)


@dataclass(frozen=True)
class Prefix:
    """An allow-list entry: ``own`` for the app's own origin (``origin`` None)."""

    own: bool
    origin: str | None
    path: str
    host: str | None = None  # the listed host of an absolute prefix, as in its href


OWN_ORIGIN = (Prefix(True, None, "/"),)


def parse_prefix(entry: Any) -> Prefix:
    """An allow-list entry, normalised; ``ValueError`` for one that is not a prefix."""
    if not isinstance(entry, str) or "?" in entry or "#" in entry:
        raise ValueError("not a prefix")
    own = entry.startswith("/")
    try:
        url = resolve_url(entry, "http://own.invalid" if own else None)
    except UrlError:
        raise ValueError("not a prefix") from None
    return Prefix(own, None if own else url.origin, url.path, None if own else url.host)


def path_matches(path: str, prefix: str) -> bool:
    if prefix.endswith("/"):
        return path.startswith(prefix)
    return path == prefix or path.startswith(prefix + "/")


def allowed_by(url: Url, prefixes: Sequence[Prefix], own_origin: str | None) -> Prefix | None:
    """The allow-list entry a resolved URL falls under, or None (js allowedBy)."""
    for prefix in prefixes:
        origin = own_origin if prefix.own else prefix.origin
        if origin and url.origin == origin and path_matches(url.path, prefix.path):
            return prefix
    return None
