"""Variants measured in turns: every variant gets a page of its own, then each takes BLOCK
interactions in turn until all have ``interactions``, so load that drifts on a shared machine falls
on all of them alike. A variant that fails (a twin in progress) is reported, the rest measured."""

from __future__ import annotations

import math
from contextlib import ExitStack
from typing import Any, Callable, Sequence, TypeVar

from playwright.sync_api import Browser, Page

from errors import describe

V = TypeVar("V")


def measure_in_turns(browser: Browser, variants: Sequence[V], open_variant: Callable[[ExitStack, Browser, V], Page],
                     measure: Callable[[Page, int], list[Any]], interactions: int,
                     block: int) -> tuple[dict[V, list[Any]], dict[V, str]]:
    """``(samples, errors)`` by variant: ``measure(page, count)`` gives ``count`` samples."""
    samples: dict[V, list[Any]] = {variant: [] for variant in variants}
    errors: dict[V, str] = {}
    with ExitStack() as stack:
        pages: dict[V, Page] = {}
        for variant in variants:
            try:
                pages[variant] = open_variant(stack, browser, variant)
            except Exception as error:  # pylint: disable=broad-except
                errors[variant] = describe(error)
        for _ in range(math.ceil(interactions / block)):
            for variant, page in pages.items():
                count = min(block, interactions - len(samples[variant]))
                if variant in errors or count <= 0:
                    continue
                try:
                    samples[variant] += measure(page, count)
                except Exception as error:  # pylint: disable=broad-except
                    errors[variant] = describe(error)
    return samples, errors
