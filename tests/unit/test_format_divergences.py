"""The pinned divergence list (tests/cases/format-divergences.json) is the documented one, both
ways, and the check every parity test relies on does flag what it must."""

import json
import re
from pathlib import Path

import format_divergences
from format_divergences import check, pinned

DOCS = Path(__file__).resolve().parents[2] / "docs" / "format.md"
SECTION = "### Pinned divergences"


def documented() -> dict[str, str]:
    """Rows ``| `case id` | cause |`` of the docs' pinned-divergences section."""
    text = DOCS.read_text("utf-8")
    assert SECTION in text, f"docs/format.md has no {SECTION!r} section"
    section = text.split(SECTION, 1)[1].split("\n#", 1)[0]
    return dict(re.findall(r"^\| `([^`]+)` \| (.+?) \|$", section, re.MULTILINE))


def test_the_pinned_list_and_the_documented_list_are_the_same_case_for_case():
    assert documented() == pinned()


def test_an_empty_list_is_said_in_so_many_words():
    text = DOCS.read_text("utf-8").split(SECTION, 1)[1].split("\n#", 1)[0]
    assert bool(pinned()) != ("None." in text.split("\n\n", 2)[1])


def test_the_check_flags_new_divergences_and_pinned_ones_that_now_match(tmp_path, monkeypatch):
    table = {"comment": "test", "divergences": {"a|x": "cause a", "b|y": "cause b"}}
    path = tmp_path / "pinned.json"
    path.write_text(json.dumps(table), "utf-8")
    monkeypatch.setattr(format_divergences, "PINNED_FILE", path)
    assert check(["a|x", "b|y", "c|z"], ["a|x", "b|y"]) == (set(), set())
    assert check(["a|x", "b|y", "c|z"], ["a|x", "c|z"]) == ({"c|z"}, {"b|y"})
    assert check(["a|x"], ["a|x"]) == (set(), set())  # b|y did not run: neither new nor fixed
