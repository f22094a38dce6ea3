"""BCP 47 language tags as Intl reads them, and the CLDR locale whose data a tag uses.

Grammar (the part of BCP 47 ``Intl`` accepts; case-insensitive)::

    language[-script][-region][-variant...][-singleton-subtag...][-x-private...]
    language  2-3 or 5-8 letters       script  4 letters        region  2 letters or 3 digits
    variant   5-8 letters/digits, or a digit and 3 letters/digits
    -u-...    Unicode extension: keywords ``nu`` (digits), ``ca`` (calendar), ``hc`` (hour cycle)

A tag resolves to one CLDR locale of the snapshot the way ICU finds its data: a script implied by
the region is made explicit (``zh-TW`` -> ``zh-Hant-TW``, as ICU's aliases do), a script that is
the language's likely one is dropped (``zh-Hans-CN`` -> ``zh-CN``), then subtags are removed from
the end until a locale with data remains (``de-AT-1996`` -> ``de-AT``, ``de-XX`` -> ``de``).
The pure functions here take the snapshot's supplemental tables as an argument, so the generator
(``scripts/cldr``) uses the very same chain; ``locale_data`` binds them to the shipped tables.
"""

from __future__ import annotations

import re
from typing import Mapping, NamedTuple

_SUBTAG = r"[A-Za-z0-9]{1,8}"
TAG = re.compile(
    r"(?P<language>[A-Za-z]{2,3}|[A-Za-z]{5,8})"
    r"(?:-(?P<script>[A-Za-z]{4}))?"
    r"(?:-(?P<region>[A-Za-z]{2}|[0-9]{3}))?"
    r"(?P<variants>(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*)"
    r"(?P<extensions>(?:-[0-9A-WYZa-wyz](?:-[A-Za-z0-9]{2,8})+)*)"
    r"(?P<private>-[Xx](?:-" + _SUBTAG + r")+)?",
    re.ASCII,
)

#: BCP 47 calendar names (``-u-ca-``) whose CLDR name differs.
CALENDAR_ALIASES = {"gregory": "gregorian", "ethioaa": "ethiopic-amete-alem", "islamicc": "islamic-civil"}
HOUR_CYCLES = ("h11", "h12", "h23", "h24")


class Tag(NamedTuple):
    """A parsed tag: subtags in canonical case, and the Unicode extension keywords the
    formatters use (None where absent)."""

    language: str
    script: str | None
    region: str | None
    variants: tuple[str, ...]
    numbering: str | None  # -u-nu-
    calendar: str | None  # -u-ca-, as CLDR names it ("gregorian", "islamic-umalqura")
    hour_cycle: str | None  # -u-hc-

    @property
    def base(self) -> str:
        return "-".join(filter(None, (self.language, self.script, self.region, *self.variants)))


def _unicode_keywords(extensions: str) -> dict[str, str]:
    """``{"nu": "arab", "ca": "islamic-umalqura"}`` from the ``-u-`` extension (first one wins)."""
    subtags = extensions.lower().split("-")[1:]
    keywords: dict[str, str] = {}
    i = 0
    while i < len(subtags):
        singleton = subtags[i]
        i += 1
        start = i
        while i < len(subtags) and len(subtags[i]) > 1:
            i += 1
        if singleton != "u":
            continue
        key, values = None, []
        for subtag in subtags[start:i] + [None]:
            if subtag is None or (len(subtag) == 2 and subtag[1].isalpha()):
                if key is not None and key not in keywords:
                    keywords[key] = "-".join(values) or "true"
                key, values = subtag, []
            elif key is not None:
                values.append(subtag)
    return keywords


def duplicate_subtags(tag: str) -> bool:
    """Intl refuses a tag repeating a variant or an extension singleton (``de-1996-1996``)."""
    head = tag.lower().split("-x-")[0].split("-")
    variants = [s for s in head[1:] if len(s) >= 5 or (len(s) == 4 and s[0].isdigit())]
    singletons = [s for s in head[1:] if len(s) == 1]
    return len(set(variants)) != len(variants) or len(set(singletons)) != len(singletons)


def parse(tag: str) -> Tag | None:
    """The parsed tag, or None if ``tag`` is not one ``Intl`` accepts."""
    match = TAG.fullmatch(tag) if isinstance(tag, str) else None
    if match is None or duplicate_subtags(tag):
        return None
    keywords = _unicode_keywords(match["extensions"] or "")
    calendar = keywords.get("ca")
    hour_cycle = keywords.get("hc")
    return Tag(
        language=match["language"].lower(),
        script=match["script"].title() if match["script"] else None,
        region=match["region"].upper() if match["region"] else None,
        variants=tuple(v.lower() for v in (match["variants"] or "").split("-")[1:]),
        numbering=keywords.get("nu"),
        calendar=CALENDAR_ALIASES.get(calendar, calendar),
        hour_cycle=hour_cycle if hour_cycle in HOUR_CYCLES else None,
    )


def canonical(tag: Tag, supplemental: Mapping) -> Tag:
    """A deprecated language replaced as Intl replaces it (``iw`` -> ``he``, ``sh`` -> ``sr-Latn``)."""
    language = supplemental["language_aliases"].get(tag.language, tag.language)
    if "-" in language:
        language, implied = language.split("-", 1)
        return tag._replace(language=language, script=tag.script or implied)
    return tag._replace(language=language)


def intl_locale(tag: Tag, available: frozenset[str], supplemental: Mapping) -> str | None:
    """The locale Intl resolves a tag to: its subtags removed from the end until one of the
    locales ICU holds remains (``de-Latn-DE`` -> ``de``, ``az-Arab`` -> ``az``); None when none
    does (the browser would then use its own default locale)."""
    tag = canonical(tag, supplemental)
    subtags = [s for s in (tag.language, tag.script, tag.region, *tag.variants) if s]
    while subtags:
        candidate = "-".join(subtags)
        if candidate in available:
            return candidate
        subtags.pop()
    return None


def likely_script(language: str, likely: Mapping[str, str]) -> str | None:
    full = likely.get(language)
    return full.split("-")[1] if full else None


def resolve(tag: Tag, supplemental: Mapping) -> str | None:
    """The CLDR locale (an id of ``supplemental["locales"]``) whose data ``tag`` uses, or None
    when the snapshot has no data for its language.

    A tag without a script takes the one likely for its language and region (``zh-TW`` ->
    ``zh-Hant-TW``, as ICU's aliases do) -- unless ICU serves that language-region plainly
    (``data_locales`` in icu.json: zh-MY is zh's, not zh-Hans-MY's). Candidates, first found
    wins: the tag itself, language-script-region[-variants], the same without the script if it is
    the language's likely one (``de-Latn-CH`` -> ``de-CH``), language-script, the language."""
    likely, available = supplemental["likely"], supplemental["locale_set"]
    tag = canonical(tag, supplemental)
    language = tag.language
    if language not in available:
        return None
    if tag.base in available:  # the tag is itself a CLDR locale ("az", not its "az-Latn")
        return tag.base
    default = likely_script(language, likely)
    tails = [[tag.region, *tag.variants][:n] for n in range(len(tag.variants) + 1, 0, -1)] if tag.region else []
    decided = supplemental.get("data_locales", {}).get(f"{language}-{tag.region}", "") \
        if tag.region and not tag.script and not tag.variants else ""
    if decided is None:  # ICU's plain reading: the language-region, else the language
        candidates = [[language, *tail] for tail in tails] + [[language]]
    elif decided:
        return resolve(parse(decided), {**supplemental, "data_locales": {}})
    else:
        regional = likely.get(f"{language}-{tag.region}") if tag.region else None
        script = tag.script or (regional.split("-")[1] if regional else default)
        candidates = [[language, script, *tail] for tail in tails]
        if script == default:
            candidates += [[language, *tail] for tail in tails]
        candidates += [[language, script], [language]]
    for subtags in candidates:
        candidate = "-".join(s for s in subtags if s)
        if candidate in available:
            return candidate
    return None


def parent(locale: str, supplemental: Mapping) -> str | None:
    """The CLDR parent of a locale id: CLDR's parentLocales, else the locale less its last
    subtag, except that language-Script with a script not the language's likely one has the
    root (``und``) as parent (CLDR's "nonlikelyScript" rule). None for the root. A parent without
    data of its own (``ca-ES``, CLDR's default content of ``ca``) is skipped."""
    found = _parent(locale, supplemental)
    while found is not None and found not in supplemental["locale_set"]:
        found = _parent(found, supplemental)
    return found


def _parent(locale: str, supplemental: Mapping) -> str | None:
    if locale == "und":
        return None
    explicit = supplemental["parents"].get(locale)
    if explicit:
        return explicit
    subtags = locale.split("-")
    if len(subtags) == 1:
        return "und"
    if len(subtags) == 2 and len(subtags[1]) == 4 and subtags[1].isalpha() and \
            likely_script(subtags[0], supplemental["likely"]) != subtags[1]:
        return "und"
    return "-".join(subtags[:-1])


def chain(locale: str, supplemental: Mapping) -> list[str]:
    """The locale and its ancestors, most specific first, ending with ``und`` (CLDR's root)."""
    out = []
    current: str | None = locale
    while current is not None:
        out.append(current)
        current = parent(current, supplemental)
    return out


def truncation(locale: str) -> list[str]:
    """A locale and its truncations, most specific first (``pt-AO``, ``pt``): how ICU finds a
    locale's plural rules, whatever CLDR's parent locales say."""
    subtags = locale.split("-")
    return ["-".join(subtags[:n]) for n in range(len(subtags), 0, -1)]
