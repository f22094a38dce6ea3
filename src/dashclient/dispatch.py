"""``dc.dispatch``: one callback, many triggers, routed by a table of data.

``by_trigger`` replaces the ``if ctx.triggered_id == ...`` chain of a hand-written callback, and
the chain of ``allow_duplicate`` callbacks that each write the same output::

    modal = dc.dispatch.by_trigger(routes={"open": True, "cancel": False, "confirm": False})
    dc.callback(modal, Output("modal", "opened"),
                Input("open", "n_clicks"), Input("cancel", "n_clicks"), Input("confirm", "n_clicks"),
                prevent_initial_call=True)

A route key is a component id, a dict id, or a partial dict id (``{"type": "item"}``: any
index); a route value is a constant, ``no_update``, an operation (:class:`Toggle`,
:class:`TriggerValue`, :class:`TriggerId`, :class:`TriggerIndex`, :class:`Lookup`,
:class:`Constant`) or another action (``dc.format.number(...)``), one per output. The table is
checked when bound (a value that does not fit ``outputs``, an unknown operation, a route an
earlier one pre-empts) and again by ``dc.callback`` against the callback's dependencies (a route
naming no Input, a Toggle of a value the callback does not read, ``outputs`` not the number of
Outputs): ``ValueError`` naming the route. Guide: docs/dispatch.md.
"""

from __future__ import annotations

from typing import Any

from ._action import Action, ActionFactory
from ._dispatch import WHERE, checked_table, compile_by_trigger
from ._dispatch.operations import Constant, Lookup, Operation, Toggle, TriggerId, TriggerIndex, TriggerValue
from ._dispatch.registration import TABLE_OPTIONS, check_registration

__all__ = ["by_trigger", "Constant", "Lookup", "Operation", "Toggle", "TriggerId", "TriggerIndex", "TriggerValue"]


class _ByTrigger(ActionFactory):
    """Binds like any factory, then checks the table as a whole (routes, default and initial
    against ``outputs``) when its options are constants, so a bad table fails at bind time."""

    def __call__(self, **options: Any) -> Action:
        action = super().__call__(**options)
        if not any(name in action.page for name in TABLE_OPTIONS):
            checked_table(action.options)
        return action


by_trigger = _ByTrigger("dispatch", "by_trigger", compile_by_trigger, check=check_registration,
                        doc=f"""``{WHERE}(routes=..., default=no_update, initial=no_update, outputs=1, ignore="unset", several="skip")``

        The route whose key matches the component that triggered the call gives each output its
        value. Reads every Input and State of the callback, and the callback context.

        Parameters
        ----------
        routes
            ``{{component_id: value}}``, or ``[(key, value), ...]`` where a key is a component id,
            a dict id or a partial dict id (``{{"type": "item"}}`` matches any index). The first
            matching route wins; a route an earlier one always pre-empts is refused.
        default
            The value when no route matches the trigger (default ``no_update``: leave every output).
        initial
            The value when nothing triggered, i.e. the initial call (default ``no_update``).
        outputs
            How many Outputs the callback has; above 1, each value is a list of one value per
            Output, or ``no_update`` for all of them.
        ignore
            Triggers passed over when choosing which one decides: ``"unset"`` (value None: a
            component just appended to the page, before anyone clicked it), ``"falsy"`` (also 0,
            False, "": such a button created with ``n_clicks=0``), ``"nothing"``. When every
            trigger is passed over, every output is left as it is.
        several
            When more than one trigger remains: ``"skip"`` leaves every output (a click fires one
            trigger; Dash fires every item of an ALL list at once, with its current value,
            whenever it renders the list again), ``"first"`` lets the first decide, as
            ``ctx.triggered_id`` does.
        """)
