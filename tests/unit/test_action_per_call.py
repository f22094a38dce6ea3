"""Core: an option whose schema says ``cache: false`` (a prop's current value) is never a cache
key in Python either: compiled on every call, one warning per action (js/core/binding.js twin)."""

import dataclasses
import logging
from types import MappingProxyType

from dash import State, no_update

from dashclient._action import ActionFactory


def _factory(counts: dict) -> ActionFactory:
    def compile_(options):
        counts["compiled"] = counts.get("compiled", 0) + 1

        def run(value):
            if value == "boom":
                raise ValueError("bad value")
            return [options["label"], value, options["current"]]

        return run

    factory = ActionFactory("internal", "gate", compile_, register=False)
    options = {
        "label": MappingProxyType({"type": "string", "default": "x"}),
        "current": MappingProxyType({"type": "json", "default": "unbound", "cache": False}),
    }
    factory.spec = dataclasses.replace(factory.spec, options=MappingProxyType(options),
                                       signature=dataclasses.replace(factory.spec.signature, values=1, context=False),
                                       defaults=MappingProxyType({"label": "x", "current": "unbound"}))
    return factory


def test_a_cache_false_option_bound_to_the_page_is_compiled_on_every_call_and_warns_once(caplog):
    counts: dict = {}
    action = _factory(counts)(current=State("graph", "figure"))
    figure = {"data": [{"y": [1, 2, 3]}]}
    assert action(1, current=figure) == ["x", 1, figure]
    assert action(2, current=figure) == ["x", 2, figure]
    assert counts["compiled"] == 2
    assert not action._cache  # nothing kept, nothing keyed by the figure
    with caplog.at_level(logging.WARNING, logger="dashclient"):
        assert action("boom", current=figure) is no_update
        assert action("boom", current={"other": 1}) is no_update
    assert len(caplog.records) == 1 and "bad value" in caplog.records[0].getMessage()


def test_other_page_bound_options_are_still_cached_per_distinct_value():
    counts: dict = {}
    action = _factory(counts)(label=State("label", "value"))
    action(1, label="a")
    action(2, label="a")
    action(3, label="b")
    assert counts["compiled"] == 2
