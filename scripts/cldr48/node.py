"""Run one of this package's JS programs in node: JSON in on stdin, JSON out on stdout."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def run(program: str, payload: Any) -> Any:
    """The parsed output of ``node scripts/cldr48/<program>`` given ``payload`` as JSON."""
    out = subprocess.run([shutil.which("node") or "node", str(HERE / program)], input=json.dumps(payload),
                         capture_output=True, text=True, check=True, encoding="utf-8")
    return json.loads(out.stdout)
