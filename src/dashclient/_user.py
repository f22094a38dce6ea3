"""Users' own actions: ``@dc.action`` turns a Python function into an action, like Vizro's
``@capture("action")``, and pairs it with the user's own JS function for client mode.

    @dc.action(js="my_app.card_text")          # window.dash_clientside.my_app.card_text, in assets/
    def card_text(points_data, show_species=False):
        ...

    text = card_text(show_species=True)        # bind some parameters: options (constants or Input/State)
    dc.callback(text, output="my_card.children", inputs=["scatter.clickData"])

The signature is read from the parameters: parameters bound when the action is made are its
options, checked against a schema inferred from their annotations or defaults; the parameters left
unbound and without a default are its values, filled from the callback's Inputs then States in
order; a keyword parameter named ``context`` receives the callback-context snapshot. The JS
function is called ``fn(...values, options, context)`` with the same options, so both halves are
the same function of (values, options, context).
"""

from __future__ import annotations

import inspect
import typing
from typing import Any, Callable, Mapping

from . import _spec
from ._action import Action, ActionFactory, _canonical, dependency_from_json
from ._schema import check_option

#: Every captured function, by "module.qualname", so Action.from_json can find it again.
USER_REGISTRY: dict[str, "UserActionFactory"] = {}

CONTEXT_PARAMETER = "context"
_TYPES = ((bool, "boolean"), (int, "integer"), (float, "number"), (str, "string"), (dict, "object"),
          (list, "array"), (tuple, "array"))


def _schema_of(parameter: inspect.Parameter, hint: Any, default: Any) -> dict:
    """An option schema from an annotation, else from the default's type; "json" otherwise."""
    kind = typing.get_origin(hint) or hint
    args = typing.get_args(hint)
    nullable = type(None) in args or default is None
    if args and kind is typing.Union:
        kind = next((a for a in args if a is not type(None)), None)
        kind = typing.get_origin(kind) or kind
    if kind in (None, inspect.Parameter.empty, Any) and default is not inspect.Parameter.empty and default is not None:
        kind = type(default)
    type_name = next((name for python_type, name in _TYPES if kind is python_type), "json")
    schema: dict[str, Any] = {"type": type_name, "default": None if default is inspect.Parameter.empty else default}
    if nullable or default is inspect.Parameter.empty:
        schema["nullable"] = True
    return schema


def _outputs_of(hint: Any, declared: Any) -> Any:
    if declared is not None:
        return declared
    if hint is None:
        return "any"
    if typing.get_origin(hint) is tuple:
        args = typing.get_args(hint)
        return len(args) if args and args[-1] is not Ellipsis else "any"
    return 1  # annotated with one type: one value


class UserAction(Action):
    """An action made from a user's function; client mode calls the user's own JS function."""

    __slots__ = ()

    @property
    def factory_of_user(self) -> "UserActionFactory":
        return self.factory.user  # type: ignore[attr-defined]

    @property
    def js(self) -> str | None:
        return self.factory_of_user.js

    def function_name_for(self, arg_of: Mapping[str, int] | None = None, extras: Mapping[str, Any] | None = None) -> str:
        if self.js is None:
            raise ValueError(f"{self.qualname} has no JS twin: give @dc.action(js='namespace.function') "
                             "or register it with mode='server'")
        signature = self.signature
        bound: dict[str, Any] = {
            "$function": self.js, "$name": self.qualname,
            "$signature": {"values": signature.values, "outputs": signature.outputs, "context": signature.context},
            "$options": {name: dict(schema) for name, schema in self.spec.options.items()},
        }
        for name, value in self.options.items():
            if name in self.page:
                if arg_of is None or name not in arg_of:
                    raise ValueError(f"{self.qualname}: option {name!r} is bound to the page; register it with dc.callback")
                bound[name] = {"$arg": arg_of[name]}
            else:
                bound[name] = value
        bound.update(extras or {})
        return f"call{_spec.bind_separator()}{_canonical(bound)}"

    def to_json(self) -> dict[str, Any]:
        return {**super().to_json(), "action": f"user:{self.factory_of_user.key}"}


class UserActionFactory:
    """``@dc.action``: calling it binds parameters and returns a :class:`UserAction`."""

    def __init__(self, function: Callable[..., Any], js: str | None = None, outputs: Any = None,
                 options: Mapping[str, Mapping[str, Any]] | None = None):
        if js is not None and (not isinstance(js, str) or js.count(".") < 1 or " " in js):
            raise ValueError(f"dc.action: js must be 'namespace.function' (a function of window.dash_clientside), got {js!r}")
        self.function = function
        self.js = js
        self.key = f"{function.__module__}.{function.__qualname__}"
        self.label = f"dc.action {function.__qualname__}"
        self.__doc__ = function.__doc__
        self.__name__ = function.__name__
        self.__qualname__ = function.__qualname__
        signature = inspect.signature(function)
        hints = typing.get_type_hints(function)
        self.parameters = {name: p for name, p in signature.parameters.items()
                           if name != CONTEXT_PARAMETER and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)}
        self.any_values = any(p.kind is p.VAR_POSITIONAL for p in signature.parameters.values())
        self.context = CONTEXT_PARAMETER in signature.parameters
        self.outputs = _outputs_of(hints.get("return"), outputs)
        self.schemas = {name: {**_schema_of(p, hints.get(name), p.default), **dict((options or {}).get(name, {}))}
                        for name, p in self.parameters.items()}
        unknown = sorted(set(options or {}) - set(self.schemas))
        if unknown:
            raise ValueError(f"{self.label}: options= names {unknown[0]!r}, which is not a parameter")
        USER_REGISTRY[self.key] = self

    def _spec_for(self, bound: set[str]) -> _spec.FunctionSpec:
        values = [name for name, p in self.parameters.items()
                  if name not in bound and p.default is inspect.Parameter.empty]
        options = {name: schema for name, schema in self.schemas.items() if name not in values}
        return _spec.FunctionSpec(
            namespace=_spec.INTERNAL_NAMESPACE, pattern="internal", name="call", kind="action",
            doc=(self.function.__doc__ or "").strip() or self.label,
            signature=_spec.Signature("any" if self.any_values else len(values), self.outputs, self.context),
            options=options, constraints=(), defaults={name: s["default"] for name, s in options.items()},
            label=self.label,
        )

    def __call__(self, **bound: Any) -> UserAction:
        unknown = sorted(set(bound) - set(self.parameters))
        if unknown:
            raise ValueError(f"{self.label}: unknown option {unknown[0]!r}; options are {', '.join(self.parameters)}")
        spec = self._spec_for(set(bound))
        function, context = self.function, self.context

        def compile_(options: dict) -> Callable[..., Any]:
            def run(*args: Any) -> Any:
                if context:
                    *values, snapshot = args
                    return function(*values, **options, context=snapshot)
                return function(*args, **options)

            return run

        factory = ActionFactory("internal", "call", compile_, register=False, spec=spec)
        factory.user = self  # type: ignore[attr-defined]
        from dash.dependencies import Input, State  # pylint: disable=import-outside-toplevel

        page = {name: value for name, value in bound.items() if isinstance(value, (Input, State))}
        merged = {name: page[name] if name in page else check_option(spec.where, name, schema, bound.get(name, schema["default"]))
                  for name, schema in spec.options.items()}
        return UserAction(factory, merged, page)

    def __repr__(self) -> str:
        return f"<dashclient action {self.key}{' js=' + self.js if self.js else ''}>"


def action(function: Callable[..., Any] | None = None, *, js: str | None = None, outputs: Any = None,
           options: Mapping[str, Mapping[str, Any]] | None = None) -> Any:
    """Capture a Python function as an action.

    Parameters
    ----------
    function
        The server half: ``function(*values, **options[, context=snapshot])``.
    js
        ``"namespace.function"``: the client half, a function of ``window.dash_clientside`` the app
        ships in its assets/ (called ``fn(...values, options[, context])``). Without it the action
        runs in server mode only.
    outputs
        How many outputs it writes (a count, ``"list"`` or ``"any"``); read from the return
        annotation when left out (``tuple[str, str]``: 2, another type: 1, none: ``"any"``).
    options
        Schema overrides by parameter (``{"mode": {"type": "enum", "enum": ["a", "b"]}}``); the
        rest are inferred from annotations or defaults.
    """
    def decorate(fn: Callable[..., Any]) -> UserActionFactory:
        return UserActionFactory(fn, js=js, outputs=outputs, options=options)

    return decorate(function) if function is not None else decorate


def from_json(data: Mapping[str, Any]) -> UserAction:
    key = str(data.get("action", ""))[len("user:"):]
    factory = USER_REGISTRY.get(key)
    if factory is None:
        raise ValueError(f"no dc.action {key!r} (is the module that defines it imported?)")
    return factory(**{name: dependency_from_json(value) for name, value in (data.get("options") or {}).items()})


__all__ = ["action", "UserAction", "UserActionFactory"]
