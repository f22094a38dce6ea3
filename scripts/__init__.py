"""Maintenance tools run from the project root (``python -m scripts.<tool>``); not shipped."""
