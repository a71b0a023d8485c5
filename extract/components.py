"""The pipeline components, registered with spaCy by name (`@Language.factory`).

Order in `config.cfg`: pantau_triggers → pantau_sentences → pantau_regions → pantau_dates → pantau_events.
Each keeps its vocabulary in `extract/data/` (read through the lexicon); none holds word lists in code.
The trigger gate: one phrase-matcher pass runs on every article; only an article holding a signing,
installation or index word gets sentences, regions, dates and the event rules (an ungated doc has no
sentence boundaries set). The rules then only read sentences a trigger opened.
"""

from __future__ import annotations

import bisect
import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from extract.analysis import Analysis, Match, Sentence
from extract.dates import DateResolver, find_dates, warm_up_dateparser, years_in
from extract.lexicon import fold, load_lexicon
from extract.regions import RegionGazetteer

TERMINALS = {".", "!", "?", "…", "..."}
_DECIMAL = re.compile(r"^\d{1,3},\d{1,3}$")  # "4,21": a value carried over a wrapped line
GATE_LABELS = ("SIGN_", "INAUG", "INDEX:")
CLOSERS = {"”", '"', "’", "'", ")", "»"}
OPENERS = {'"', "“", "‘", "'", "(", "«"}


# The keys spaCy's `doc._.name` extensions live under in `doc.user_data`: read directly, because the `doc._`
# accessor costs a Python object per access and the components touch these on every article.
_PANTAU_KEY = ("._.", "pantau", None, None)
_ARTICLE_KEY = ("._.", "article", None, None)
_EVENTS_KEY = ("._.", "events", None, None)


def _analysis(doc: Doc) -> Analysis:
    an = doc.user_data.get(_PANTAU_KEY)
    if an is None:
        an = doc.user_data[_PANTAU_KEY] = Analysis(doc)
    return an


def _article(doc: Doc) -> dict:
    return doc.user_data.get(_ARTICLE_KEY) or {}


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


class SentenceSplitter:
    """Sentences for news text: every line break ends one; `.`/`!`/`?` end one before a capital, a digit or
    an opening quote, except after an initial (`A. Murtala`). Boilerplate lines (`Baca juga`, bylines,
    related-link lists) are marked to be skipped."""

    def __init__(self, nlp: Language, data_dir: str | None, max_tokens: int):
        self.nlp = nlp
        self.lex = load_lexicon(data_dir)
        self.max_tokens = max_tokens
        conf = self.lex.raw["boilerplate"]
        self.prefixes = tuple(fold(p) for p in conf["line_prefixes"])
        self.list_prefixes = tuple(conf["list_item_prefixes"])
        # "- Kabupaten Lamongan: 75,84", "• Kota Batu = 80,1 persen": a list of values is article text.
        seps = "".join(re.escape(c) for c in conf["data_item_separators"])
        self.data_item = re.compile(
            rf"\S{{1,2}} [^\n{seps}]{{1,80}}(?:[{seps}] {{0,3}}\(?\d|[ (]\d{{1,3}}[,.]\d{{1,3}} {{0,2}}(?:%|persen)?\)?\s*$)"
        )
        self.openers = set(self.lex.raw["tokenizer"]["sentences"]["openers"])
        self.grade_heads = set(self.lex.raw["tokenizer"]["sentences"]["grade_heads"])
        # "melantik RM. Sukmono", "Hj. Siti": a short honorific's dot opens no sentence
        # ("TNI.", "AKP." may well end one)
        self.honorifics = {w for w in self.lex.raw["people"]["honorifics"] if len(w) <= 2 or len(w) == 3 and not w.isupper()}

    def introduced(self, text: str, line_start: int) -> bool:
        """A list item under an intro line ending in ":" ("Daerah yang masuk zona hijau:") is article text,
        unless the intro is boilerplate itself ("Baca juga:")."""
        end = line_start - 1
        for _ in range(60):  # the items above, up to the intro line
            if end <= 0:
                return False
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end].strip()
            if line and not text.startswith(self.list_prefixes, start):
                return line.endswith(":") and not fold(line[:80]).startswith(self.prefixes)
            end = start - 1
        return False

    def __call__(self, doc: Doc) -> Doc:
        an = _analysis(doc)
        triggers = self.nlp.get_pipe("pantau_triggers")
        if "raw_matches" not in an.notes:
            triggers.match_raw(an)
        if not an.notes["gated"] and (_article(doc).get("title") or "").strip():
            # "Pemkab Garut Raih Opini WTP Kelima Kalinya" over a body that never names the opinion again
            title_doc = self.nlp.make_doc(_article(doc)["title"][:500])
            raw = triggers.matcher(title_doc)
            strings = triggers.vocab.strings
            an.notes["gated"] = any(strings[match_id].startswith(GATE_LABELS) for match_id, _, _ in raw)
        if not an.notes["gated"]:
            # The trigger gate: no signing, installation or index word anywhere, so nothing else runs.
            an.sents, an.sent_of, an.skip, an.matches = [], [], set(), []
            return doc
        self.split(doc, an)
        triggers.place(an)
        article = _article(doc)
        title = (article.get("title") or "").strip()
        if title and fold(title)[:60] not in fold(an.text[:400]):
            title_doc = self.nlp.make_doc(title[:500])
            an.title = Analysis(title_doc)
            self.split(title_doc, an.title)
            triggers.match_raw(an.title)
            triggers.place(an.title)
        return doc

    def split(self, doc: Doc, an: Analysis) -> None:
        n = len(doc)
        if n == 0:
            an.sents, an.sent_of, an.skip = [], [], set()
            return
        texts = an.words  # plain strings: the loop below never touches Token objects
        openers = self.openers
        starts = [0]
        # Only tokens after a line break or a full stop can open a sentence: visit just those.
        # Found from the characters (C-speed scans), mapped to tokens through the offsets.
        text, offsets = an.text, an.offsets
        positions = []
        for ch in ".!?\n…":
            pos = text.find(ch)
            while pos != -1:
                positions.append(pos)
                pos = text.find(ch, pos + 1)
        marks = sorted({bisect.bisect_right(offsets, p) - 1 for p in positions})
        marks = [i for i in marks if (w := texts[i]) in TERMINALS or ("\n" in w and w.isspace())
                 or (len(w) == 2 and w[1] == "." and w[0].isupper())]
        for j in marks:
            pt = texts[j]
            i = j + 1
            while i < n and (texts[i] in CLOSERS or texts[i].isspace()):
                if "\n" in texts[i]:
                    pt = "\n"
                i += 1
            if i >= n:
                break
            tok = texts[i]
            if pt.isspace():
                before = texts[j - 1] if j > 0 else ""
                if pt == "\n" and texts[j].count("\n") == 1 and before.isalpha() and (
                        tok[:1].islower() or (before.islower() and _DECIMAL.match(tok))):
                    continue  # a hard-wrapped line: "... Kabupaten Bantul\nmencapai 3,85" is one sentence
                if pt == "\n" and texts[j].count("\n") == 1 and before == "," and tok[:1].isalpha():
                    continue  # a line ending in a comma goes on: "kepada Kabupaten Pati,\nKabupaten Kudus, ..."
                if starts[-1] != i:
                    starts.append(i)  # a line break ends a sentence
                continue
            if len(pt) == 2 and pt[1] == "." and pt[0].isupper():
                graded = j > 0 and texts[j - 1].lower() in self.grade_heads and tok[:1].isupper()
                if (tok in openers or graded) and starts[-1] != i:
                    starts.append(i)  # "predikat B. Sedangkan", "predikat B. Tiga pemda": a grade ended it
                continue
            first = tok[:1]
            if not (first.isupper() or first.isdigit() or tok in OPENERS):
                continue
            before = texts[j - 1] if j > 0 else ""
            if len(before) == 1 and before.isupper():  # an initial: "A. Murtala"
                continue
            if before in self.honorifics:
                continue  # "RM. Sukmono", "Drs. H. Ali"
            if len(tok) == 2 and tok[0].isupper() and tok[1] == ".":
                continue  # "H. Ali. A. Syahid": an initial opens no sentence
            if starts[-1] != i:
                starts.append(i)
        starts = sorted(set(starts))
        # One array write: setting Token.is_sent_start one by one re-checks the whole doc each time.
        flags = numpy.full((n, 1), -1, dtype="int64")
        flags[starts, 0] = 1
        if n:
            doc.from_array([SENT_START], flags.astype("uint64"))
        bounds = list(zip(starts, starts[1:] + [n], strict=True))
        an.sents = [Sentence(an, a, b) for a, b in bounds]
        sent_of = [0] * n
        for k, (a, b) in enumerate(bounds):
            sent_of[a:b] = [k] * (b - a)
        an.sent_of = sent_of
        an.skip = set()
        text = an.text
        # Boilerplate is decided per line, once; a sentence inherits the verdict of the line it starts on.
        starts_char = an.offsets  # token start offsets, already read
        line_starts = [0]
        pos = text.find("\n")
        while pos != -1:
            line_starts.append(pos + 1)
            pos = text.find("\n", pos + 1)
        verdict: dict[int, bool] = {}
        introduced = self.introduced_lists(text, line_starts)
        for k, (a, _b) in enumerate(bounds):
            if a >= self.max_tokens:
                an.skip.add(k)
                an.truncated = True
                continue
            line_start = line_starts[bisect.bisect_right(line_starts, starts_char[a]) - 1]
            if line_start not in verdict:
                line = fold(text[line_start : line_start + 80])
                verdict[line_start] = line.startswith(self.prefixes) or (
                    text.startswith(self.list_prefixes, line_start) and line_start not in introduced
                    and not self.data_item.match(text, line_start, _line_end(text, line_start))
                    and not self.introduced(text, line_start)
                )
            if verdict[line_start]:
                an.skip.add(k)

    def introduced_lists(self, text: str, line_starts: list[int]) -> set[int]:
        """List lines announced by the text line before them ("Ketiga pejabat itu yakni:" then "- A sebagai
        Pj Bupati Bone"): article text, not related links. A "Baca juga:" line introduces nothing."""
        out: set[int] = set()
        open_list = False
        for start in line_starts:
            line = text[start : _line_end(text, start)].strip()
            if not line:
                continue
            if text.startswith(self.list_prefixes, start):
                if open_list:
                    out.add(start)
                continue
            open_list = line.endswith(":") and not fold(line[:80]).startswith(self.prefixes)
        return out


@Language.factory("pantau_sentences", default_config={"data_dir": None, "max_tokens": 20000})
def make_sentences(nlp: Language, name: str, data_dir: str | None, max_tokens: int) -> SentenceSplitter:
    return SentenceSplitter(nlp, data_dir, max_tokens)


class RegionLinker:
    """Links province/regency/city mentions (see `extract.regions`)."""

    def __init__(self, nlp: Language, data_dir: str | None):
        self.gazetteer = RegionGazetteer(nlp.vocab, load_lexicon(data_dir), nlp.make_doc)

    def __call__(self, doc: Doc) -> Doc:
        an = _analysis(doc)
        if not an.notes.get("gated", True):
            return doc
        an.regions = self.gazetteer.link(doc)
        article = _article(doc)
        an.notes["host_region"] = self.gazetteer.from_host(article.get("source") or _host(article.get("url")))
        if an.title is not None:
            an.title.regions = self.gazetteer.link(an.title.doc)
        return doc


@Language.factory("pantau_regions", default_config={"data_dir": None})
def make_regions(nlp: Language, name: str, data_dir: str | None) -> RegionLinker:
    return RegionLinker(nlp, data_dir)


class DateFinder:
    """Finds date mentions and resolves them with the publication date, the weekday and the years the
    article writes; relative forms without a publication date hang on the article's first dated day."""

    def __init__(self, data_dir: str | None):
        self.lex = load_lexicon(data_dir)
        warm_up_dateparser()

    def __call__(self, doc: Doc) -> Doc:
        an = _analysis(doc)
        if not an.notes.get("gated", True):
            return doc
        article = _article(doc)
        published = _parse_iso(article.get("published"))
        limit = an.sents[-1].end_char if an.sents else 0
        if an.truncated:
            limit = max((s.end_char for k, s in enumerate(an.sents) if k not in an.skip), default=0)
        text = an.text[:limit]
        title_text = an.title.text if an.title else ""
        years = years_in(text, self.lex) + years_in(title_text, self.lex)
        resolver = DateResolver(self.lex, published, years)
        an.dates = find_dates(text, self.lex)
        for i, m in enumerate(an.dates):
            if m.kind in ("numeric", "month"):
                an.resolved[i] = resolver.resolve(m)
        if published is None:
            first = [an.resolved[i] for i in sorted(an.resolved) if an.resolved[i]]
            resolver.anchor = first[0] if first else None
        for i, m in enumerate(an.dates):
            if m.kind not in ("numeric", "month"):
                an.resolved[i] = resolver.resolve(m)
        an.notes["published"] = published
        an.notes["years"] = years
        an.notes["anchor"] = published or resolver.anchor
        if an.title is not None:
            an.title.dates = find_dates(title_text, self.lex)
            an.title.resolved = {i: resolver.resolve(m) for i, m in enumerate(an.title.dates)}
        return doc


def _host(url) -> str | None:
    if not url or not isinstance(url, str):
        return None
    from urllib.parse import urlsplit

    return urlsplit(url).hostname


def _parse_iso(value):
    from datetime import date

    if not value or not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


@Language.factory("pantau_dates", default_config={"data_dir": None})
def make_dates(nlp: Language, name: str, data_dir: str | None) -> DateFinder:
    return DateFinder(data_dir)


class TriggerMatcher:
    """One phrase matcher over the whole text for every trigger the rules use: signing verbs and agreement
    kinds, inauguration verbs, index labels, role heads, plan markers, announcement verbs, venue heads.
    The event component only reads sentences holding a trigger (the trigger gate)."""

    def __init__(self, nlp: Language, data_dir: str | None, gate: bool = True):
        lex = load_lexicon(data_dir)
        self.gate = gate  # False analyses every article in full (component tests, --explain on anything)
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        ev = lex.raw["events"]
        groups: dict[str, list[str]] = {
            "SIGN_VERB": list(ev["signing"]["verbs"]),
            "INAUG_ACTIVE": list(ev["inauguration"]["active_verbs"]),
            "INAUG_PASSIVE": list(ev["inauguration"]["passive_verbs"]),
            "INAUG": [v for v in ev["inauguration"]["verbs"]
                      if v not in ev["inauguration"]["active_verbs"] and v not in ev["inauguration"]["passive_verbs"]],
            "INAUG_EXCLUDE": list(ev["inauguration"]["exclude_context"]),
            "INAUG_GOVBODY": list(ev["inauguration"]["government_bodies"]),
            "PLAN": list(ev["plans"]["sentence_markers"]),
            "PLAN_NEAR": list(ev["plans"]["near_markers"]),
            "ANNOUNCE": list(ev["announce"]["verbs"]),
            "VENUE": list(ev["venue"]["heads"]),
            "ROLE": list(lex.raw["people"]["role_heads"]),
        }
        for phrase, kind in ev["signing"]["kinds"].items():
            groups.setdefault(f"SIGN_KIND:{kind}", []).append(phrase)
        for key, spec in lex.raw["indices"].items():
            if isinstance(spec, dict) and "labels" in spec:
                groups[f"INDEX:{key}"] = list(spec["labels"])
        for label, phrases in groups.items():
            self.matcher.add(label, list(nlp.tokenizer.pipe(p.strip() for p in phrases)))
        self.vocab = nlp.vocab

    def match_raw(self, an: Analysis) -> None:
        """Every trigger in the text, before sentences exist; sets the gate."""
        strings = self.vocab.strings
        raw = [(strings[match_id], start, end) for match_id, start, end in self.matcher(an.doc)]
        an.notes["raw_matches"] = raw
        an.notes["gated"] = not self.gate or any(label.startswith(GATE_LABELS) for label, _, _ in raw)

    def place(self, an: Analysis) -> None:
        """Tie the triggers to their sentences, leaving out boilerplate."""
        out = []
        for label, start, end in an.notes.get("raw_matches", []):
            sent = an.sent_of[start] if an.sent_of else 0
            if sent in an.skip:
                continue
            out.append(Match(label, start, end, sent))
        out.sort(key=lambda m: (m.start, -(m.end - m.start)))
        an.matches = out

    def __call__(self, doc: Doc) -> Doc:
        self.match_raw(_analysis(doc))
        return doc


@Language.factory("pantau_triggers", default_config={"data_dir": None, "gate": True})
def make_triggers(nlp: Language, name: str, data_dir: str | None, gate: bool) -> TriggerMatcher:
    return TriggerMatcher(nlp, data_dir, gate)


class EventExtractor:
    """Runs the event rules (`extract.rules`) on the analysed article; sets `doc._.events`."""

    def __init__(self, nlp: Language, data_dir: str | None):
        from extract.rules import EventRules

        self.rules = EventRules(load_lexicon(data_dir))

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data[_EVENTS_KEY] = self.rules.extract(_analysis(doc), _article(doc))
        return doc


@Language.factory("pantau_events", default_config={"data_dir": None})
def make_events(nlp: Language, name: str, data_dir: str | None) -> EventExtractor:
    return EventExtractor(nlp, data_dir)
