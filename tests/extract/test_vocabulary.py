"""All vocabulary is data (extract/data/): no word lists written inline in extract/ code.

A tuple, list or set literal of two or more strings holding a word fails this test, unless every string is
one of the code's own tags below (event kinds, value kinds, match labels, field names). So does a word list
hidden in a regular expression: an alternation of two or more words (`r"tahun (?:lalu|kemarin)"`) in a pattern
written in the code. Put a new word set in `extract/data/grammar.toml` (function words by role) or the data file
of its topic, read it through the lexicon, and build the pattern from it.
"""

from __future__ import annotations

import ast
import re
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


RE_FUNCTIONS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"}
# What a pattern writes that is not a word: escapes (\\d, \\b), classes ([A-Z]), group names and flags
_NOT_WORDS = re.compile(r"\\.|\[(?:\\.|[^\]])*\]|\(\?P<\w+>|\(\?P=\w+\)|\(\?[aiLmsux]+[):]")
_WORD = re.compile(r"[^\W\d_]{2,}")


def _pattern_text(node: ast.expr) -> str | None:
    """The literal text of a pattern argument (an f-string's literal parts, its fields as a placeholder)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "\x00" for v in node.values)
    return None


def regex_word_alternations(root: Path = EXTRACT) -> list[str]:
    """Patterns in `re.<function>(...)` calls that alternate two or more words of the language."""
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
                    and node.func.attr in RE_FUNCTIONS):
                continue
            text = _pattern_text(node.args[0])
            if text is None:
                continue
            branches = _NOT_WORDS.sub("", text).split("|")
            words = [w for b in branches for w in _WORD.findall(b)[:1]]
            if len(words) >= 2:
                found.append(f"{path.relative_to(root.parent)}:{node.lineno}: {words}")
    return found


def test_no_word_alternations_in_extract_patterns():
    assert regex_word_alternations() == []


def test_the_check_catches_words_alternated_in_a_pattern(tmp_path):
    pkg = tmp_path / "extract"
    pkg.mkdir()
    (pkg / "rule.py").write_text(
        "import re\n"
        "A = re.compile(r\"\\btahun (?:lalu|kemarin)\\b\")\n"  # a word list in a pattern
        "B = re.compile(rf\"\\b(?P<wd>{WD})\\b[\\s,]{{0,4}}(?:\\d{{4}}|\\d{{2}})[A-Z]\")\n"  # built from data
        "def f(text, cat):\n"
        "    return re.match(rf\"^(?:persen |% )?{re.escape(cat)}\", text)\n",
        encoding="utf-8")
    # one word ("persen") is no list; words alternated are, fields built from data and classes are not
    assert regex_word_alternations(pkg) == ["extract/rule.py:2: ['tahun', 'kemarin']"]
