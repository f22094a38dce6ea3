"""The URL rules of dc.fetch's server half against tests/cases/fetch/urls.json (node checks the
browser half against the same table), and against node's WHATWG URL on generated URLs."""

import json
import random
import shutil
import subprocess
from pathlib import Path

import pytest

from dashclient._fetch.urls import (OWN_ORIGIN, UrlError, allowed_by, fill_template, parse_prefix, parse_template,
                                    resolve_url)

ROOT = Path(__file__).resolve().parents[2]
TABLE = json.loads((ROOT / "tests" / "cases" / "fetch" / "urls.json").read_text("utf-8"))


def resolved(url, origin):
    try:
        return {"href": resolve_url(url, origin).href}
    except UrlError as error:
        return {"error": str(error)}


@pytest.mark.parametrize("row", TABLE["urls"], ids=[r["url"] or "empty" for r in TABLE["urls"]])
def test_a_url_resolves_as_the_browser_resolves_it(row):
    expected = {"href": row["href"]} if "href" in row else {"error": row["error"]}
    assert resolved(row["url"], TABLE["origin"]) == expected


def test_allow_lists_let_through_exactly_the_urls_the_table_says():
    for row in TABLE["allow"]:
        prefixes = OWN_ORIGIN if row["allow"] is None else [parse_prefix(p) for p in row["allow"]]
        try:
            got = allowed_by(resolve_url(row["url"], row["own_origin"]), prefixes, row["own_origin"]) is not None
        except UrlError as error:
            got = str(error)
        assert got == row["allowed"], row


def test_prefixes_parse_as_the_table_says():
    for row in TABLE["prefixes"]:
        if "error" in row:
            with pytest.raises(ValueError):
                parse_prefix(row["prefix"])
        else:
            parsed = parse_prefix(row["prefix"])
            assert {"own": parsed.own, "origin": parsed.origin, "path": parsed.path} == row["parsed"]


def test_templates_fill_like_encode_uri_component_and_malformed_ones_are_refused():
    for row in TABLE["templates"]:
        assert fill_template(parse_template(row["template"]), row["values"]) == row["filled"]
    for row in TABLE["bad_templates"]:
        with pytest.raises(ValueError):
            parse_template(row["template"])


PIECES = list("aZ09.-_~:/?#[]@!$&'()*+,;=%xX") + ["%2e", "%2E", "..", ".", "0x", "0", "255", "256", "::", "ffff",
                                                    "xn--", "localhost", "\\", " ", "é"]
STARTS = ["http://", "https://", "HTTP://", "", "/", "//", "http:", "ftp://", "http://[", "https://1."]


@pytest.mark.skipif(shutil.which("node") is None, reason="node runs the browser half")
def test_generated_urls_resolve_the_same_in_python_and_in_node():
    rng = random.Random(20261121)
    urls = sorted({rng.choice(STARTS) + "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 12)))
                   for _ in range(4000)})
    out = subprocess.run(["node", str(ROOT / "tests" / "js" / "run-fetch-urls.js"), TABLE["origin"]],
                         input=json.dumps(urls), capture_output=True, text=True, check=True)
    node = json.loads(out.stdout)
    python = {u: (lambda r: r.get("href") or "ERR:" + r["error"])(resolved(u, TABLE["origin"])) for u in urls}
    different = {u: (node[u], python[u]) for u in urls if node[u] != python[u]}
    assert not different
    assert sum(not v.startswith("ERR:") for v in node.values()) > 250  # the generator reaches valid URLs
