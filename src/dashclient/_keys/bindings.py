"""A Shortcuts component's bindings, checked and normalised: the twin of js/keys/bindings.js,
rule for rule and message for message (the schemas come from spec.json ``data.keys``)."""

from __future__ import annotations

import json
from typing import Any, Mapping

from .._schema import check_option
from .grammar import parse_keys, words
from .types import id_key


class Refused(ValueError):
    """One binding that cannot be used; the message says where and why."""


def check_fields(where: str, schemas: Mapping[str, Any], given: Mapping[str, Any]) -> dict[str, Any]:
    unknown = sorted(str(name) for name in given if name not in schemas)
    if unknown:
        raise Refused(f"{where}: unknown option '{unknown[0]}'; options are {', '.join(sorted(schemas))}")
    return {name: check_option(where, name, schema, given.get(name, schema["default"]))
            for name, schema in schemas.items()}


def _check_step(step: Any, where: str) -> dict[str, Any]:
    steps = words()["steps"]
    kinds = list(step) if isinstance(step, Mapping) else []
    kind = kinds[0] if len(kinds) == 1 and kinds[0] in steps else None
    fields = step[kind] if kind else None
    if kind is None or not isinstance(fields, Mapping):
        raise Refused(f"{where}: a step is a dict with one key, one of {', '.join(steps)}, holding its fields")
    return {kind: check_fields(where, steps[kind], fields)}


def describe_one(given: Any, where: str, platform: str) -> dict[str, Any]:
    if not isinstance(given, Mapping):
        raise Refused(f"{where}: a binding is a dict with 'keys', 'steps' and options")
    options = check_fields(where, words()["binding_options"], given)
    parsed = parse_keys(options["keys"], platform)
    if parsed["error"] is not None:
        raise Refused(f"{where}: {parsed['error']}")
    steps = [_check_step(step, f"{where}.steps[{j}]") for j, step in enumerate(options["steps"])]
    keys = parsed["keys"]
    return {
        "keys": keys,
        "name": keys if options["name"] is None else options["name"],
        "description": options["description"],
        "label": parsed["label"],
        "sequence": parsed["sequence"],
        "steps": steps,
        "prevent_default": options["prevent_default"],
        "stop_propagation": options["stop_propagation"],
        "allow_in_inputs": options["allow_in_inputs"],
        "repeat": options["repeat"],
        "scope": options["scope"],
    }


def _collision_keys(binding: Mapping[str, Any]) -> dict[str, str]:
    scope = "" if binding["scope"] is None else id_key(binding["scope"])
    return {platform: f"{json.dumps(parse_keys(binding['keys'], platform)['sequence'])}|{scope}"
            for platform in ("mac", "other")}


def describe_bindings(bindings: Any, platform: str) -> dict[str, Any]:
    """``{"bindings": [normalised...], "errors": [messages]}``; never raises."""
    if not isinstance(bindings, (list, tuple)):
        return {"bindings": [], "errors": ["bindings must be a list"]}
    described: list[dict[str, Any]] = []
    errors: list[str] = []
    taken: list[dict[str, Any]] = []
    for index, given in enumerate(bindings):
        where = f"bindings[{index}]"
        try:
            binding = describe_one(given, where, platform)
            collision = _collision_keys(binding)
            same = next((t for t in taken if t["collision"]["mac"] == collision["mac"]
                         or t["collision"]["other"] == collision["other"]), None)
            if same is not None:
                on = (" outside macOS" if same["collision"]["mac"] != collision["mac"]
                      else " on macOS" if same["collision"]["other"] != collision["other"] else "")
                raise Refused(f"{where}: the same keys as bindings[{same['index']}] ('{same['keys']}') "
                              f"in the same scope{on}")
            named = next((t for t in taken if t["name"] == binding["name"]), None)
            if named is not None:
                raise Refused(f"{where}: name '{binding['name']}' is already used by bindings[{named['index']}]; "
                              "give each its own name")
            taken.append({"index": index, "keys": binding["keys"], "name": binding["name"], "collision": collision})
            described.append(binding)
        except ValueError as error:  # Refused, and check_option's ValueError
            errors.append(str(error))
    return {"bindings": described, "errors": errors}
