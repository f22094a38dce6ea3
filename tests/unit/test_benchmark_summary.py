"""The README's benchmark summary is what benchmarks/report.py writes from the committed results."""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

from report import README_END, README_START, readme_summary, replace_readme_summary  # noqa: E402


def test_the_readme_summary_is_generated_from_the_committed_full_run():
    results = json.loads((ROOT / "benchmarks" / "results" / "latest.json").read_text("utf-8"))
    assert not results["quick"], "commit the results of a full run"
    readme = (ROOT / "README.md").read_text("utf-8")
    assert README_START in readme and README_END in readme
    assert readme == replace_readme_summary(readme, readme_summary(results)), (
        "README's benchmark summary differs from results/latest.json: run benchmarks/run.py (all sections)")
