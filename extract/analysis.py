"""What the pipeline components learn about one article, shared between them on `doc._.pantau`.

Components fill it in order: sentences (and boilerplate), regions, dates, trigger matches; the event
component reads it. The article's title, when it is not already the first line of the text, gets an
analysis of its own (`title`), because headlines carry the regency, the index and the year.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

from spacy.attrs import IDX, LENGTH, LIKE_NUM
from spacy.tokens import Doc

from extract.dates import DateMention
from extract.regions import RegionMention

if not Doc.has_extension("article"):
    Doc.set_extension("article", default=None)  # the input record (id, title, published, ...)
if not Doc.has_extension("pantau"):
    Doc.set_extension("pantau", default=None)  # the Analysis
if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)  # list of event dicts (with "_rule" and "_sents" for --explain)


class Sentence:
    """A sentence by token and character offsets; its text is cut from the article text on demand."""

    __slots__ = ("an", "start", "end", "start_char", "end_char")

    def __init__(self, an: Analysis, start: int, end: int):
        self.an, self.start, self.end = an, start, end
        offsets, words = an.offsets, an.words
        self.start_char = offsets[start]
        self.end_char = offsets[end - 1] + len(words[end - 1])

    @property
    def text(self) -> str:
        return self.an.text[self.start_char : self.end_char]

    def __iter__(self):
        return iter(self.an.doc[self.start : self.end])

    def __len__(self) -> int:
        return self.end - self.start


@dataclass
class Match:
    label: str  # "SIGN_VERB", "SIGN_KIND:mou", "INAUG", "INDEX:spbe", "ROLE", ...
    start: int
    end: int
    sent: int


@dataclass
class Analysis:
    doc: Doc
    sents: list[Sentence] = field(default_factory=list)
    skip: set[int] = field(default_factory=set)  # boilerplate sentences
    sent_of: list[int] = field(default_factory=list)  # token index -> sentence index
    regions: list[RegionMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    resolved: dict[int, date | None] = field(default_factory=dict)  # index in `dates` -> day
    matches: list[Match] = field(default_factory=list)
    truncated: bool = False
    title: Analysis | None = None
    notes: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The doc's text, built once: Doc.text walks every token on each call, so the text the doc was
        made from is kept when the caller left it in `user_data`."""
        if "_text" not in self.notes:
            given = self.doc.user_data.get("pantau_text")
            self.notes["_text"] = given if isinstance(given, str) else self.doc.text
        return self.notes["_text"]

    def release(self) -> None:
        """Drop what the rules built (sentences, caches, the title's analysis): they point back at this analysis,
        and freed here by reference counting they cost the cyclic garbage collector nothing (~9% of the run)."""
        if self.title is not None:
            self.title.release()
        self.notes.clear()
        self.sents = []
        self.title = None

    def _token_table(self) -> None:
        """Token texts and offsets as plain lists, read in one array call (iterating spaCy Token objects from
        Python is what costs)."""
        if not len(self.doc):
            self.notes["_offsets"], self.notes["_words"] = [], []
            return
        table = self.doc.to_array([IDX, LENGTH])
        starts, ends = table[:, 0].tolist(), (table[:, 0] + table[:, 1]).tolist()
        self.notes["_offsets"] = starts
        self.notes["_words"] = list(map(self.text.__getitem__, map(slice, starts, ends)))  # C loops, no frame per token

    # The plain token lists are cached as attributes (cached_property): the rules read them in their inner loops,
    # where a property call per access is what costs.
    @cached_property
    def words(self) -> list[str]:
        if "_words" not in self.notes:
            self._token_table()
        return self.notes["_words"]

    @cached_property
    def lowers(self) -> list[str]:
        words = self.words
        # one lower() over the joined words, not one call per word (the same strings: no word holds a NUL)
        lowers = "\x00".join(words).lower().split("\x00") if "\x00" not in self.text else []
        return lowers if len(lowers) == len(words) else [w.lower() for w in words]

    @cached_property
    def offsets(self) -> list[int]:
        if "_offsets" not in self.notes:
            self._token_table()
        return self.notes["_offsets"]

    @cached_property
    def like_num(self) -> list[bool]:
        return self.doc.to_array([LIKE_NUM]).astype(bool).tolist() if len(self.doc) else []

    # ---- lookups (indexed by sentence on first use: rules ask per sentence, and long texts have many)
    def _index(self, name: str, items, key) -> dict[int, list]:
        cache = self.notes.setdefault("_index", {})
        if name not in cache:
            table: dict[int, list] = {}
            for item in items:
                table.setdefault(key(item), []).append(item)
            cache[name] = table
        return cache[name]

    def sentence_of_char(self, char: int) -> int:
        tok = self.doc.char_span(char, char + 1, alignment_mode="expand")
        if tok is None or not len(tok):
            return -1
        return self.sent_of[tok.start]

    def regions_in(self, sent: int) -> list[RegionMention]:
        return self._index("regions", self.regions, lambda m: self.sent_of[m.start]).get(sent, [])

    def matches_in(self, sent: int, prefix: str = "") -> list[Match]:
        memo = self.notes.setdefault("_matches_memo", {})
        key = (sent, prefix)
        if key not in memo:
            found = self._index("matches", self.matches, lambda m: m.sent).get(sent, [])
            memo[key] = [m for m in found if m.label.startswith(prefix)] if prefix else list(found)
        return memo[key]

    def dates_in(self, sent: int) -> list[tuple[DateMention, date | None]]:
        cache = self.notes.setdefault("_dates_in", {})  # asked many times per sentence by the readers
        if sent not in cache:
            table = self.notes.get("_index", {}).get("dates")
            if table is None:
                table = self._index("dates", list(enumerate(self.dates)), lambda im: self.sentence_of_char(im[1].start))
            cache[sent] = [(m, self.resolved.get(i)) for i, m in table.get(sent, [])]
        return list(cache[sent])

    @property
    def view(self) -> TokenView:
        if "_view" not in self.notes:
            self.notes["_view"] = TokenView(self)
        return self.notes["_view"]

    def live_sentences(self) -> list[int]:
        return [i for i in range(len(self.sents)) if i not in self.skip]


class _Tok:
    """A token as the rules read it (text, lower_, i, idx, like_num, ...), far cheaper than spaCy's Token
    from Python; built on first access from the analysis' plain lists."""

    __slots__ = ("text", "lower_", "i", "_an")

    def __init__(self, an: Analysis, i: int, text: str, lower: str):
        self._an, self.i, self.text, self.lower_ = an, i, text, lower

    @property
    def idx(self) -> int:
        return self._an.offsets[self.i]

    @property
    def like_num(self) -> bool:
        return self._an.like_num[self.i]

    @property
    def is_digit(self) -> bool:
        return self.text.isdigit()

    @property
    def is_space(self) -> bool:
        return self.text.isspace()

    @property
    def is_punct(self) -> bool:
        return bool(self.text) and not any(c.isalnum() for c in self.text)


class _Slice:
    __slots__ = ("view", "start", "stop")

    def __init__(self, view: TokenView, start: int, stop: int):
        self.view, self.start, self.stop = view, start, stop

    @property
    def text(self) -> str:
        if self.stop <= self.start:
            return ""
        an = self.view.an
        return an.text[an.offsets[self.start] : an.offsets[self.stop - 1] + len(an.words[self.stop - 1])]

    def __iter__(self):
        # the view's tokens inline, not through __getitem__: the rules iterate slices in their inner loops
        view = self.view
        toks, an, words, lowers = view._toks, view.an, view.words, view.lowers
        for i in range(self.start, self.stop):
            tok = toks[i]
            if tok is None:
                tok = toks[i] = _Tok(an, i, words[i], lowers[i])
            yield tok

    def __len__(self) -> int:
        return max(0, self.stop - self.start)

    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, _ = key.indices(len(self))
            return _Slice(self.view, self.start + start, self.start + stop)
        if key < 0:
            key += len(self)
        if not 0 <= key < len(self):
            raise IndexError(key)
        return self.view[self.start + key]


class TokenView:
    """Index and slice access over an analysed doc's plain token lists, shaped like a Doc for the rules."""

    def __init__(self, an: Analysis):
        self.an = an
        self.words, self.lowers = an.words, an.lowers
        self._toks: list[_Tok | None] = [None] * len(an.words)

    def __len__(self) -> int:
        return len(self._toks)

    def __getitem__(self, key):
        if key.__class__ is slice:
            start, stop, _ = key.indices(len(self._toks))
            return _Slice(self, start, stop)
        tok = self._toks[key]
        if tok is None:
            if key < 0:
                key += len(self._toks)
            tok = self._toks[key] = _Tok(self.an, key, self.words[key], self.lowers[key])
        return tok
