"""The fetch page's local JSON endpoints, on the gallery app's own Flask server: a search over a
small table, and the ways an answer goes wrong (slow, failing, invalid JSON, too large).

Each answers with a dash-mantine-components Table ``data`` dict, so a fetch writes it straight
into ``dmc.Table(data=...)``.
"""

from __future__ import annotations

import json
import time

from flask import Flask, Response, request

PREFIX = "/_dashclient_gallery/fetch"
SLOW_SECONDS = 1.5
TOO_SLOW_SECONDS = 6

FRUITS = (
    ("Apple", "red", "autumn"), ("Apricot", "orange", "summer"), ("Banana", "yellow", "all year"),
    ("Blackberry", "black", "summer"), ("Blueberry", "blue", "summer"), ("Cherry", "red", "summer"),
    ("Clementine", "orange", "winter"), ("Date", "brown", "autumn"), ("Fig", "purple", "autumn"),
    ("Gooseberry", "green", "summer"), ("Grape", "green", "autumn"), ("Grapefruit", "pink", "winter"),
    ("Kiwi", "green", "winter"), ("Lemon", "yellow", "all year"), ("Lime", "green", "all year"),
    ("Lychee", "pink", "summer"), ("Mango", "orange", "spring"), ("Melon", "green", "summer"),
    ("Nectarine", "orange", "summer"), ("Orange", "orange", "winter"), ("Papaya", "orange", "all year"),
    ("Peach", "orange", "summer"), ("Pear", "green", "autumn"), ("Pineapple", "yellow", "spring"),
    ("Plum", "purple", "summer"), ("Pomegranate", "red", "autumn"), ("Quince", "yellow", "autumn"),
    ("Raspberry", "red", "summer"), ("Rhubarb", "pink", "spring"), ("Strawberry", "red", "summer"),
    ("Tangerine", "orange", "winter"), ("Watermelon", "green", "summer"),
)
HEAD = ["fruit", "colour", "season"]


def search(query: str) -> dict:
    """The Table data of the fruits whose name contains ``query`` (any case)."""
    needle = query.strip().lower()
    rows = [list(row) for row in FRUITS if needle in row[0].lower()]
    return {"head": HEAD, "body": rows, "caption": f"{len(rows)} of {len(FRUITS)} fruits"}


# The endpoints, by the name the page's "answer" control uses in the URL template.
def _ok():
    return search(request.args.get("q", ""))


def _slow():
    time.sleep(SLOW_SECONDS)
    return _ok()


def _too_slow():
    time.sleep(TOO_SLOW_SECONDS)
    return _ok()


def _failing():
    return {"error": "the search index is down"}, 500


def _invalid():
    return Response("{'head': oops", mimetype="application/json")


def _too_large():
    return Response(json.dumps({"body": [["x" * 1000]] * 200}), mimetype="application/json")


ENDPOINTS = {"search": _ok, "slow": _slow, "too-slow": _too_slow, "failing": _failing, "invalid": _invalid,
             "too-large": _too_large}


def add_routes(server: Flask) -> None:
    """``/_dashclient_gallery/fetch/<name>?q=...`` for every endpoint (once per server)."""
    for name, view in ENDPOINTS.items():
        endpoint = f"dashclient_gallery_fetch_{name}"
        if endpoint not in server.view_functions:
            server.add_url_rule(f"{PREFIX}/{name}", endpoint, view)
