"""The pantau tokenizer: spaCy's Indonesian rules adjusted for news forms (data: `data/tokenizer.toml`).

`Rabu(31/1)` → `Rabu ( 31/1 )`; `(22/3/2024)` keeps the date whole; `Kab.`, `H.`, `S.H.` stay one token;
`S.H.,M.Si` splits at the comma. Registered as `pantau.tokenizer.v1` so a saved pipeline's config can name it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.lang.id import Indonesian
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

from extract.lexicon import load_lexicon


def build_tokenizer(nlp: Language, data_dir: str | None = None) -> Tokenizer:
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
