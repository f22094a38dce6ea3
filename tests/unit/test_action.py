"""Actions: options bound and validated at once, page-bound options read per call, named for the
browser as data, and round-tripped as data."""

import json
import logging

import pytest
from dash import MATCH, ClientsideFunction, Input, State, no_update

import dashclient as dc
from dashclient._action import Action, ActionFactory, REGISTRY


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


@pytest.mark.parametrize("function, options, option", [
    ("number", {"specifier": ".2q"}, "specifier"),
    ("number", {"specifier": 3}, "specifier"),
    ("number", {"locale": "not a locale"}, "locale"),
    ("number", {"locale": "xx-ZZ"}, "locale"),
    ("number", {"currency": "EURO"}, "currency"),
    ("number", {"fallback": None}, "fallback"),
    ("currency", {"digits": 500}, "digits"),
    ("currency", {"digits": 1.5}, "digits"),
    ("currency", {"display": "huge"}, "display"),
    ("percent", {"digits": True}, "digits"),
    ("date", {"time_zone": "Mars/Olympus"}, "time_zone"),
    ("relative_time", {"now": "yesterday"}, "now"),
])
def test_a_bad_option_raises_value_error_naming_the_option_at_bind_time(function, options, option):
    with pytest.raises(ValueError, match=f"dc.format.{function}: option '{option}' must be"):
        getattr(dc.format, function)(**options)


def test_cross_option_constraints_are_checked_at_bind_time():
    with pytest.raises(ValueError, match="options 'date_style' and 'time_style' cannot both be None"):
        dc.format.date(date_style=None, time_style=None)


def test_currency_codes_are_normalised_to_upper_case():
    assert dc.format.number(currency="eur").options["currency"] == "EUR"


def test_calling_an_action_runs_the_compiled_twin_with_its_validated_options():
    compiled = []

    def compile_(options):
        compiled.append(options)
        return lambda value: f"ok {value}"

    factory = ActionFactory("format", "number", compile_, register=False)
    action = factory(specifier=",.1f")
    assert action(5) == "ok 5" and action(6) == "ok 6"
    assert compiled == [{"specifier": ",.1f", "locale": "en-US", "currency": "USD", "fallback": ""}]  # once
    assert REGISTRY[("format", "number")] is dc.format.number


def test_an_action_refuses_the_wrong_number_of_values():
    with pytest.raises(TypeError, match="takes 1 value"):
        dc.format.number()(1, 2)


def test_actions_are_actions_and_say_what_they_are():
    action = dc.format.number(locale="fr-FR")
    assert isinstance(action, Action)
    assert repr(action) == "dc.format.number(locale='fr-FR')"
    assert action.signature == dc.Signature(values=1, outputs=1, context=False)


def test_the_old_values_count_still_works_with_a_deprecation_warning():
    with pytest.warns(DeprecationWarning, match="signature.values"):
        assert dc.format.number().values == 1


# -- options from the page ---------------------------------------------------------------------

PRICE = dc.format.currency(currency=State("ccy", "value"), locale=Input("loc", "value"), digits=1)


def test_page_bound_options_are_given_as_keywords_when_called_in_python():
    assert PRICE(1234.5, currency="EUR", locale="de-DE") == "1.234,5\xa0€"
    assert PRICE(1234.5, currency="usd", locale="en-US") == "$1,234.5"


def test_page_bound_options_are_required_and_constants_cannot_be_overridden():
    with pytest.raises(TypeError, match="page-bound option 'currency'"):
        PRICE(1, locale="de-DE")
    with pytest.raises(TypeError, match="'digits' is not bound to the page"):
        PRICE(1, currency="EUR", locale="de-DE", digits=2)


def test_a_bad_page_value_gives_the_fallback_and_one_warning(caplog):
    action = dc.format.currency(currency=State("ccy", "value"), fallback="n/a")
    with caplog.at_level(logging.WARNING, logger="dashclient"):
        assert action(1, currency="EURO") == "n/a"
        assert action(2, currency="EURO") == "n/a"
    assert [r.getMessage() for r in caplog.records] == [
        "dashclient: dc.format.currency: option 'currency' must be an ISO 4217 currency code such as 'USD' or "
        "'EUR', got 'EURO'"
    ]
    assert action(3, currency="EUR") == "€3.00"


def test_constants_are_still_validated_at_bind_when_other_options_come_from_the_page():
    with pytest.raises(ValueError, match="option 'digits'"):
        dc.format.currency(currency=State("ccy", "value"), digits=-1)


def test_a_constraint_involving_a_page_bound_option_is_checked_per_call():
    action = dc.format.date(date_style=Input("style", "value"), time_style=None)
    assert action(0, date_style="short") == "1/1/70"
    assert action(0, date_style=None) == ""


def test_a_function_that_writes_no_text_gives_no_update_for_a_bad_page_value():
    factory = ActionFactory("internal", "gate", lambda options: lambda *args: args, register=False)
    # internal.gate has no options: a page-bound option cannot even be named
    with pytest.raises(ValueError, match="unknown option"):
        factory(x=Input("a", "value"))
    assert factory.invalid({}) is no_update


def test_the_standalone_name_places_page_options_after_the_values_inputs_first():
    assert PRICE.function_name == 'currency:{"currency":{"$arg":2},"digits":1,"locale":{"$arg":1}}'
    assert PRICE.page_dependencies == [State("ccy", "value"), Input("loc", "value")]


# -- context -----------------------------------------------------------------------------------

def test_a_function_reading_the_context_receives_it_after_its_values():
    factory = ActionFactory("internal", "gate", lambda options: lambda *args: args, register=False)
    context = {"triggered_id": "b", "triggered": [{"prop_id": "b.n_clicks", "value": 1}],
               "inputs": {}, "states": {}, "outputs_list": None}
    assert factory()(1, 2, context=context) == (1, 2, context)
    assert factory()(1)[-1] == {"triggered_id": None, "triggered": [], "inputs": {}, "states": {},
                                "outputs_list": None}


# -- actions are data --------------------------------------------------------------------------

@pytest.mark.parametrize("action", [
    dc.format.number(),
    dc.format.currency(currency="EUR", locale="de-DE", digits=0),
    dc.format.relative_time(now=State({"type": "clock", "index": 1}, "data"), numeric="auto"),
    dc.format.currency(currency=State({"type": "ccy", "index": MATCH}, "value")),
    PRICE,
])
def test_actions_round_trip_through_json(action):
    data = json.loads(json.dumps(action.to_json()))
    again = Action.from_json(data)
    assert again == action and again.function_name == action.function_name
    assert again.page_dependencies == action.page_dependencies


def test_from_json_refuses_unknown_functions_and_options():
    with pytest.raises(ValueError, match="no dashclient action 'format.nope'"):
        Action.from_json({"action": "format.nope", "options": {}})
    with pytest.raises(ValueError, match="unknown option 'colour'"):
        Action.from_json({"action": "format.number", "options": {"colour": "red"}})
