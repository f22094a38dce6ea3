"""The package ships py.typed, and mypy accepts the public API as a user writes it."""

import subprocess

import pytest
import sys
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_package_is_marked_typed():
    assert resources.files("dashclient").joinpath("py.typed").is_file()


def test_mypy_accepts_the_package_and_a_user_s_code(tmp_path):
    pytest.importorskip("mypy", reason="the test extra brings mypy; the lower-bounds venv has none")
    out = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(tmp_path),
         str(ROOT / "src" / "dashclient"), str(ROOT / "tests" / "typing" / "usage.py")],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert out.returncode == 0, out.stdout + out.stderr
