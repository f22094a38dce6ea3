"""``action.many(values)``: the Python twin over a column, per value, for a list, a numpy array and
a pandas Series (numpy and pandas only when installed), next to a plain loop of ``action(v)`` and
the share of the column's trip through Dash's JSON encoder (``as_sent``).

Each cell is the median of 5 rounds over the whole column, in ns per value (total ms in brackets),
after one untimed pass (the formatter compiled, Intl-like caches warm).
"""

from __future__ import annotations

import random
import statistics
import time
from typing import Any, Callable

import dashclient as dc
from dashclient._action import as_sent

ROUNDS = 5
SEED = 20261202
FORMATTERS = {
    "currency (EUR, de-DE)": dc.format.currency(currency="EUR", locale="de-DE"),
    "number (',.2f')": dc.format.number(specifier=",.2f"),
    "date (medium, UTC)": dc.format.date(date_style="medium", time_zone="UTC"),
}


def _timed(fn: Callable[[], Any], count: int) -> dict:
    fn()
    rounds = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        fn()
        rounds.append(time.perf_counter() - started)
    seconds = statistics.median(rounds)
    return {"ns_per_value": round(seconds / count * 1e9), "total_ms": round(seconds * 1e3, 1)}


def _columns(name: str, count: int) -> dict[str, Any]:
    rng = random.Random(SEED)
    if name.startswith("date"):
        values: list[Any] = [f"20{rng.randint(0, 29):02d}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T12:00:00Z"
                             for _ in range(count)]
    else:
        values = [round(rng.uniform(-5_000, 50_000), 2) for _ in range(count)]
    columns: dict[str, Any] = {"list": values}
    try:
        import numpy as np  # pylint: disable=import-outside-toplevel
        import pandas as pd  # pylint: disable=import-outside-toplevel
    except ImportError:
        return columns
    if not name.startswith("date"):
        columns["numpy array"] = np.array(values)
    columns["pandas Series"] = pd.Series(values)
    return columns


def run(count: int) -> dict:
    rows = []
    for name, action in FORMATTERS.items():
        for kind, column in _columns(name, count).items():
            rows.append({
                "formatter": name, "column": kind, "values": count,
                "many": _timed(lambda: action.many(column), count),  # noqa: B023 - called at once
                "as_sent": _timed(lambda: as_sent(column), count),  # noqa: B023
                "loop": _timed(lambda: [action(v) for v in column], count) if kind == "list" else None,  # noqa: B023
                "sample": action.many(column[:2] if kind == "list" else column.iloc[:2] if kind == "pandas Series"
                                      else column[:2]),
            })
    return {"values": count, "rounds": ROUNDS, "rows": rows}


def markdown(section: dict) -> list[str]:
    lines = [f"### Column twin: `action.many(values)` over {section['values']:,} values (ns per value, total ms)", "",
             "`as_sent` is the column's trip through Dash's JSON encoder (part of `many`); `loop` is "
             "`[action(v) for v in values]`.", ""]
    header = ["formatter", "column", "many", "of which as_sent", "loop", "sample"]
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|" + "|".join("---" for _ in header) + "|")
    cell = lambda m: "—" if m is None else f"{m['ns_per_value']:,} ({m['total_ms']:,.0f})"  # noqa: E731
    for row in section["rows"]:
        lines.append("| " + " | ".join([row["formatter"], row["column"], cell(row["many"]), cell(row["as_sent"]),
                                        cell(row["loop"]), ", ".join(f"`{s}`" for s in row["sample"])]) + " |")
    return lines
