"""The httpx range of pyproject.toml: the installed httpx is inside it, and (on demand, because it
downloads from PyPI) the server half's tests pass with each end of it.

    DASHCLIENT_TEST_HTTPX_ENDS=1 .venv/bin/python -m pytest tests/unit/test_fetch_httpx_range.py

installs each end with its httpcore and h11 into a temporary directory put first on PYTHONPATH,
and runs the fetch unit tests in a subprocess. `scripts/dev test` proves both ends without it: the
main venv holds the newest httpx the range allows, the lower-bounds venv (.venv-min) httpx 0.24.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
# Each end of the range, with the httpcore and h11 it was released with (the lowest ones pip allows).
ENDS = {"0.24.0": ("httpcore==0.17.3", "h11==0.14.0"), "0.28.1": ("httpcore==1.0.9", "h11==0.16.0")}
FETCH_TESTS = [f"tests/unit/test_fetch_{name}.py" for name in ("twin", "registration", "urls")]


def declared_range() -> tuple[str, str]:
    text = (ROOT / "pyproject.toml").read_text("utf-8")
    low, high = re.search(r'"httpx>=([0-9.]+),<([0-9.]+)"', text).groups()
    return low, high


def as_tuple(version: str) -> tuple[int, ...]:
    parts = [int(part) for part in re.findall(r"[0-9]+", version)[:3]]
    return tuple(parts + [0] * (3 - len(parts)))


def test_the_installed_httpx_is_inside_the_declared_range_and_the_ends_tested_are_its_ends():
    low, high = declared_range()
    assert as_tuple(low) <= as_tuple(httpx.__version__) < as_tuple(high)
    assert as_tuple(min(ENDS, key=as_tuple)) == as_tuple(low)
    assert as_tuple(max(ENDS, key=as_tuple)) < as_tuple(high)


@pytest.mark.skipif(not os.environ.get("DASHCLIENT_TEST_HTTPX_ENDS"), reason="downloads httpx from PyPI")
@pytest.mark.parametrize("version", sorted(ENDS, key=as_tuple))
def test_the_server_half_passes_with_each_end_of_the_range(version, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target),
                    f"httpx=={version}", *ENDS[version]], check=True)
    env = {**os.environ, "PYTHONPATH": str(target)}
    probe = subprocess.run([sys.executable, "-c", "import httpx; print(httpx.__version__)"], env=env,
                           capture_output=True, text=True, check=True)
    assert probe.stdout.strip() == version
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *FETCH_TESTS],
                         cwd=ROOT, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-3000:]
