"""What the numbers were measured on: they mean little without it."""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

from chromium import CHROMIUM


def _command_version(*command: str) -> str | None:
    if shutil.which(command[0]) is None:
        return None
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.strip() or None


def _cpu_model() -> str | None:
    cpuinfo = Path("/proc/cpuinfo")
    if not cpuinfo.exists():
        return platform.processor() or None
    for line in cpuinfo.read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return None


def machine_info() -> dict:
    """CPU, load, OS and tool versions: taken before the run, so the load is everyone else's."""
    return {
        "measured_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "cpu_count": os.cpu_count(),
        "cpu_model": _cpu_model(),
        # Other work on the machine shows up in every number: the load says how much there was.
        "load_average_1m": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "node": _command_version("node", "--version"),
        "chromium": _command_version(CHROMIUM, "--version"),
        "dash": metadata.version("dash"),
        "dashclient": metadata.version("dashclient"),
        "playwright": metadata.version("playwright"),
    }
