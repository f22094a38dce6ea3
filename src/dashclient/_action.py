"""Actions: a JS function with its options bound and validated, plus its Python twin.

``dc.format.currency(currency="EUR")`` returns an :class:`Action`. Calling it runs the server-side
twin; ``action.clientside_function`` names the same JS function for ``dash.clientside_callback``.
Non-default options travel in the function name (``currency:{"currency":"EUR"}``), which the
bundle resolves against its own function table (``js/bind.js``): data, never code, so a strict
Content-Security-Policy needs no hashes for it.

An option may be a Dash ``Input`` or ``State`` instead of a constant: it is then read from the
page on every call (``dc.callback`` appends the dependency) and validated then, in both halves.
An option whose schema says ``"cache": false`` (a prop's current value: large, new on every call)
is never a cache key: options holding it are validated and compiled on every call.
"""

from __future__ import annotations

import json
import logging
import warnings
from collections import OrderedDict
from typing import Any, Callable, Iterable, Mapping

from dash import ClientsideFunction, no_update
from dash.dependencies import ALL, ALLSMALLER, MATCH, Input, State

from . import _spec
from ._context import Context, from_dash
from ._schema import check_constraints, check_names, check_option

Compile = Callable[[dict], Callable[..., Any]]
Invalid = Callable[[Mapping[str, Any]], Any]
#: ``check(action, mode, layout)``: refuse a registration with ValueError (layout is None when only
#: the bound name is asked for, e.g. ``action.clientside_function``).
Check = Callable[["Action", str, Any], None]
#: ``register_server(action, layout, app=..., gate=..., kwargs=...) -> Registration``: a pattern's
#: own server-mode registration (its plumbing), instead of dc.callback's plain server callback.
RegisterServer = Callable[..., Any]
PageDependency = (Input, State)

#: Every (pattern, name) defined in Python, so a test can compare it with spec.json.
REGISTRY: dict[tuple[str, str], "ActionFactory"] = {}

LOG = logging.getLogger("dashclient")
MAX_CACHED = 256
ARG = "$arg"


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _no_update(_options: Mapping[str, Any]) -> Any:
    return no_update


class _Compiled:
    """One set of options, validated and compiled; an invalid set keeps its message."""

    __slots__ = ("run", "error", "warned", "options", "one_call")

    def __init__(self, run: Callable[..., Any] | None, error: str | None, options: Mapping[str, Any]):
        self.run, self.error, self.warned, self.options = run, error, False, options
        self.one_call = False  # compiled for one call only: its warning state lives on the action


class Action:
    """One JS function, its validated options, and the Python function that gives the same result.

    Attributes
    ----------
    options
        Every option: constants validated and merged with the defaults; page-bound ones hold
        their ``Input``/``State``.
    page
        The page-bound options: ``{option: Input(...) or State(...)}``.
    """

    __slots__ = ("factory", "options", "page", "_compiled", "_cache", "_every_call", "_warned_per_call", "_fast")

    def __init__(self, factory: "ActionFactory", options: Mapping[str, Any], page: Mapping[str, Any]):
        self.factory = factory
        self.options = dict(options)
        self.page = dict(page)
        self._compiled: _Compiled | None = None
        # (value count, compiled run) once the constant options compiled without error and the
        # function reads no context: a direct call then skips the checks (a table's many cells).
        self._fast: tuple[int, Callable[..., Any]] | None = None
        self._cache: OrderedDict[str, _Compiled] = OrderedDict()
        uncached = {name for name, schema in factory.spec.options.items() if schema.get("cache") is False}
        self._every_call = bool(uncached & set(self.page))
        self._warned_per_call = False

    # -- what it is ---------------------------------------------------------------------------
    @property
    def pattern(self) -> str:
        return self.factory.pattern

    @property
    def name(self) -> str:
        return self.factory.name

    @property
    def spec(self) -> _spec.FunctionSpec:
        return self.factory.spec

    @property
    def signature(self) -> _spec.Signature:
        return self.factory.spec.signature

    @property
    def values(self) -> int | str:
        """Deprecated: ``action.signature.values``."""
        warnings.warn("action.values is deprecated; use action.signature.values", DeprecationWarning, stacklevel=2)
        return self.signature.values

    @property
    def qualname(self) -> str:
        return self.spec.where

    @property
    def namespace(self) -> str:
        return self.spec.namespace

    @property
    def page_dependencies(self) -> list[Any]:
        """The Inputs and States this action reads its page-bound options from, in option order."""
        return list(self.page.values())

    @property
    def bound_options(self) -> dict[str, Any]:
        """Constant options that differ from the JS defaults: all the browser needs to be told."""
        defaults = self.spec.defaults
        return {k: v for k, v in self.options.items()
                if k not in self.page and (k not in defaults or defaults[k] != v or type(defaults[k]) is not type(v))}

    # -- the server-side twin -----------------------------------------------------------------
    def __call__(self, *values: Any, context: Context | None = None, **page_values: Any) -> Any:
        """Run the server-side twin: the same result as the JS function for the same values.

        Page-bound options are given as keywords (``price(1234.5, currency="EUR")``);
        ``context`` is the callback-context snapshot for functions that read it (default: the
        running Dash callback's, or the empty one).
        """
        fast = self._fast
        if fast is not None and len(values) == fast[0] and not page_values and context is None:
            try:
                return fast[1](*values)
            except Exception as error:  # noqa: BLE001 - as _run: one warning, the invalid result
                return self._failed(self._compiled_for({}), error)
        count = self.signature.values
        if count != "any" and len(values) != count:
            raise TypeError(f"{self.qualname} takes {count} value(s), got {len(values)}")
        self._check_page_values(page_values)
        return self.invoke(values, page_values, context)

    def many(self, values: Iterable[Any], context: Context | None = None, **page_values: Any) -> list[Any]:
        """Run the twin on every value of a column: ``[action(v) for v in values]``, each value as
        the browser receives it.

        The column first goes through the encoder Dash uses for component props
        (``plotly.io.json.to_json_plotly``), so a grid's ``rowData`` or a store's ``data`` and this
        list agree value for value: numpy and pandas scalars become numbers, datetimes ISO
        strings, and NaN, ±inf, ``pd.NA`` and ``NaT`` become None (Dash sends them as null).
        The options are validated and compiled once; then one twin call per value.

        Parameters
        ----------
        values
            A list, tuple, numpy array, pandas Series or any other iterable of values (one
            column; a string, a dict or a 2-D array raise ``TypeError``).
        context, page_values
            As for a direct call: the context for functions that read it, page-bound options as
            keywords.

        Returns
        -------
        list
            One result per value, in order.
        """
        if self.signature.values != 1:
            raise TypeError(f"{self.qualname}.many needs a function of one value; it takes {self.signature.values}")
        self._check_page_values(page_values)
        compiled = self._compiled_for(page_values)
        if self.signature.context:
            snapshot = from_dash() if context is None else context
            return [self._run(compiled, [value, snapshot]) for value in as_sent(values)]
        return [self._run(compiled, [value]) for value in as_sent(values)]

    def _check_page_values(self, page_values: Mapping[str, Any]) -> None:
        constant = sorted(set(page_values) - set(self.page))
        if constant:
            raise TypeError(f"{self.qualname}: option {constant[0]!r} is not bound to the page "
                            f"(page-bound options: {', '.join(sorted(self.page)) or 'none'})")
        missing = sorted(set(self.page) - set(page_values))
        if missing:
            raise TypeError(f"{self.qualname}: give the page-bound option {missing[0]!r} as a keyword")

    def invoke(self, values: Any, page_values: Mapping[str, Any], context: Context | None = None,
               raise_errors: bool = False) -> Any:
        """Run the twin on checked arguments. ``raise_errors``: an invalid option or an exception
        raises (a chain step reports it) instead of giving the invalid result and one warning."""
        compiled = self._compiled_for(page_values)
        arguments = list(values)
        if self.signature.context:
            arguments.append(from_dash() if context is None else context)
        if raise_errors:
            if compiled.error is not None:
                raise ValueError(compiled.error)
            return compiled.run(*arguments)  # type: ignore[misc]
        return self._run(compiled, arguments)

    def _compiled_for(self, page_values: Mapping[str, Any]) -> _Compiled:
        if not self.page:
            if self._compiled is None:
                self._compiled = compiled = self.factory.compile_options(self.options, checked=True)
                count, reads_context = self.signature.values, self.signature.context
                if compiled.error is None and compiled.run is not None and isinstance(count, int) and not reads_context:
                    self._fast = (count, compiled.run)
            return self._compiled
        if self._every_call:  # a value new on every call (a figure): never keyed, never cached
            compiled = self.factory.compile_options({**self.options, **page_values}, checked=False)
            compiled.one_call, compiled.warned = True, self._warned_per_call
            return compiled
        key = _canonical([page_values[name] for name in self.page]) if _jsonable(page_values) else repr(page_values)
        found = self._cache.get(key)
        if found is None:
            found = self.factory.compile_options({**self.options, **page_values}, checked=False)
            if len(self._cache) >= MAX_CACHED:
                self._cache.popitem(last=False)
            self._cache[key] = found
        return found

    def _run(self, compiled: _Compiled, arguments: list[Any]) -> Any:
        if compiled.error is not None:
            if not compiled.warned:
                self._warned(compiled)
                LOG.warning("dashclient: %s", compiled.error)
            return self.factory.invalid(compiled.options)
        try:
            return compiled.run(*arguments)  # type: ignore[misc]
        except Exception as error:  # noqa: BLE001 - the JS half never throws into Dash either
            return self._failed(compiled, error)

    def _failed(self, compiled: _Compiled, error: Exception) -> Any:
        if not compiled.warned:
            self._warned(compiled)
            LOG.warning("dashclient: %s failed: %s", self.qualname, error, exc_info=(type(error), error, error.__traceback__))
        return self.factory.invalid(compiled.options)

    def _warned(self, compiled: _Compiled) -> None:
        compiled.warned = True
        if compiled.one_call:
            self._warned_per_call = True

    # -- the browser half ---------------------------------------------------------------------
    def function_name_for(self, arg_of: Mapping[str, int] | None = None, extras: Mapping[str, Any] | None = None) -> str:
        """The bound name for one registration: page-bound options as ``{"$arg": i}`` (their
        position among the values Dash passes) and registration settings (``$debounce``...)."""
        bound: dict[str, Any] = dict(self.bound_options)
        for name in self.page:
            if arg_of is None or name not in arg_of:
                raise ValueError(f"{self.qualname}: option {name!r} is bound to the page; register it with dc.callback")
            bound[name] = {ARG: arg_of[name]}
        bound.update(extras or {})
        if not bound and self.signature.values != "any":
            return self.name
        return f"{self.name}{_spec.bind_separator()}{_canonical(bound)}"

    @property
    def function_name(self) -> str:
        """The bound name assuming the callback's own dependencies are all Inputs, followed by the
        page-bound Inputs, then the page-bound States (what ``dc.callback`` registers)."""
        if not self.page:
            return self.function_name_for()
        if self.signature.values == "any":
            raise ValueError(f"{self.qualname}: with page-bound options, register it with dc.callback")
        order = [n for n, d in self.page.items() if isinstance(d, Input)] + [n for n, d in self.page.items() if isinstance(d, State)]
        first = int(self.signature.values)  # a fixed count here: "any" was refused above
        return self.function_name_for({name: first + i for i, name in enumerate(order)})

    @property
    def clientside_function(self) -> ClientsideFunction:
        if self.factory.check is not None:
            self.factory.check(self, "client", None)
        return ClientsideFunction(self.namespace, self.function_name)

    # -- actions are data ---------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        """``{"action": "format.currency", "options": {...}}``: non-default constants, and
        page-bound options as ``{"$input"|"$state": {"id": ..., "property": ...}}``."""
        options: dict[str, Any] = dict(self.bound_options)
        options.update({name: dependency_to_json(d) for name, d in self.page.items()})
        return {"action": f"{self.pattern}.{self.name}", "options": options}

    @staticmethod
    def from_json(data: Mapping[str, Any]) -> "Action":
        """The action ``to_json`` describes (``ValueError`` for an unknown function or option)."""
        if str(data.get("action", "")).startswith("user:"):
            from ._user import from_json  # pylint: disable=import-outside-toplevel

            return from_json(data)
        pattern, _, name = str(data.get("action", "")).partition(".")
        factory = REGISTRY.get((pattern, name))
        if factory is None:
            raise ValueError(f"no dashclient action {data.get('action')!r}")
        return factory(**{key: dependency_from_json(value) for key, value in (data.get("options") or {}).items()})

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Action) and self.to_json() == other.to_json()

    def __hash__(self) -> int:
        return hash(_canonical(self.to_json()))

    def __repr__(self) -> str:
        args = [f"{k}={v!r}" for k, v in self.bound_options.items()]
        args += [f"{k}={v!r}" for k, v in self.page.items()]
        return f"{self.qualname}({', '.join(args)})"


def _wildcard_name(value: Any) -> str | None:
    """"ALL"/"MATCH"/"ALLSMALLER" for Dash's wildcards (an Enum in Dash 4, objects in Dash 3)."""
    for wildcard in (ALL, MATCH, ALLSMALLER):
        if value is wildcard:
            return getattr(wildcard, "name", None) or str(wildcard)
    return None


def dependency_to_json(dependency: Any) -> dict[str, Any]:
    """``{"$input"|"$state": {"id", "property"}}``; a wildcard in a dict id as Dash writes it in its
    callback specs, ``["ALL"]`` (a dict id's values are never lists otherwise)."""
    ident = dependency.component_id
    if isinstance(ident, Mapping):
        ident = {k: [_wildcard_name(v)] if _wildcard_name(v) else v for k, v in ident.items()}
    kind = "$input" if isinstance(dependency, Input) else "$state"
    return {kind: {"id": ident, "property": dependency.component_property}}


def dependency_from_json(value: Any) -> Any:
    """The Input/State ``dependency_to_json`` wrote; any other value unchanged."""
    if not (isinstance(value, Mapping) and len(value) == 1 and set(value) <= {"$input", "$state"}):
        return value
    ((kind, ref),) = value.items()
    ident = ref["id"]
    if isinstance(ident, Mapping):
        names = {_wildcard_name(w): w for w in (ALL, MATCH, ALLSMALLER)}
        ident = {k: names[v[0]] if isinstance(v, list) and len(v) == 1 and v[0] in names else v
                 for k, v in ident.items()}
    return (Input if kind == "$input" else State)(ident, ref["property"])


def as_sent(values: Iterable[Any]) -> list[Any]:
    """A column as the browser receives it: through the encoder Dash uses for props (plotly's,
    orjson when installed, as Dash picks it), then decoded again."""
    from plotly.io.json import to_json_plotly  # pylint: disable=import-outside-toplevel

    if isinstance(values, (str, bytes, Mapping)) or getattr(values, "ndim", 1) != 1:
        raise TypeError(f"many() takes one column of values (a list, a numpy array, a pandas Series), "
                        f"not {type(values).__name__}")
    if not isinstance(values, (list, tuple)) and not hasattr(values, "tolist"):
        values = list(values)  # a generator, a range, a set...
    sent = json.loads(to_json_plotly(values))
    if not isinstance(sent, list):
        raise TypeError(f"many() takes one column of values, not {type(values).__name__}")
    return sent


def _jsonable(values: Mapping[str, Any]) -> bool:
    try:
        json.dumps(list(values.values()))
    except (TypeError, ValueError):
        return False
    return True


class ActionFactory:
    """``dc.<pattern>.<name>(**options)``: checks the options against the function's schema in
    spec.json (names, types, ranges; ``ValueError`` naming the option), and returns an
    :class:`Action`. Options given as ``Input``/``State`` are checked on every call instead.

    Parameters
    ----------
    pattern, name
        The JS function (``KeyError`` at import when js/ defines no such function).
    compile
        ``compile(options) -> run(*values[, context])``: the Python twin, compiled once per set
        of options.
    invalid
        What a call returns when page-bound options are invalid (default ``no_update``).
    register
        Whether ``REGISTRY`` lists it (the pattern modules' factories are listed).
    spec
        The function's description, for functions spec.json cannot know (a user's own, ``dc.action``).
    check
        ``check(action, mode, layout)``, called by ``dc.callback`` once the mode and dependencies
        are known (and by ``action.clientside_function`` with mode ``"client"``, layout None):
        raises ``ValueError`` for a registration the pattern refuses.
    register_server
        ``register_server(action, layout, app=, gate=, kwargs=) -> Registration``: registers
        server mode itself (a pattern whose browser half has work to do around the server call).
    """

    #: The class of the actions it returns (a pattern may add methods: dc.format's helpers).
    action_class: type[Action] = Action

    def __init__(self, pattern: str, name: str, compile: Compile, invalid: Invalid | None = None,  # pylint: disable=redefined-builtin
                 doc: str | None = None, register: bool = True, spec: _spec.FunctionSpec | None = None,
                 check: Check | None = None, register_server: RegisterServer | None = None):
        self.spec = spec or _spec.function_spec(pattern, name)
        self.pattern = pattern
        self.name = name
        self._compile = compile
        self.invalid: Invalid = invalid or _no_update
        self.check = check
        self.register_server = register_server
        self.__doc__ = doc or self.spec.doc
        self.__name__ = name
        self.__qualname__ = f"{pattern}.{name}"
        if register:
            REGISTRY[(pattern, name)] = self

    @property
    def defaults(self) -> Mapping[str, Any]:
        return self.spec.defaults

    @property
    def signature(self) -> _spec.Signature:
        return self.spec.signature

    def compile_options(self, given: Mapping[str, Any], checked: bool) -> _Compiled:
        """Validate (unless already ``checked``) and compile; never raises."""
        try:
            options = dict(given) if checked else self._checked(given)
            return _Compiled(self._compile(options), None, options)
        except ValueError as error:
            return _Compiled(None, str(error), given)
        except Exception as error:  # noqa: BLE001 - a twin that cannot compile: report it like JS does
            return _Compiled(None, f"{self.spec.where} failed: {error}", given)

    def _checked(self, given: Mapping[str, Any]) -> dict[str, Any]:
        where = self.spec.where
        options = {name: check_option(where, name, schema, given.get(name, schema["default"]))
                   for name, schema in self.spec.options.items()}
        check_constraints(where, self.spec.constraints, options)
        return options

    def __call__(self, **options: Any) -> Action:
        where = self.spec.where
        check_names(where, self.spec.options, options)
        page = {name: value for name, value in options.items() if isinstance(value, PageDependency)}
        merged = {}
        for name, schema in self.spec.options.items():
            value = options.get(name, schema["default"])
            merged[name] = value if name in page else check_option(where, name, schema, value)
        # Constraints between constants are checked now; with page-bound ones, on every call.
        if not any(name in page for constraint in self.spec.constraints for names in constraint.values() for name in names):
            check_constraints(where, self.spec.constraints, merged)
        return self.action_class(self, merged, page)

    def __repr__(self) -> str:
        return f"<dashclient action factory {self.spec.where}>"
