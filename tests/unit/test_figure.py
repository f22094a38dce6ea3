"""dc.figure.format_text beyond its case table: bind-time checks, the formatter as an action,
Python figures (numpy arrays, typed arrays), and nice ticks identical to node's on random spans."""

import json
import random
import shutil
import subprocess
from pathlib import Path

import pytest
from dash import Input, State, no_update

import dashclient as dc
from dashclient._figure.ticks import nice_ticks

ROOT = Path(__file__).resolve().parents[2]
EUR = dc.format.currency(currency="EUR", locale="de-DE")


def test_the_formatter_may_be_given_as_an_action_and_travels_as_data():
    action = dc.figure.format_text(format=EUR, tick_count=4)
    assert action.options["format"] == EUR.to_json()
    assert dc.Action.from_json(action.to_json()) == action
    assert action == EUR.plotly(tick_count=4)
    name = action.clientside_function.function_name
    assert name.startswith("format_text:") and json.loads(name.partition(":")[2])["format"] == EUR.to_json()


@pytest.mark.parametrize("options, message", [
    ({"format": dc.patch.append()}, "option 'format' must be a dc.format action"),
    ({"format": {"action": "format.nothing", "options": {}}}, "option 'format' must be a dc.format action"),
    ({"format": {"action": "format.currency", "options": {"currency": "EURO"}}},
     "dc.format.currency: option 'currency'"),
    ({"format": {"action": "format.currency", "options": {"locale": {"$input": {"id": "l", "property": "value"}}}}},
     "the formatter's option \"locale\" is bound to the page"),
    ({"format": "currency"}, "option 'format' must be an action as data"),
    ({"field": "z"}, "option 'field' must be one of 'y', 'x'"),
    ({"tickvals": [0, True]}, "option 'tickvals' must be a list of finite numbers"),
    ({"tickvals": [0, float("inf")]}, "option 'tickvals' must be a list of finite numbers"),
    ({"tick_count": 0}, "option 'tick_count' must be an integer from 1 to 50"),
    ({"traces": []}, "option 'traces' must be a non-empty list"),
])
def test_bad_options_raise_at_bind_time_naming_the_option(options, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(")):
        dc.figure.format_text(**options)


def test_the_formatter_may_come_from_the_page_as_data_checked_per_call(caplog):
    texts = dc.figure.format_text(format=State("fmt", "data"), ticks=False, hovertemplate=None)
    figure = {"data": [{"y": [1234.5]}]}
    patch = texts(figure, format=EUR.to_json()).to_plotly_json()
    assert patch["operations"][0]["params"]["value"] == [EUR(1234.5)]
    yen = dc.format.currency(currency="JPY", locale="ja-JP")
    assert texts(figure, format=yen.to_json()).to_plotly_json()["operations"][0]["params"]["value"] == [yen(1234.5)]
    with caplog.at_level("WARNING", logger="dashclient"):
        assert texts(figure, format={"action": "format.currency", "options": {"currency": "EURO"}}) is no_update
        assert texts(figure, format="nonsense") is no_update
    assert len(caplog.records) == 2


def test_a_page_bound_formatter_cannot_write_a_figure():
    with pytest.raises(ValueError, match="option 'locale' is bound to the page"):
        dc.format.currency(locale=Input("loc", "value")).plotly()


def test_a_figure_built_in_python_with_numpy_formats_as_the_browser_would():
    go = pytest.importorskip("plotly.graph_objects")
    np = pytest.importorskip("numpy")
    figure = go.Figure(go.Bar(x=["a", "b", "c"], y=np.array([1234.5, np.inf, 99.0])))
    as_dict = figure.to_dict()
    assert "bdata" in as_dict["data"][0]["y"]  # plotly.py writes numpy arrays as typed arrays
    patch = EUR.plotly(ticks=False)(as_dict).to_plotly_json()
    assert patch["operations"][0]["params"]["value"] == [EUR(1234.5), EUR(float("inf")), EUR(99.0)]
    plain = EUR.plotly(ticks=False)({"data": [{"y": np.array([1.0, np.inf])}]}).to_plotly_json()
    assert plain["operations"][0]["params"]["value"] == [EUR(1.0), EUR(None)]  # a list: Dash sends inf as null


def test_an_unchanged_figure_gives_no_update_so_a_figure_to_itself_callback_stops():
    action = EUR.plotly()
    figure = {"data": [{"type": "bar", "y": [3, 8]}], "layout": {}}
    for operation in action(figure).to_plotly_json()["operations"]:
        node = figure
        *parents, last = operation["location"]
        for key in parents:
            node = node.setdefault(key, {}) if isinstance(node, dict) else node[key]
        node[last] = operation["params"]["value"]
    assert action(figure) is no_update


def test_bad_input_gives_no_update_and_one_warning(caplog):
    action = EUR.plotly()
    with caplog.at_level("WARNING", logger="dashclient"):
        assert action("not a figure") is no_update
        assert action([1]) is no_update
    assert len(caplog.records) == 1 and "must be a figure" in caplog.records[0].getMessage()


def _random_spans(count: int) -> list:
    rng = random.Random(13)
    spans = []
    for _ in range(count):
        scale = 10 ** rng.uniform(-9, 16)
        numbers = [rng.uniform(-1, 1) * scale for _ in range(rng.randint(1, 6))]
        if rng.random() < 0.2:
            numbers = [round(n) for n in numbers]
        spans.append([numbers, rng.randint(1, 12), rng.random() < 0.5])
    spans += [[[0.1, 0.3], 2, False], [[1e-300, 3e-300], 5, False], [[-1e308, 1e308], 5, False], [[7, 7], 3, True]]
    return spans


@pytest.mark.skipif(shutil.which("node") is None, reason="node runs the JS half")
def test_nice_ticks_are_identical_in_node_and_python_on_random_spans():
    spans = _random_spans(3000)
    out = subprocess.run(["node", str(ROOT / "tests" / "js" / "run-ticks.js")], input=json.dumps(spans),
                         capture_output=True, text=True, check=True)
    node = json.loads(out.stdout)
    python = [nice_ticks(numbers, count, zero) for numbers, count, zero in spans]
    different = [(span, js, py) for span, js, py in zip(spans, node, python) if js != py]
    assert not different, different[:3]
    assert sum(1 for ticks in python if ticks) > 2900
