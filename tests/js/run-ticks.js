// Nice ticks in node for tests/unit/test_figure.py: reads a JSON array of [numbers, count,
// includeZero] on stdin, writes one list of ticks per entry (js/figure/ticks.js).
import { niceTicks } from "../../js/figure/ticks.js";

let input = "";
process.stdin.setEncoding("utf8");
for await (const chunk of process.stdin) input += chunk;
process.stdout.write(JSON.stringify(JSON.parse(input).map(([numbers, count, zero]) => niceTicks(numbers, count, zero))));
