"""Compare the JS formatters (in node) with the Python twin over the whole case table.

    python tests/parity_format.py [FUNCTION ...] [--show N]

A development tool: node and Chromium share CLDR 48 (docs/ARCHITECTURE.md), the browser test
(tests/browser/test_format_parity.py) is the judge.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
from format_cases import decode, expand  # noqa: E402


def python_results(cases):
    import dashclient as dc

    results = []
    for case in cases:
        try:
            action = getattr(dc.format, case["function"])(**case["options"])
            results.append(action(decode(case["value"])))
        except Exception as error:  # noqa: BLE001 - a development report, not the library
            results.append({"error": repr(error)})
    return results


def node_results(cases):
    out = subprocess.run(["node", str(HERE / "js" / "run-format-cases.js")], input=json.dumps(cases),
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("functions", nargs="*")
    parser.add_argument("--show", type=int, default=20)
    args = parser.parse_args()
    cases = [c for c in expand() if not args.functions or c["function"] in args.functions]
    js, py = node_results(cases), python_results(cases)
    bad = [(c, j, p) for c, j, p in zip(cases, js, py) if j != p]
    per_function = Counter(c["function"] for c in cases)
    bad_per_function = Counter(c["function"] for c, _, _ in bad)
    for fn in per_function:
        print(f"{fn:14} {per_function[fn] - bad_per_function[fn]:5}/{per_function[fn]} match")
    print(f"{'total':14} {len(cases) - len(bad):5}/{len(cases)} match")
    for case, j, p in bad[: args.show]:
        print(f"  {case['id']}\n    js: {j!r}\n    py: {p!r}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
