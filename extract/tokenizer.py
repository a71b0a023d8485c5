"""The pantau tokenizer: spaCy's Indonesian rules adjusted for news forms (data: `data/tokenizer.toml`).

`Rabu(31/1)` → `Rabu ( 31/1 )`; `(22/3/2024)` keeps the date whole; `Kab.`, `H.`, `S.H.` stay one token;
`S.H.,M.Si` splits at the comma. Registered as `pantau.tokenizer.v1` so a saved pipeline's config can name it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.attrs import IS_ALPHA, IS_DIGIT, IS_LOWER, IS_PUNCT, IS_SPACE, IS_TITLE, IS_UPPER, LIKE_NUM, LOWER
from spacy.lang.id import Indonesian
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

from extract.lexicon import load_lexicon

# The word attributes the pipeline reads (the phrase matchers match on LOWER, the analysis reads LIKE_NUM, the
# region linker IS_PUNCT) and the cheap character classes. spaCy computes every attribute getter of the language
# for each word it has not seen (names, numbers): shapes, URL and e-mail tests, stop words, prefixes and suffixes
# nobody reads here were most of what a new word cost.
LEXEME_ATTRS = (LOWER, LIKE_NUM, IS_PUNCT, IS_SPACE, IS_DIGIT, IS_ALPHA, IS_LOWER, IS_UPPER, IS_TITLE)


def build_tokenizer(nlp: Language, data_dir: str | None = None) -> Tokenizer:
    nlp.vocab.lex_attr_getters = {k: v for k, v in nlp.vocab.lex_attr_getters.items() if k in LEXEME_ATTRS}
    lex = load_lexicon(data_dir)
    conf = lex.raw["tokenizer"]
    defaults = Indonesian.Defaults
    dropped = set(conf["drop_infixes"])
    infixes = [p for p in defaults.infixes if p not in dropped] + list(conf["extra_infixes"])
    rules = dict(defaults.tokenizer_exceptions)
    if not conf.get("keep_reduplication_exceptions", True):
        rules = {k: v for k, v in rules.items() if not ("-" in k and "." not in k)}
    for case in conf["special_cases"]:
        rules[case] = [{ORTH: case}]
    return Tokenizer(
        nlp.vocab,
        rules=rules,
        prefix_search=compile_prefix_regex(defaults.prefixes).search,
        suffix_search=compile_suffix_regex(defaults.suffixes).search,
        infix_finditer=compile_infix_regex(infixes).finditer,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )


@registry.tokenizers("pantau.tokenizer.v1")
def create_pantau_tokenizer(data_dir: str | None = None) -> Callable[[Language], Tokenizer]:
    def make(nlp: Language) -> Tokenizer:
        return build_tokenizer(nlp, data_dir)

    return make
