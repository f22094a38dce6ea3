"""The pinned divergence list is the documented one."""

from pathlib import Path

from format_divergences import pinned

DOCS = Path(__file__).resolve().parents[2] / "docs" / "format.md"


def test_every_pinned_divergence_is_listed_in_the_docs_with_its_cause():
    docs = DOCS.read_text("utf-8")
    for case_id, cause in pinned().items():
        assert case_id in docs and cause in docs, case_id
