"""All vocabulary is data (extract/data/): no word lists written inline in extract/ code.

A tuple, list or set literal of two or more strings holding a word fails this test, unless every string is
one of the code's own tags below (event kinds, value kinds, match labels, field names). Put a new word set in
`extract/data/grammar.toml` (function words by role) or the data file of its topic, and read it through the
lexicon.
"""

from __future__ import annotations

import ast
from pathlib import Path

EXTRACT = Path(__file__).resolve().parents[2] / "extract"

# Identifiers of the code itself, not words of the language.
CODE_TAGS = {
    # value kinds and date-mention kinds
    "score", "percent", "grade", "opinion", "zone", "rank", "level", "category", "numeric", "month", "weekday", "day", "year",
    # quantity roles
    "result", "target", "threshold", "change", "part", "share", "count", "average", "earlier", "band",
    # match labels and passes
    "SIGN_", "INAUG", "INDEX:", "INAUG_EXCLUDE", "INAUG_GOVBODY", "strong", "weak", "regency", "city", "province",
    # spaCy extension keys
    "._.", "pantau", "article", "events",
}


def _fields_and_names() -> set[str]:
    """Field names of the event and article records, and the names in `__all__`/`__slots__`: identifiers."""
    import extract
    from extract.evaluate import ARTICLE_FIELDS

    out = set(extract.COMMON_FIELDS) | set(ARTICLE_FIELDS) | set(extract.__all__)
    out |= {f for fields in extract.EVENT_FIELDS.values() for f in fields}
    for path in EXTRACT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id in ("__all__", "__slots__") for t in node.targets):
                out |= {c.value for c in ast.walk(node.value) if isinstance(c, ast.Constant)}
    return out


def inline_word_lists(root: Path = EXTRACT) -> list[str]:
    allowed = CODE_TAGS | _fields_and_names()
    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Tuple | ast.List | ast.Set):
                continue
            strings = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            words = [s for s in strings if any(c.isalpha() for c in s) and s not in allowed
                     and not s.endswith((".toml", ".tsv", ".py"))]
            if len(strings) >= 2 and words:
                found.append(f"{path.relative_to(root.parent)}:{node.lineno}: {words}")
    return found


def test_no_inline_word_lists_in_extract_code():
    assert inline_word_lists() == []


def test_the_check_catches_an_inline_word_tuple(tmp_path):
    pkg = tmp_path / "extract"
    pkg.mkdir()
    (pkg / "rule.py").write_text('def f(w):\n    return w in ("dan", "serta", ",")\n', encoding="utf-8")
    assert inline_word_lists(pkg) == ["extract/rule.py:2: ['dan', 'serta']"]
