"""Actions: a JS function with its options bound and validated, plus its Python twin.

``dc.format.currency(currency="EUR")`` returns an :class:`Action`. Calling it runs the server-side
fallback; ``action.clientside_function`` names the same JS function for ``dash.clientside_callback``.
Non-default options travel in the function name (``currency:{"currency":"EUR"}``), which the
bundle resolves against its own function table (``js/bind.js``): data, never code, so a strict
Content-Security-Policy needs no hashes for it.
"""

from __future__ import annotations

import json
from typing import Any, Callable, Mapping

from dash import ClientsideFunction

from . import _spec


Validator = Callable[[dict], None]
Fallback = Callable[..., Any]

#: Every (pattern, name) defined in Python, so a test can compare it with spec.json.
REGISTRY: dict[tuple[str, str], "ActionFactory"] = {}


class Action:
    """One JS function, its validated options, and the Python function that gives the same result."""

    __slots__ = ("pattern", "name", "options", "values", "_fallback", "_defaults")

    def __init__(self, pattern: str, name: str, options: Mapping[str, Any], fallback: Fallback,
                 values: int, defaults: Mapping[str, Any]):
        self.pattern = pattern
        self.name = name
        self.options = dict(options)
        self.values = values
        self._fallback = fallback
        self._defaults = defaults

    def __call__(self, *values: Any) -> Any:
        """Run the server-side fallback: the same result as the JS function for the same values."""
        if len(values) != self.values:
            raise TypeError(f"{self.qualname} takes {self.values} value(s), got {len(values)}")
        return self._fallback(*values, self.options)

    @property
    def qualname(self) -> str:
        return f"dc.{self.pattern}.{self.name}"

    @property
    def namespace(self) -> str:
        return _spec.namespace_of(self.pattern)

    @property
    def bound_options(self) -> dict[str, Any]:
        """Options that differ from the JS defaults: all the browser needs to be told."""
        return {k: v for k, v in self.options.items() if self._defaults.get(k) != v or k not in self._defaults}

    @property
    def function_name(self) -> str:
        bound = self.bound_options
        if not bound:
            return self.name
        encoded = json.dumps(bound, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        return f"{self.name}{_spec.bind_separator()}{encoded}"

    @property
    def clientside_function(self) -> ClientsideFunction:
        return ClientsideFunction(self.namespace, self.function_name)

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.bound_options.items())
        return f"{self.qualname}({args})"


class ActionFactory:
    """``dc.<pattern>.<name>(**options)``: checks option names against the JS defaults, merges
    them, runs the pattern's validator (which raises ``ValueError`` naming the option), and
    returns an :class:`Action`."""

    def __init__(self, pattern: str, name: str, fallback: Fallback, validate: Validator | None = None,
                 values: int = 1, doc: str | None = None):
        self.pattern = pattern
        self.name = name
        self.defaults = _spec.defaults_of(pattern, name)  # KeyError at import for a typo
        self._fallback = fallback
        self._validate = validate
        self.values = values
        self.__doc__ = doc or fallback.__doc__
        self.__name__ = name
        self.__qualname__ = f"{pattern}.{name}"
        REGISTRY[(pattern, name)] = self

    def __call__(self, **options: Any) -> Action:
        unknown = sorted(set(options) - set(self.defaults))
        if unknown:
            raise ValueError(
                f"dc.{self.pattern}.{self.name}: unknown option {unknown[0]!r}; "
                f"options are {', '.join(sorted(self.defaults))}"
            )
        merged = {**self.defaults, **options}
        if self._validate is not None:
            self._validate(merged)
        return Action(self.pattern, self.name, merged, self._fallback, self.values, self.defaults)

    def __repr__(self) -> str:
        return f"<dashclient action factory dc.{self.pattern}.{self.name}>"
