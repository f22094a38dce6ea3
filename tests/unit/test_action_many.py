"""``action.many(values)``: the twin over a column, each value as the browser receives it, and the
``action_class`` a factory returns."""

import logging
import math

import pytest
from dash import Input

import dashclient as dc
from dashclient._action import Action, ActionFactory, as_sent

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")


def test_many_equals_calling_the_action_on_each_value_of_a_list():
    price = dc.format.currency(currency="EUR", locale="de-DE")
    values = [1234.5, -0.5, "12", None, "", "abc", 0, 10**15]
    assert price.many(values) == [price(v) for v in values]


def test_many_takes_numpy_arrays_and_pandas_series_as_the_same_numbers():
    price = dc.format.number(specifier=",.2f")
    plain = [1.5, -2.25, 3.0, 1e6]
    expected = price.many(plain)
    assert price.many(np.array(plain)) == expected
    assert price.many(np.array(plain, dtype="float32")) == price.many([float(np.float32(v)) for v in plain])
    assert price.many(pd.Series(plain, index=[10, 11, 12, 13])) == expected
    assert price.many(np.array([1, 2, 3], dtype="int8")) == price.many([1, 2, 3])
    assert price.many(x for x in plain) == expected
    assert price.many(tuple(plain)) == expected


def test_missing_and_infinite_values_arrive_as_null_as_dash_sends_them():
    price = dc.format.number(specifier=",.2f", fallback="n/a")
    assert as_sent([math.nan, math.inf, -math.inf, None]) == [None, None, None, None]
    assert price.many([math.nan, math.inf, pd.NA, pd.NaT]) == ["n/a"] * 4
    assert price.many(pd.Series([1.0, None], dtype="Float64")) == ["1.00", "n/a"]
    assert price.many(pd.Series([1, None], dtype="Int64")) == ["1.00", "n/a"]


def test_datetimes_arrive_as_the_iso_strings_dash_sends():
    day = dc.format.date(date_style="medium", time_zone="UTC")
    stamps = pd.Series(pd.to_datetime(["2024-01-05 10:00", None]))
    assert as_sent(stamps) == ["2024-01-05T10:00:00", None]
    assert day.many(stamps) == [day("2024-01-05T10:00:00"), day(None)]
    array = np.array(["2024-01-05T10:00", "NaT"], dtype="datetime64[ns]")
    assert day.many(array) == [day("2024-01-05T10:00:00.000000000"), day("NaT")]


def test_many_refuses_what_is_not_one_column():
    price = dc.format.number()
    for not_a_column in ("1234", {"a": 1}, np.zeros((2, 2)), pd.DataFrame({"a": [1]}), np.float64(3)):
        with pytest.raises(TypeError, match="one column"):
            price.many(not_a_column)


def test_many_needs_a_function_of_one_value():
    gate = ActionFactory("internal", "gate", lambda options: lambda *values: values, register=False)()
    with pytest.raises(TypeError, match="needs a function of one value"):
        gate.many([1, 2])


def test_many_takes_page_bound_options_as_keywords_and_validates_them_once(caplog):
    price = dc.format.currency(locale=Input("loc", "value"))
    assert price.many([1, 2], locale="de-DE") == [price(1, locale="de-DE"), price(2, locale="de-DE")]
    with pytest.raises(TypeError, match="give the page-bound option 'locale'"):
        price.many([1])
    with caplog.at_level(logging.WARNING, logger="dashclient"):
        assert price.many([1, 2, 3], locale="xx-not") == ["", "", ""]
    assert len(caplog.records) == 1  # one warning for the column, not one per value


def test_many_compiles_once_per_column():
    compiled = []

    def compile_(options):
        compiled.append(options)
        return lambda value: f"<{value}>"

    action = ActionFactory("format", "number", compile_, register=False)()
    assert action.many([1, 2.5, None]) == ["<1>", "<2.5>", "<None>"]
    assert action.many([3]) == ["<3>"]
    assert len(compiled) == 1


def test_a_factory_returns_its_action_class():
    class Special(Action):
        __slots__ = ()

    class Factory(ActionFactory):
        action_class = Special

    action = Factory("format", "number", lambda options: str, register=False)(specifier=",.1f")
    assert isinstance(action, Special) and action.options["specifier"] == ",.1f"
    assert type(dc.patch.assign()) is Action
