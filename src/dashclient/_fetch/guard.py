"""SSRF guard of the server half: which addresses a URL may reach.

A server that fetches URLs chosen in a browser is a way into the server's own network. So, for
every hop (redirects included), after the allow list has said yes to the URL:

- the host name is resolved once, here, and every address it resolves to must be public
  (``ipaddress``'s ``is_global``, not multicast; an IPv4-mapped IPv6 address counts as its IPv4);
- a loopback, link-local, private, shared or reserved address is allowed only when the allow-list
  entry that matched names it: the same IP literal (``"http://10.0.0.5:9000/"``), or ``localhost``
  for loopback addresses;
- the connection then goes to the address that was checked (the name is not resolved a second
  time, so DNS rebinding cannot swap it), with the original Host header and TLS server name.

The app's own origin never reaches this module: those requests are answered in-process
(exchange.py), whatever the Host header of the incoming request says.
"""

from __future__ import annotations

import ipaddress
import socket
from typing import Callable, Iterable

from .urls import Prefix, Url

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Iterable[str]]


class NotAllowed(Exception):
    """The URL resolves to an address the allow list does not open."""


def system_resolver(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to, in the system's order."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def _unmapped(address: Address) -> Address:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def is_public(address: Address) -> bool:
    address = _unmapped(address)
    return address.is_global and not address.is_multicast


def _literal(host: str) -> Address | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def _listed(address: Address, prefix: Prefix) -> bool:
    """Whether the matching allow-list entry names this non-public address explicitly."""
    if prefix.host is None:
        return False
    listed = _literal(prefix.host)
    if listed is not None:
        return _unmapped(listed) == _unmapped(address)
    return prefix.host.rstrip(".") == "localhost" and _unmapped(address).is_loopback


def checked_addresses(url: Url, prefix: Prefix, resolver: Resolver = system_resolver) -> list[Address]:
    """The addresses ``url`` may be fetched from (the first is used); ``NotAllowed`` otherwise."""
    literal = _literal(url.host)
    if literal is not None:
        addresses = [literal]
    else:
        try:
            addresses = [ipaddress.ip_address(a.split("%", 1)[0]) for a in resolver(url.host.rstrip("."), url.port)]
        except (OSError, UnicodeError, ValueError) as error:
            raise LookupError(str(error)) from None  # a name that does not resolve: a network error
    if not addresses:
        raise LookupError(f"{url.host} has no address")
    for address in addresses:
        if not is_public(address) and not _listed(address, prefix):
            raise NotAllowed(f"{url.host} resolves to {address}")
    return addresses
