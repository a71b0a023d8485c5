"""Helpers the tests import as a package (`from tests.support.html import fetch_page`); no `sys.path` tricks.

- `html.py`: check pages by parsing them and selecting elements (parsel CSS selectors), never by substrings.
- `behaviour.py`: the behaviour snapshot (search, exports, API, `pantau search`) the restructuring is held to.
"""
