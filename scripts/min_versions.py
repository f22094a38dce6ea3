"""Print pip constraints pinning every runtime dependency of pyproject.toml at the lower end of its
range: `scripts/dev test` installs them in a second venv and runs the suite's core there, so each
range's lower end is proven, not assumed (the main venv proves the upper end: what pip picks today).

    python scripts/min_versions.py [EXTRA ...] > constraints.txt

EXTRA names optional-dependency groups whose lower ends are pinned too (``grid``: dash-ag-grid).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

PYPROJECT = Path(__file__).resolve().parents[1] / "pyproject.toml"
LOWER = re.compile(r"^\s*([A-Za-z0-9_.\-]+)(\[[^\]]*\])?\s*(?:[^;]*?)(?:>=|==)\s*([0-9][^,;\s]*)")


def pins(dependencies: list[str]) -> list[str]:
    """``name==lower`` for every dependency with a ``>=`` (or exact ``==``) bound and no marker."""
    out = []
    for requirement in dependencies:
        if ";" in requirement:  # a platform marker (tzdata on Windows): not this machine's business
            continue
        match = LOWER.match(requirement)
        if match:
            out.append(f"{match.group(1)}=={match.group(3)}")
    return out


def main() -> int:
    project = tomllib.loads(PYPROJECT.read_text("utf-8"))["project"]
    extras = [requirement for name in sys.argv[1:] for requirement in project["optional-dependencies"][name]]
    print("\n".join(pins(project["dependencies"] + extras)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
