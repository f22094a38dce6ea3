"""What the doctor found: findings (an error or a note, with the offending ids and where the
callbacks were registered) and their text and JSON forms."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

ERROR, NOTE = "error", "note"


@dataclass(frozen=True)
class Finding:
    """One gotcha in one place.

    Attributes
    ----------
    level
        ``"error"`` (the app misbehaves: fails the CLI and :func:`assert_no_gotchas`) or
        ``"note"`` (worth a look, e.g. an id missing from the layout of an app that suppresses
        callback exceptions).
    code
        Which gotcha: ``missing-id``, ``unmatched-pattern``, ``duplicate-output``,
        ``allow-duplicate-initial-call``, ``missing-clientside-function``, ``dropped-keyword``,
        ``late-callback``, ``hash-collision``, ``duplicate-id``, ``layout-error``, ``browser-skipped``.
    message
        One sentence saying what is wrong and what to do.
    ids
        The offending ``id.property`` (or component id) strings.
    where
        ``file:line`` of the registrations involved.
    """

    level: str
    code: str
    message: str
    ids: tuple[str, ...] = ()
    where: tuple[str, ...] = ()


@dataclass
class Report:
    """Everything the doctor found in one app."""

    target: str
    findings: list[Finding] = field(default_factory=list)
    callbacks: int = 0
    functions_checked: int = 0
    browser: bool = False

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.level == ERROR]

    @property
    def notes(self) -> list[Finding]:
        return [f for f in self.findings if f.level == NOTE]

    @property
    def ok(self) -> bool:
        """No errors (notes allowed)."""
        return not self.errors

    def codes(self) -> list[str]:
        return [f.code for f in self.findings]

    def format(self) -> str:
        """The report as the CLI prints it."""
        lines = [f"dashclient doctor {self.target}"]
        for finding in sorted(self.findings, key=lambda f: (f.level != ERROR, f.code)):
            lines.append(f"{finding.level}[{finding.code}] {finding.message}")
            if finding.ids:
                lines.append(f"    ids: {', '.join(finding.ids)}")
            if finding.where:
                lines.append(f"    at: {', '.join(finding.where)}")
        browser = f", {self.functions_checked} clientside function name(s) checked in Chromium" if self.browser else ""
        lines.append(f"{len(self.errors)} error(s), {len(self.notes)} note(s) in {self.callbacks} callback(s){browser}")
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        return {"target": self.target, "callbacks": self.callbacks, "functions_checked": self.functions_checked,
                "browser": self.browser, "ok": self.ok, "findings": [asdict(f) for f in self.findings]}

    def __str__(self) -> str:
        return self.format()

    def dumps(self) -> str:
        return json.dumps(self.to_json(), indent=2, ensure_ascii=False)
