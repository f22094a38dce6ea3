"""Generators of the CLDR 48 data files the formatters ship, extracted from node's ``Intl``.

Run from the project root, in the venv, after a Chromium/node update:

    python -m scripts.cldr48.dates    # src/dashclient/_format/dates_cldr48.json (≈40 s)
    python -m scripts.cldr48.numbers  # the narrow currency symbols of numbers_cldr48.json

Each Python module runs the JS program of the same stem in node (``node.py``).
"""
