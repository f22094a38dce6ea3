"""The cheat sheet the keys page opens with ``?``: every binding's keys and description, read from
``dc.keys.describe`` (the same labels the browser computes), for Windows/Linux and macOS."""

from __future__ import annotations

from typing import Sequence

import dash_mantine_components as dmc

from ... import keys as dc_keys


def _keys_cell(other: str, mac: str) -> list:
    if other == mac:
        return [dmc.Kbd(other)]
    return [dmc.Kbd(other), dmc.Text(" or ", span=True, size="sm", c="dimmed"), dmc.Kbd(mac)]


def cheat_sheet(bindings: Sequence[dc_keys.Binding]) -> dmc.Table:
    """A table of every binding: its keys (both spellings where macOS differs) and description."""
    data = [binding.to_json() for binding in bindings]
    other = dc_keys.describe()(data)["bindings"]
    mac = dc_keys.describe(platform="mac")(data)["bindings"]
    rows = [dmc.TableTr([dmc.TableTd(_keys_cell(pc["label"], apple["label"])), dmc.TableTd(pc["description"])])
            for pc, apple in zip(other, mac)]
    return dmc.Table([
        dmc.TableThead(dmc.TableTr([dmc.TableTh("keys"), dmc.TableTh("does")])),
        dmc.TableTbody(rows),
    ], id="keys-sheet-table", highlightOnHover=True)
