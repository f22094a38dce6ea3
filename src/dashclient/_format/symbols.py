"""The number symbols Intl.NumberFormat uses for a locale, read from Babel's CLDR data.

What ``Intl.NumberFormat(locale).formatToParts`` would show: the decimal and group separators,
the minus, plus and percent signs (``−`` in sv, ``\\u061c-`` and ``٪\\u061c`` in ar-EG), infinity,
the digits of the locale's default numbering system (``٠١٢…`` in ar-EG) and CLDR's
minimumGroupingDigits, which Babel 2.18 does not carry (see ``MIN_GROUPING_DIGITS``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from babel import Locale

from .options import babel_locale

#: Code point of the digit zero of each numbering system some CLDR locale uses by default.
#: Babel knows a locale's default system by name only; every one of these is a run of ten
#: consecutive Unicode decimal digits.
NUMBERING_SYSTEM_ZEROS = {
    "latn": 0x0030, "arab": 0x0660, "arabext": 0x06F0, "deva": 0x0966, "beng": 0x09E6,
    "tibt": 0x0F20, "mymr": 0x1040, "olck": 0x1C50, "nkoo": 0x07C0, "mtei": 0xABF0,
    "cakm": 0x11136, "hmnp": 0x1E140, "adlm": 0x1E950,
}

#: CLDR minimumGroupingDigits other than 1, by Babel locale identifier: ``es-ES`` writes 1234
#: ungrouped and 12.345 grouped. Babel 2.18 does not carry this CLDR value, so this table was
#: measured from Intl (CLDR 48, node 20) over every locale Babel lists; a locale Babel lists
#: that is not here has 1. Language entries (``es``, ``pt``...) also serve tags Babel does not list.
MIN_GROUPING_DIGITS = {
    "be": 2, "be_BY": 2, "be_TARASK": 2, "bg": 2, "bg_BG": 2, "ee": 3, "ee_GH": 3, "ee_TG": 3,
    "es": 2, "es_EA": 2, "es_ES": 2, "es_GQ": 2, "es_IC": 2, "es_PH": 2, "et": 2, "et_EE": 2,
    "hu": 2, "hu_HU": 2, "hy": 2, "hy_AM": 2, "ia": 2, "ia_001": 2, "ie": 2, "ie_EE": 2,
    "it": 2, "it_CH": 2, "it_IT": 2, "it_SM": 2, "it_VA": 2, "ka": 2, "ka_GE": 2, "lv": 2,
    "lv_LV": 2, "pl": 2, "pl_PL": 2, "pt_CH": 2, "pt_CV": 2, "pt_GQ": 2, "pt_GW": 2, "pt_LU": 2,
    "pt_MO": 2, "pt_MZ": 2, "pt_PT": 2, "pt_ST": 2, "pt_TL": 2, "ru_UA": 2, "sl": 2, "sl_SI": 2,
    "sq": 2, "sq_AL": 2, "sq_MK": 2, "sq_XK": 2,
}


class Symbols(NamedTuple):
    """Number symbols of one locale, as Intl writes them."""

    numbering_system: str
    decimal: str
    group: str
    minus: str
    plus: str
    percent: str
    infinity: str
    nan: str
    digits: str  # the ten digits, zero first
    min_grouping: int

    def localize(self, ascii_digits: str) -> str:
        """ASCII digits 0-9 as the locale's digits (other characters unchanged)."""
        if self.digits == "0123456789":
            return ascii_digits
        return ascii_digits.translate(str.maketrans("0123456789", self.digits))


def min_grouping_of(locale: Locale) -> int:
    identifier = str(locale)
    if identifier in MIN_GROUPING_DIGITS:
        return MIN_GROUPING_DIGITS[identifier]
    if identifier in _babel_identifiers():
        return 1
    return MIN_GROUPING_DIGITS.get(locale.language, 1)


@lru_cache(maxsize=1)
def _babel_identifiers() -> frozenset[str]:
    from babel.localedata import locale_identifiers  # pylint: disable=import-outside-toplevel

    return frozenset(locale_identifiers())


@lru_cache(maxsize=256)
def symbols(tag: str) -> Symbols:
    """The symbols of a BCP 47 tag (``ValueError`` if Babel does not know it)."""
    locale = babel_locale(tag)
    system = locale.default_numbering_system
    if system not in NUMBERING_SYSTEM_ZEROS:  # a future CLDR system: write Latin digits, as Babel does
        system = "latn"
    data = locale.number_symbols.get(system) or locale.number_symbols["latn"]
    zero = NUMBERING_SYSTEM_ZEROS[system]
    return Symbols(
        numbering_system=system,
        decimal=data.get("decimal", "."),
        group=data.get("group", ","),
        minus=data.get("minusSign", "-"),
        plus=data.get("plusSign", "+"),
        percent=data.get("percentSign", "%"),
        infinity=data.get("infinity", "∞"),
        nan=data.get("nan", "NaN"),
        digits="".join(chr(zero + n) for n in range(10)),
        min_grouping=min_grouping_of(locale),
    )
