"""The gotchas that need no browser: ids against the layout, outputs shared between callbacks,
Dash's callback-id collisions, dropped keywords, callbacks registered too late.

Dash 4.4.1 raises at registration only for ``allow_duplicate`` without ``prevent_initial_call``
(naming no output), and at the first request for a duplicate component id; missing ids and
duplicate outputs are reported by the dev tools in the browser, in debug mode only; everything
else here goes unreported.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Iterator

from ._ids import describe, id_text, is_pattern, key, matches, overlap
from ._record import Registered
from ._report import ERROR, NOTE, Finding


@dataclass
class Subject:
    """One loaded app, as the checks see it."""

    registered: list[Registered]
    layout_ids: list[Any]  # the ids of app.layout (duplicates kept)
    known_ids: list[Any]  # layout, validation layout, pages, dashclient's stores
    suppress: bool  # app.config.suppress_callback_exceptions


def _where(registered: list[Registered]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(r.where for r in registered))


def missing_ids(subject: Subject) -> Iterator[Finding]:
    """Inputs/States/Outputs whose id no layout holds (pattern ids: that match no component)."""
    known = {key(i) for i in subject.known_ids}
    dict_ids = [i for i in subject.known_ids if isinstance(i, dict)]
    missing: dict[str, list[tuple[str, Registered]]] = defaultdict(list)
    unmatched: dict[str, list[tuple[str, Registered]]] = defaultdict(list)
    for registered in subject.registered:
        for kind, dependencies in (("Output", registered.outputs), ("Input", registered.inputs),
                                   ("State", registered.states)):
            for dependency in dependencies:
                ident = dependency.component_id
                if getattr(dependency, "allow_optional", False):
                    continue  # Dash skips it when absent, on purpose
                if isinstance(ident, dict) and is_pattern(ident):
                    if not any(matches(ident, i) for i in dict_ids):
                        unmatched[id_text(ident)].append((f"{kind} {describe(dependency)}", registered))
                elif key(ident) not in known:
                    missing[id_text(ident)].append((f"{kind} {describe(dependency)}", registered))
    level = NOTE if subject.suppress else ERROR
    for ident, uses in missing.items():
        owners = "; ".join(f"{use} of the callback for {r.describe()}" for use, r in uses)
        if subject.suppress:
            tail = ("the app suppresses callback exceptions, so Dash will not say it: make sure a callback or page "
                    "renders it, or the callback never fires")
        else:
            tail = "Dash reports it only in debug mode, in the browser; in production the callback silently never fires"
        yield Finding(level, "missing-id", f"no component has id {ident!r} in the layout or validation_layout "
                      f"({owners}): {tail}", (ident,), _where([r for _, r in uses]))
    for ident, uses in unmatched.items():
        owners = "; ".join(f"{use} of the callback for {r.describe()}" for use, r in uses)
        yield Finding(NOTE, "unmatched-pattern", f"no component in the initial layout matches the pattern {ident} "
                      f"({owners}): fine if a callback adds them later, else check the keys and values",
                      (ident,), _where([r for _, r in uses]))


def duplicate_outputs(subject: Subject) -> Iterator[Finding]:
    """The same id.property written by two callbacks, neither/only one saying allow_duplicate."""
    plain: dict[tuple[str, str], list[tuple[Any, Registered]]] = defaultdict(list)
    patterns: list[tuple[Any, Registered]] = []
    for registered in subject.registered:
        mine: set[tuple[str, str]] = set()
        for output in registered.outputs:
            slot = (key(output.component_id), output.component_property)
            if slot in mine:
                yield Finding(ERROR, "duplicate-output", f"the callback for {registered.describe()} names "
                              f"{describe(output)} twice among its Outputs", (describe(output),), (registered.where,))
            mine.add(slot)
            if output.allow_duplicate:
                continue
            if isinstance(output.component_id, dict):
                patterns.append((output, registered))
            else:
                plain[slot].append((output, registered))
    for uses in plain.values():
        if len(uses) > 1:
            name, owners = describe(uses[0][0]), [r for _, r in uses]
            yield Finding(ERROR, "duplicate-output", f"{name} is the Output of {len(owners)} callbacks without "
                          "allow_duplicate=True: Dash runs one of them only (the dev tools say so in debug mode); "
                          "add allow_duplicate=True (with prevent_initial_call) to all but one, or merge them",
                          (name,), _where(owners))
    for i, (output, registered) in enumerate(patterns):
        for other, other_registered in patterns[i + 1:]:
            if other_registered is registered or other.component_property != output.component_property:
                continue
            if overlap(output.component_id, other.component_id):
                yield Finding(ERROR, "duplicate-output", f"the pattern Outputs {describe(output)} and "
                              f"{describe(other)} can name the same component in two callbacks",
                              (describe(output), describe(other)), _where([registered, other_registered]))


def initial_duplicates(subject: Subject) -> Iterator[Finding]:
    """allow_duplicate without prevent_initial_call (Dash raises, naming no output)."""
    for registered in subject.registered:
        if registered.initial_call_error:
            names = tuple(describe(o) for o in registered.outputs if o.allow_duplicate)
            yield Finding(ERROR, "allow-duplicate-initial-call", f"allow_duplicate=True on {', '.join(names)} needs "
                          "prevent_initial_call=True (or 'initial_duplicate'): Dash raises DuplicateCallback at "
                          "registration without naming the output", names, (registered.where,))


def hash_collisions(subject: Subject) -> Iterator[Finding]:
    """Two callbacks with the same Dash callback id: Dash hashes only the Inputs for no-output
    callbacks and for allow_duplicate outputs, so identical Inputs collide -- for a whole callback,
    or for one allow_duplicate Output two callbacks share (``prop@hash`` twice: the renderer logs
    "Duplicate callback outputs" and keeps one)."""
    groups: dict[str, list[Registered]] = defaultdict(list)
    shared: dict[tuple, list[Registered]] = defaultdict(list)
    for registered in subject.registered:
        groups[registered.callback_id].append(registered)
        for output in registered.outputs:
            if output.allow_duplicate:
                slot = (key(output.component_id), output.component_property, str(registered.inputs))
                shared[slot].append(registered)
    for (_ident, _prop, _inputs), owners in shared.items():
        if len(owners) < 2 or len({r.callback_id for r in owners}) < 2:
            continue  # one callback, or a whole-callback collision reported below
        output = next(o for o in owners[0].outputs if o.allow_duplicate and key(o.component_id) == _ident
                      and o.component_property == _prop)
        inputs = tuple(describe(i) for i in owners[0].inputs)
        yield Finding(ERROR, "hash-collision", f"{describe(output)} is an allow_duplicate Output of {len(owners)} "
                      f"callbacks with the same Inputs ({', '.join(inputs) or 'none'}): Dash gives it one id in "
                      "both, the renderer logs 'Duplicate callback outputs' and keeps one (dash #2486); give the "
                      "callbacks different Inputs, or write the prop from one of them", (describe(output),),
                      _where(owners))
    for callback_id, owners in groups.items():
        if len(owners) < 2:
            continue
        if all(not r.no_output and not any(o.allow_duplicate for o in r.outputs) for r in owners):
            continue  # plain duplicate outputs: reported as duplicate-output
        inputs = tuple(describe(i) for i in owners[0].inputs)
        if owners[0].no_output:
            what, ids = "no-output callbacks with the same Inputs", inputs
            issue = "only the last one fires (dash #3596); merge them into one function, or give each an Output"
        else:
            what, ids = "callbacks with allow_duplicate Outputs and the same Inputs", tuple(
                dict.fromkeys(describe(o) for r in owners for o in r.outputs if o.allow_duplicate))
            issue = ("one replaces the other, and on the server one function answers for all (dash #2486); give them "
                     "different Inputs, or merge them")
        yield Finding(ERROR, "hash-collision", f"{len(owners)} {what} ({', '.join(inputs) or 'none'}) get one "
                      f"callback id, {callback_id!r}: {issue}", ids,
                      _where(owners))


def dropped_keywords(subject: Subject) -> Iterator[Finding]:
    """Keywords dash.clientside_callback accepts and silently ignores."""
    for registered in subject.registered:
        if registered.dropped:
            given = ", ".join(f"{k}=" for k in registered.dropped)
            yield Finding(ERROR, "dropped-keyword", f"the clientside callback for {registered.describe()} is given "
                          f"{given}, which dash.clientside_callback silently ignores: make it a server callback, or "
                          "do it in the function (dashclient's dc.chain has running= for clientside steps)",
                          tuple(registered.dropped), (registered.where,))


def late_registrations(registered_all: list[Registered], run_called_at: str | None) -> Iterator[Finding]:
    """Callbacks registered once the server runs: after app.run() at import, or while the layout
    is built (at every page load; one finding per place, however often the layout was built)."""
    seen: set[tuple[str, str]] = set()
    for registered in registered_all:
        if (registered.phase, registered.where) in seen:
            continue
        seen.add((registered.phase, registered.where))
        if registered.phase == "layout":
            yield Finding(ERROR, "late-callback", f"the callback for {registered.describe()} is registered while the "
                          "layout is built, i.e. at every page load, after the server started: register it once, "
                          "at import", (registered.describe(),), (registered.where,))
        elif registered.phase == "after app.run()":
            yield Finding(ERROR, "late-callback", f"the callback for {registered.describe()} is registered after "
                          f"app.run() (called at {run_called_at}): the server has started, define it before",
                          (registered.describe(),), (registered.where, run_called_at or "?"))


def duplicate_layout_ids(subject: Subject) -> Iterator[Finding]:
    """The same component id twice in the layout (Dash raises only once the first page is served)."""
    counts: dict[str, int] = defaultdict(int)
    for ident in subject.layout_ids:
        counts[id_text(ident)] += 1
    for ident, count in counts.items():
        if count > 1:
            yield Finding(ERROR, "duplicate-id", f"{count} components have id {ident!r} in the layout: Dash refuses "
                          "to serve the page (DuplicateIdError at the first request)", (ident,))


STATIC_CHECKS = (missing_ids, duplicate_outputs, initial_duplicates, hash_collisions, dropped_keywords,
                 duplicate_layout_ids)
