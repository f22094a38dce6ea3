"""IANA time zones from the pinned ``tzdata`` package, whatever the machine's own database.

The browser computes offsets with its ICU's copy of the tz database; reading the same zones
from one pinned release (``tzdata`` in pyproject.toml; 2025.3 is tz 2025c, ICU 78's) keeps the
twin's offsets from changing with the server's operating system. ``UTC`` needs no data.
"""

from __future__ import annotations

from datetime import timezone, tzinfo
from functools import lru_cache
from importlib import resources
from zoneinfo import ZoneInfo


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Zone names by their case-folded spelling (Intl matches them case-insensitively)."""
    listing = resources.files("tzdata").joinpath("zones").read_text("utf-8").split()
    return {name.casefold(): name for name in (*listing, "UTC")}


def canonical_name(name: str) -> str | None:
    """The spelling of a known zone name ("america/new_york" -> "America/New_York"), or None."""
    return _names().get(name.casefold())


@lru_cache(maxsize=256)
def zone(name: str) -> tzinfo:
    """The zone of a canonical name, read from the pinned tzdata package."""
    if name == "UTC":
        return timezone.utc
    path = resources.files("tzdata.zoneinfo")
    for part in name.split("/"):
        path = path.joinpath(part)
    with path.open("rb") as data:
        return ZoneInfo.from_file(data, key=name)
