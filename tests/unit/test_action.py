"""Actions: options bound and validated at once, named for the browser as data."""

import json

import pytest
from dash import ClientsideFunction

import dashclient as dc
from dashclient._action import Action, ActionFactory


def test_an_action_with_default_options_names_the_plain_js_function():
    fn = dc.format.number().clientside_function
    assert isinstance(fn, ClientsideFunction)
    assert (fn.namespace, fn.function_name) == ("dashclient_format", "number")


def test_non_default_options_travel_as_canonical_json_after_the_name():
    action = dc.format.number(locale="de-DE", specifier=",.2f")
    name, _, options = action.clientside_function.function_name.partition(":")
    assert name == "number"
    assert options == '{"locale":"de-DE","specifier":",.2f"}'
    assert json.loads(options) == action.bound_options


def test_option_values_equal_to_the_defaults_are_not_sent():
    assert dc.format.number(specifier=",", locale="en-US").clientside_function.function_name == "number"


def test_an_unknown_option_raises_value_error_naming_it_and_the_known_ones():
    with pytest.raises(ValueError, match=r"unknown option 'local'.*locale"):
        dc.format.number(local="de-DE")


@pytest.mark.parametrize("options, option", [
    ({"specifier": ".2q"}, "specifier"),
    ({"specifier": 3}, "specifier"),
    ({"locale": "not a locale"}, "locale"),
    ({"locale": "xx-ZZ"}, "locale"),
    ({"currency": "EURO"}, "currency"),
    ({"fallback": None}, "fallback"),
])
def test_a_bad_option_raises_value_error_naming_the_option_at_bind_time(options, option):
    with pytest.raises(ValueError, match=f"'{option}'"):
        dc.format.number(**options)


def test_currency_codes_are_normalised_to_upper_case():
    assert dc.format.number(currency="eur").options["currency"] == "EUR"


def test_calling_an_action_runs_the_python_fallback_with_its_options():
    calls = []
    factory = ActionFactory("format", "number", lambda value, options: calls.append((value, options)) or "ok")
    try:
        assert factory(specifier=",.1f")(5) == "ok"
        assert calls == [(5, {"specifier": ",.1f", "locale": "en-US", "currency": "USD", "fallback": ""})]
    finally:
        ActionFactory("format", "number", dc.format.number._fallback, dc.format.number._validate)


def test_an_action_refuses_the_wrong_number_of_values():
    with pytest.raises(TypeError, match="takes 1 value"):
        dc.format.number()(1, 2)


def test_actions_are_actions_and_say_what_they_are():
    action = dc.format.number(locale="fr-FR")
    assert isinstance(action, Action)
    assert repr(action) == "dc.format.number(locale='fr-FR')"
