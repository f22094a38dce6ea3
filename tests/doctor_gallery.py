"""The broken-app gallery of tests/doctor_apps, as the doctor's tests read it."""

from __future__ import annotations

import ast
from pathlib import Path

APPS = Path(__file__).parent / "doctor_apps"


def gallery(browser: bool) -> list[Path]:
    """The gallery's apps that need (``BROWSER = True``) or do not need Chromium."""
    return [p for p in sorted(APPS.glob("*.py")) if ("\nBROWSER = True" in p.read_text("utf-8")) == browser]


def expected_of(path: Path) -> list[tuple]:
    """EXPECTED of a gallery module, read without importing it (one calls app.run() at import)."""
    for node in ast.parse(path.read_text("utf-8")).body:
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == ["EXPECTED"]:
            return sorted(tuple(item) for item in ast.literal_eval(node.value))
    raise AssertionError(f"{path.name} has no EXPECTED")


def found(report) -> list[tuple]:
    """A report's findings as ``(level, code, first id)``, sorted like expected_of."""
    return sorted((f.level, f.code, f.ids[0] if f.ids else None) for f in report.findings)
