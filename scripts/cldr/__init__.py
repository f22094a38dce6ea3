"""The generator of the Python twin's locale data: ``src/dashclient/_format/data/``.

    python -m scripts.cldr.build      # from the project root, after `npm ci` (about a minute)

It reads the official CLDR JSON packages pinned in package.json (``node_modules/cldr-*``) and asks
node's Intl (ICU) only for what those packages do not hold (``icu.js``). See ``build.py``.
"""
