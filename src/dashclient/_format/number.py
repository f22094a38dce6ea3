"""Server twin of js/format/number.js (work in progress)."""


def format_number(value, options):
    raise NotImplementedError
