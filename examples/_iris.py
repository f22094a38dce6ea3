"""The iris data the Vizro seed examples plot (px.data.iris()), read from plotly's own package data
without pandas, and a scatter figure of it."""

from __future__ import annotations

import csv
import gzip
from importlib import resources

import plotly.graph_objects as go

COLORS = {"setosa": "#636efa", "versicolor": "#ef553b", "virginica": "#00cc96"}


def rows() -> list[dict]:
    """Every flower: sepal_length, sepal_width, petal_length, petal_width (floats), species."""
    path = resources.files("plotly").joinpath("package_data", "datasets", "iris.csv.gz")
    with gzip.open(str(path), "rt", encoding="utf-8") as handle:
        return [{**{k: float(v) for k, v in row.items() if k not in ("species", "species_id")}, "species": row["species"]}
                for row in csv.DictReader(handle)]


def scatter(data: list[dict], x: str = "sepal_length", y: str = "petal_width") -> go.Figure:
    """px.scatter(df, x, y, color="species", custom_data=["species"]), drawn with graph objects."""
    figure = go.Figure()
    for species, color in COLORS.items():
        chosen = [r for r in data if r["species"] == species]
        figure.add_scatter(x=[r[x] for r in chosen], y=[r[y] for r in chosen], mode="markers", name=species,
                           marker={"color": color}, customdata=[[species] for _ in chosen])
    figure.update_layout(xaxis_title=x, yaxis_title=y, legend_title="species", margin={"t": 30})
    return figure
