"""People and their roles: names written after (or before) a title or office.

`Bupati Mojokerto, Ikfina Fahmawati` → (Ikfina Fahmawati, Bupati Mojokerto);
`Muhammad Abidin, S.E., Ak, Kepala Perwakilan BPK Provinsi Maluku` → (Muhammad Abidin, Kepala Perwakilan ...);
`I Wayan Sudarma selaku Perbekel Desa Sukamaju Kaja` → (I Wayan Sudarma, Perbekel Desa Sukamaju Kaja).
Honorifics and degrees are stripped (data: `data/people.toml`); a short form that the text ties to a full name
(`Bupati Yes`, `Bupati Mote`) is folded into it.
"""

from __future__ import annotations

import re

from extract.analysis import Analysis, TokenView
from extract.lexicon import Lexicon, alternation, fold
from extract.people_caps import CapitalsReader
from extract.people_frames import FrameReader
from extract.people_lists import ListReader
from extract.people_pairs import PairReader
from extract.people_words import LanguageWords
from extract.person import Person

__all__ = ["PeopleFinder", "Person"]

_INITIAL = re.compile(r"^[A-Z]\.?$")
_SPACES = re.compile(r"\s+")
# a word of three or more lower-case letters followed by a capital and another word: "RajaAdministrasi"
_GLUED_WORDS = re.compile(r"[a-z]{3}[A-Z][a-z]{2}")
# initials within or after a name: "J.B.", "G.L", "U.E.", "BJ"
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}[A-Z]?\.?$|^[A-Z]\.[A-Z]$|^[A-Z]{2}$")


class PeopleFinder(PairReader, ListReader, FrameReader, LanguageWords, CapitalsReader):
    def __init__(self, lex: Lexicon):
        conf = lex.raw["people"]
        self.g = lex.grammar
        # Indonesian institution nouns: pe-/pem-/.../ke- ... -an (Pendayagunaan, Kesejahteraan, Pengendalian)
        self.institution_shape = re.compile(
            rf"^(?:{alternation(conf['institution_prefixes'])})[a-z]{{3,}}(?:{alternation(conf['institution_suffixes'])})$")
        self.role_words = {fold(w) for w in conf["role_words"]}
        self.joiners = {fold(w) for w in conf["role_joiners"]}
        self.honorifics = {fold(w).rstrip(".") for w in conf["honorifics"]}
        self.name_like = {fold(w) for w in conf["name_like_honorifics"]}
        self.degrees = {fold(w).replace(".", "") for w in conf["degrees"]}
        self.particles = {fold(w) for w in conf["name_particles"]}
        self.not_name = {fold(w) for w in conf["not_name_words"]}
        self.name_enders = {fold(w) for w in conf["name_enders"]}
        self.head_words = {fold(h).split()[0].rstrip(".") for h in conf["role_heads"]}
        self.document_words = {fold(w) for w in conf["document_words"]}
        self.place_words = {fold(w) for w in conf["place_words"]}
        self.place_heads = {fold(w) for w in conf["place_heads"]}
        self.office_numerals = set(conf["office_numerals"])
        # "Kecamatan Jekulo", "Desa Sukamaju": the word after a place word is a place's name in that article
        self._places: set[str] = set()  # the places of the article being read (find)
        self.named_place = re.compile(rf"\b(?:{alternation(conf['place_words'])}) ([A-Z][\w'-]+)")
        self.place_suffixes = set(conf["place_suffixes"])
        self.named_bodies = {fold(w) for w in conf["named_bodies"]}
        self.installed_list_links = sorted((fold(w).split() for w in conf["installed_list_links"]), key=len, reverse=True)
        self.as_words = {fold(w) for w in conf["as_words"]}
        self.name_titles = {fold(w) for w in conf["name_titles"]}
        self.speech_verbs = {fold(w) for w in conf["speech_verbs"]}
        # The word classes (`_is_name_token`, ...) depend on a word's text alone: decided once per word, not per
        # occurrence.
        self._name_words: dict[tuple[str, str], bool] = {}
        self._honorific_words: dict[tuple[str, str], bool] = {}
        self._degree_words: dict[tuple[str, str], bool] = {}
        self._caps_name_words: dict[tuple[str, str], bool] = {}
        self.verb_suffixes = tuple(conf["verb_affixes"]["suffixes"])
        self.verb_prefixes = tuple(conf["verb_affixes"]["prefixes"])
        self.appointed_words = {fold(w) for w in conf["appointed_words"]}
        self.frame_words = [fold(w).split() for w in conf["frame_words"]]
        self.then_words = [fold(w).split() for w in conf["then_words"]]
        self.number_units = lex.number_units
        from spacy.lang.id.stop_words import STOP_WORDS

        self.stop_words = {w.casefold() for w in STOP_WORDS}
        cal = lex.raw["calendar"]
        self.not_name |= {fold(n) for names in cal["months"].values() for n in names}
        self.not_name |= {fold(n) for names in cal["weekdays"].values() for n in names}

    # ---- token classes
    def _is_honorific(self, tok) -> bool:
        key = (tok.text, tok.lower_)
        found = self._honorific_words.get(key)
        if found is None:
            found = self._honorific_words[key] = self._honorific_word(tok)
        return found

    def _is_degree(self, tok) -> bool:
        key = (tok.text, tok.lower_)
        found = self._degree_words.get(key)
        if found is None:
            found = self._degree_words[key] = self._degree_word(tok)
        return found

    def _is_name_token(self, tok) -> bool:
        key = (tok.text, tok.lower_)
        found = self._name_words.get(key)
        if found is None:
            if len(self._name_words) > 100_000:  # a long run over many texts: keep the tables bounded
                for table in (self._name_words, self._honorific_words, self._degree_words, self._caps_name_words):
                    table.clear()
            found = self._name_words[key] = self._name_word(tok)
        return found

    def _caps_name_token(self, tok) -> bool:
        """A name word written in capitals ("DR.H. MUHAMMAD YUSRAN"), read only after an honorific."""
        key = (tok.text, tok.lower_)
        found = self._caps_name_words.get(key)
        if found is None:
            found = self._caps_name_words[key] = self._caps_name_word(tok)
        return found

    def _honorific_word(self, tok) -> bool:
        low = tok.lower_.rstrip(".")
        if low in self.honorifics or tok.text in ("(Purn)",):
            return True
        # glued or in capitals: "DR.H.", "Hj.Siti" is split by the tokenizer, "DRS.H" is one token
        parts = [x for x in low.split(".") if x]
        return len(parts) > 1 and all(x in self.honorifics for x in parts)

    def _degree_word(self, tok) -> bool:
        t = tok.text.replace(".", "").replace(",", "")
        return bool(t) and fold(t) in self.degrees

    def _name_word(self, tok) -> bool:
        text = tok.text
        low = tok.lower_
        if not text or low in self.not_name or low.rstrip(".") in self.head_words:
            return False
        if low in self.name_titles and text[:1].isupper():
            return True  # "Lalu Agha Farabi"
        if low in self.role_words or low in self.stop_words or self.institution_shape.match(text):
            return False
        if _INITIAL.match(text):
            return True
        if low in self.particles:
            return True
        if not text[0].isupper() or text.isupper() and len(text) > 1:
            return False
        if len(text) > 3 and text[:2] == "Se" and text[2].isupper():
            return False  # "SeKecamatan", "SeKabupaten": "all of", glued to a place word
        if _GLUED_WORDS.search(text):
            return False  # "RajaAdministrasi": two words glued by a missing space
        body = text.replace("’", "").replace("'", "").replace("-", "").replace(".", "")
        return body.isalpha() and body != body.upper()

    def is_name_word(self, tok) -> bool:
        """A word that may be part of a person's name (capitalised, not a title, office or function word)."""
        return self._is_name_token(tok) and tok.text[:1].isupper()

    def _is_role_word(self, tok, region_tokens: set[int]) -> bool:
        text = tok.text
        if tok.i in region_tokens:
            return True
        if tok.lower_ in self.role_words or tok.lower_.rstrip(".") in self.head_words:
            return True
        if len(text) >= 2 and text.replace("-", "").replace("/", "").isalnum() and text.isupper():
            return True  # acronyms: KPU, BPS, PUPR, RI
        return bool(self.institution_shape.match(text))

    # ---- role phrase and name
    def _extend_role(self, doc: TokenView, i: int, limit: int, region_tokens: set[int]) -> int:
        """End (exclusive) of the role phrase whose head ends at `i`."""
        if 0 < i < limit and doc[i - 1].lower_ in self.place_words:
            # "Pejabat Negeri Mosso Kecamatan Tehoru Rafid W.", "Kepala Desa Sukamaju, Kecamatan Cibadak Ahmad Y.":
            # a head ending in a place word names the place, then its district
            run = i
            while run < limit and run - i < 3 and self._is_name_token(doc[run]) and doc[run].text[:1].isupper():
                run += 1
            if run > i and run + 1 < limit and (doc[run].lower_ in self.place_words or (
                    doc[run].text == "," and doc[run + 1].lower_ in self.place_words)):
                i = run
        j = i
        while j < limit:
            tok = doc[j]
            if tok.text in ("(", "["):
                close = ")" if tok.text == "(" else "]"
                k = j + 1
                while k < min(limit, j + 6) and doc[k].text != close:
                    k += 1
                if k < limit and doc[k].text == close:
                    j = k + 1
                    continue
                break
            if tok.lower_ in self.place_words and not (j > i and doc[j - 1].lower_ in self.role_words
                                                       and doc[j - 1].text.istitle()):
                # "Desa" after a head or an acronym ("Kepala Desa", "BPD Desa"); not "Dalam Negeri"
                j += 1
                run = j
                while run < limit and self._is_name_token(doc[run]) and doc[run].text[:1].isupper():
                    run += 1  # the place's name: "Desa Abang Batudinding"
                # "Kepala Desa Sarakan Muhammad Ramli": three or more words are a place and a person
                # before a comma the run is all place ("Desa Sungai Ulu, Ahmad"), unless the next list item opens
                # with a title ("Pejabat Negeri Mosso Kecamatan Tehoru Rafid W., Pejabat Negeri ...")
                split = run - j >= 3 and not _INITIAL.match(doc[j + 1].text) and not (
                    run < limit and doc[run].text == "," and not (
                        run + 1 < limit and doc[run + 1].lower_.rstrip(".") in self.head_words))
                if split:
                    j += 1
                    while run - j >= 3 and doc[j].text in self.place_suffixes:
                        j += 1  # "Kepala Desa Sungai Ulu Ahmad Ramli": the place runs over its closing word
                else:
                    j = run
                continue
            if tok.lower_ in self.g.field_heads:
                j += 1
                start = j
                # "Staf Ahli Bidang Ekonomi Hosea Murib": the field is words of the language, the name is not
                while j < limit and j - start < 6 and (
                        (doc[j].text[:1].isupper() and self._language_word(doc[j].text))
                        or doc[j].lower_ in self.joiners):
                    j += 1
                continue
            if j > i and j - 1 in region_tokens and self._leading_initials(doc, j, limit):
                break  # "Pj Gubernur Riau SF Hariyanto": after the office's place, initials open the name
            if j > i and self._caps_run(doc, j, limit) >= 2:
                break  # "Pj Bupati Brebes DJOKO GUNAWAN": a name in capitals, not acronyms of the office
            if self._is_role_word(tok, region_tokens):
                j += 1
                continue
            if tok.text in self.office_numerals and j + 1 < limit and self._is_role_word(doc[j + 1], region_tokens):
                j += 1  # "Wakil Ketua I DPRD"
                continue
            if tok.is_digit or tok.text == "/":
                j += 1  # unit numbers: "Danrem 143/HO", "Dandim 1621/TTS"
                continue
            if tok.text == "," and j + 2 < limit and doc[j + 1].lower_ in self.place_words and any(
                    doc[x].lower_ in self.place_words for x in range(max(0, i - 2), j)):
                j += 1  # "penjabat Kepala Negeri Latu, Kecamatan Amalatu Yohanes P.": the village's district
                continue
            if tok.text == "," and j + 2 < limit and self._is_role_word(doc[j + 1], region_tokens) and (
                self._is_role_word(doc[j + 2], region_tokens) or doc[j + 2].lower_ in self.joiners
            ) and not self._is_name_token(doc[j + 1]):
                j += 1  # "Deputi Bidang Reformasi Birokrasi, Akuntabilitas Aparatur dan Pengawasan"
                continue
            if tok.lower_ in self.joiners and j + 1 < limit and self._is_role_word(doc[j + 1], region_tokens):
                j += 1
                continue
            if fold(tok.text) in self.g.acting_prefixes and j + 1 < limit:
                j += 1
                continue
            break
        return j

    def _leading_initials(self, doc: TokenView, j: int, limit: int) -> bool:
        """Two capitals that open a name ("SF Hariyanto", "BJ Habibie"), or three before two name words ("IGN Jaya
        Negara"): no office acronym, a name word after."""
        text = doc[j].text
        # three capitals ("IGN Jaya Negara", "AAN Ngurah") only before two name words
        three = len(text) == 3 and j + 2 < limit and self._is_name_token(doc[j + 2]) and doc[j + 2].text[:1].isupper()
        return ((len(text) == 2 or three) and text.isalpha() and text.isupper() and doc[j].lower_ not in self.role_words
                and not self._is_honorific(doc[j])
                and doc[j].lower_ not in self.head_words and j + 1 < limit
                and self._is_name_token(doc[j + 1]) and doc[j + 1].text[:1].isupper())

    def _read_name(self, doc: TokenView, j: int, limit: int) -> tuple[int, int]:
        """Name span starting at `j` after skipping honorifics; (start, end), empty when none."""
        first = j
        while j < limit:
            if doc[j].text == "(" and j + 2 < limit and doc[j + 2].text == ")" and self._is_honorific(doc[j + 1]):
                j += 3  # "(Purn)"
                continue
            if self._is_honorific(doc[j]) and not (
                doc[j].lower_ in self.name_like and j + 1 < limit and not self._is_name_token(doc[j + 1])
            ):
                j += 1
                if j < limit and doc[j].text == "." and j > first:
                    j += 1  # "Letkol Inf. Rudi": a rank's dot the tokenizer wrote apart
                continue
            break
        start = j
        if j < limit and self._leading_initials(doc, j, limit):
            j += 1
        caps = j > first and all(self._is_honorific(doc[x]) or doc[x].text in ("(", ")") for x in range(first, j)) \
            or self._caps_run(doc, j, limit) >= 2 or self._lone_caps_name(doc, j, limit)
        while j < limit and j - start < 7:
            tok = doc[j]
            if caps and self._caps_name_token(tok):
                j += 1
                continue
            if tok.text == "." and j > start and len(doc[j - 1].text) == 1 and doc[j - 1].text.isupper():
                j += 1  # "R . Wahyu": an initial's dot written apart
                continue
            if j > start and self._is_honorific(tok) and j + 1 < limit and self._is_name_token(doc[j + 1]):
                # "Camat Sepatan H. Abudin": what stood before the honorific was the office's place
                j += 1
                start = j
                continue
            if j > start and _INITIALS.match(tok.text) and not self._is_degree(tok):
                j += 1  # "Joseph J.B. Tamala", "Herybertus G.L Nabit", trailing "Kaspul BJ"
                continue
            if j > start and self._closing_office_word(doc, j, limit):
                j += 1
                continue
            if not self._is_name_token(tok) or self._is_degree(tok) or tok.lower_ in self.name_enders:
                break
            j += 1
        # A dangling particle or initial at the end is not part of the name.
        while j > start and (doc[j - 1].lower_ in self.particles):
            j -= 1
        return start, j

    def _name_text(self, doc: TokenView, start: int, end: int) -> str:
        return _SPACES.sub(" ", " ".join(doc.words[start:end])).strip(" ,.")  # the plain words, no token objects

    def find(self, an: Analysis, sentences: list[int] | None = None) -> list[Person]:
        doc = an.view
        region_tokens = {t for m in an.regions for t in range(m.start, m.end)}  # one pass per article
        people: list[Person] = []
        wanted = set(sentences) if sentences is not None else None
        if "places" not in an.notes:  # once per article: the installer reader calls find sentence by sentence
            an.notes["places"] = self._article_places(an.text)
        self._places = an.notes["places"]
        role_matches = [m for m in an.matches if m.label == "ROLE" and (wanted is None or m.sent in wanted)]
        headline_like = {k for k in {m.sent for m in role_matches} if self._headline_case(an, an.sents[k])}
        role_matches = [m for m in role_matches if m.sent not in headline_like]
        # longest head at a position, no overlaps
        taken_until = -1
        for m in role_matches:
            if m.start < taken_until:
                continue
            head_tok = doc[m.start]
            lower_head = not head_tok.text[:1].isupper()
            if m.start > 0 and doc[m.start - 1].lower_ in self.document_words:
                taken_until = m.end
                continue
            sent = an.sents[m.sent]
            role_end = self._extend_role(doc, m.end, sent.end, region_tokens)
            taken_until = role_end
            if lower_head and role_end == m.end:
                continue  # "kepala dinas yang ...": a lower-case title needs an office after it
            person = None
            if fold(doc[m.start:m.end].text) in self.place_heads and self._apposed_before(an, m, sent.start):
                person = self._name_before(an, m, role_end, sent.start)  # "Yusuf Tamala Raja Maneoratu"
            elif fold(doc[m.start:m.end].text) in self.place_heads and m.start > sent.start and (
                    doc[m.start - 1].lower_ in self.as_words):
                # "Lasmini sebagai Kepala Desa Ngasem dan ...": the person stood before "sebagai"; the capitalised
                # words after the office are its place
                while role_end < min(sent.end, m.end + 3) and self.is_name_word(doc[role_end]):
                    role_end += 1
                taken_until = role_end
                person = self._name_before(an, m, role_end, sent.start)
                if person is not None:
                    people.append(person)
                continue
            person = person or self._name_after(an, m, role_end, sent.end, region_tokens)
            if person is not None:
                people.extend(self._second_of_pair(an, m, person, role_end, sent.end, region_tokens))
            if person is None:
                person = self._name_before(an, m, role_end, sent.start)
                if person is not None:
                    people.extend(self._first_of_pair(an, m, person, role_end, sent.start, region_tokens))
            if person is not None:
                people.append(person)
        people.extend(self._rosters(an, wanted))
        people.extend(self._with_region(an, wanted, region_tokens))
        people.extend(self._installed_listed(an, wanted, region_tokens))
        people.extend(self._quoted(an, wanted, region_tokens))
        return self._merge(self._without_bystanders(an, [p for p in people if not self.phrase_of_the_language(p.name)]))

    def _quoted(self, an: Analysis, wanted: set[int] | None, region_tokens: set[int]) -> list[Person]:
        """"..., kata Rahmat Chrisman Zai": a speaker of two or more name words, title unknown."""
        doc = an.view
        out = []
        lowers = an.lowers
        if "speech_at" not in an.notes:  # once per article: the installer reader calls find sentence by sentence
            an.notes["speech_at"] = [i for i, w in enumerate(lowers) if w in self.speech_verbs]
        for i in an.notes["speech_at"]:
            if i + 2 >= len(lowers):
                continue
            k = an.sent_of[i]
            if k in an.skip or (wanted is not None and k not in wanted):
                continue
            start, end = self._read_name(doc, i + 1, an.sents[k].end)
            if end - start >= 2 and not any(t in region_tokens for t in range(start, end)) and end < len(doc):
                out.append(Person(self._name_text(doc, start, end), "", "", k, start, end, start, start))
        return out

    @staticmethod
    def _headline_case(an: Analysis, sent) -> bool:
        """A headline in title case ("Bupati Lobar Lantik 24 Kades"): capitals say nothing about names there."""
        toks = [w for w in an.words[sent.start : sent.end] if not w.isspace()]
        if not toks or toks[-1][-1:] in (".", "!", "?", "”", '"') or len(toks) > 25:
            return False  # headlines carry no final stop (a degree's dot ends a sentence too: "..., M.Si.")
        words = [w for w in toks if w.isalpha() and len(w) > 3]
        return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.85 * len(words)

    def _name_after(self, an: Analysis, m, role_end: int, limit: int, region_tokens: set[int]) -> Person | None:
        doc = an.view
        j = role_end
        skipped = 0
        relative = False  # "Anggota yang diambil sumpahnya adalah Siti Maryam": the appointment's words after "yang"
        while j < limit and skipped < 5 and (doc[j].lower_ in self.g.link_forward
                                             or relative and doc[j].lower_ in self.appointed_words):
            relative = relative or doc[j].lower_ == "yang"
            j += 1
            skipped += 1
        start, end = self._read_name(doc, j, limit)
        if end <= start:
            return None
        if j == role_end and role_end > m.end and doc[role_end - 1].lower_ in self.named_bodies:
            # "Direktur RSUD Tjitrowardojo", "Dirut PDAM Tirta Kencana": the words right after a body that
            # carries a name of its own are that name; its holder comes after a comma or an honorific
            at = end + (1 if end < limit and doc[end].text == "," else 0)
            if at < limit and (at > end or self._is_honorific(doc[at])):
                s2, e2 = self._read_name(doc, at, limit)
                if e2 > s2:
                    return self._person(an, m, at, s2, e2)
            return None
        if "," in {doc[x].text for x in range(role_end, j)}:
            nxt = end
            while nxt < min(limit, end + 3) and doc[nxt].text[:1].isupper():
                nxt += 1
            if nxt < limit and doc[nxt].lower_ in self.as_words:
                return None  # "Pj Bupati Bone, Setiawan sebagai Pj Bupati Takalar": Setiawan is the next role's
            if end < limit and doc[end].lower_ in self.head_words and doc[end].text.istitle() and (
                    end + 1 < limit and doc[end + 1].text[:1].isupper()):
                return None  # "Pj Bupati X, Sulpakar Penjabat Bupati Mesuji": the name stands before its title
        if fold(doc[m.start:m.end].text) in self.place_heads and role_end == m.end == j and not _INITIAL.match(
                doc[start].text) and (end - start >= 3 or end - start == 2 and doc[start].text in self._places):
            # ("Kepala Desa I Made Diksa": a Balinese name's "I" is no place)
            # "Camat Sepatan Budi Hartono": the first word is the place; so is it in "Camat Jekulo Nuryanto" when
            # the article writes "Kecamatan Jekulo" elsewhere
            start += 1
            while end - start >= 2 and doc[start].text in self.place_suffixes:
                start += 1  # "Camat Cikarang Utara Ahmad Fauzi"
        name_has_region = any(t in region_tokens for t in range(start, end))
        if name_has_region:
            # "Kepala Kantor Wilayah Bali Nusa Tenggara Papua, Kuncoro ...": the capitalised words were the office.
            k = end
            if k < limit and doc[k].text == ",":
                s2, e2 = self._read_name(doc, k + 1, limit)
                if e2 > s2 and not any(t in region_tokens for t in range(s2, e2)):
                    return self._person(an, m, end, s2, e2)
            return None
        if end - start == 1 and end + 1 < limit and doc[end].text == "," and self._is_honorific(doc[end + 1]):
            # "Dekan FK Unair, Prof. Dr. Budi Santoso": one word before a titled name was the office's
            s2, e2 = self._read_name(doc, end + 1, limit)
            if e2 - s2 >= 2:
                return self._person(an, m, end, s2, e2)
        if role_end == m.end and j == role_end:
            # "Kajari Limboto, Supriyanto", "Gubernur Nusa Tenggar Barat (NTB), Zulkieflimansyah": a bare title,
            # capitalised words the gazetteer does not know, then a comma and a name: those words were the place
            k = end
            if k + 2 < limit and doc[k].text == "(" and doc[k + 2].text == ")" and doc[k + 1].text.isupper():
                k += 3
            if k + 1 < limit and doc[k].text == "," and end - start <= 3:
                s2, e2 = self._read_name(doc, k + 1, limit)
                after = doc[e2].text if e2 < limit else "."
                if e2 > s2 and not any(t in region_tokens for t in range(s2, e2)) and (
                        after in (",", ".", ";", ")", "(") or doc[e2].lower_ in self.g.link_back
                        or e2 < limit and self._is_degree(doc[e2])):  # "Camat Sepatan, H. Abudin SIP MM"
                    return self._person(an, m, k, s2, e2)
        if end - start == 1 and end < limit and doc[end].lower_ in self.place_words:
            return None  # "Raja Kaloa Kecamatan Seram Utara": a place, the person is named before the title
        if end - start == 1 and role_end == m.end == j == start and fold(doc[m.start:m.end].text) in self.place_heads and (
                end < limit and not doc[end].text[:1].isupper() and doc[end].text not in (",", ".", ";", ")")):
            return None  # "ujar Camat Sepatan dalam sambutannya": the one word after the office is its place
        return self._person(an, m, role_end, start, end)

    def _apposed_before(self, an: Analysis, m, sent_start: int) -> bool:
        """"Sulpakar Penjabat Bupati Mesuji dan Zaidirina Penjabat Bupati Tulang Bawang Barat", "Yusuf Tamala Raja
        Maneoratu": in a list, a name may stand right before its capitalised title, the item opened by a
        separator or the sentence start."""
        doc = an.view
        if not doc[m.start].text[:1].isupper() or m.end >= len(doc) or not doc[m.end].text[:1].isupper():
            return False  # "Hayarna Hakim, S.H.": a title word alone after a name is the name's own
        k = m.start - 1
        n = 0
        while k >= sent_start and n < 5 and (self._is_name_token(doc[k]) or _INITIALS.match(doc[k].text)
                                             or doc[k].text == "."):
            k -= 1
            n += 1
        if n == 0 or (n == 1 and self._language_word(doc[m.start - 1].text)):
            return False
        return k < sent_start or doc[k].text in (",", ";", ":", "/") or doc[k].lower_ in self.g.conjunctions or (
            doc[k].lower_ in self.g.link_forward)

    def _name_before(self, an: Analysis, m, role_end: int, sent_start: int) -> Person | None:
        """`Muhammad Abidin, S.E., Kepala ...` / `I Made Diksa selaku Perbekel ...` / `Nama (Perbekel ...)`."""
        doc = an.view
        k = m.start - 1
        steps = 0
        appointed = False  # "X (resmi) dilantik sebagai Kepala Dinas ...": the verb of the appointment stands between
        while k >= sent_start and steps < 14 and (
            doc[k].text in (",", "(", ";") or self._is_degree(doc[k]) or doc[k].lower_ in self.g.link_back
            or doc[k].text == "." or appointed and doc[k].lower_ in self.appointed_words
        ):
            appointed = appointed or doc[k].lower_ in self.g.become_words | self.g.holding_verbs
            k -= 1
            steps += 1
        if k < sent_start:
            return None
        if steps == 0 and not self._apposed_before(an, m, sent_start):
            return None
        end = k + 1
        start = end
        if end - 2 >= sent_start and _INITIALS.match(doc[end - 1].text) and not self._is_degree(doc[end - 1]) \
                and self._is_name_token(doc[end - 2]):
            start = end - 1  # "melantik Kaspul BJ sebagai Sekda": a trailing initial ends the name
        regions = {t for r in an.regions_in(m.sent) for t in range(r.start, r.end)}
        listed = doc[k + 1].lower_ in self.as_words if k + 1 < len(doc) else False
        while start > sent_start and end - start < 6 and (start - 1 not in regions) and (
            self._is_name_token(doc[start - 1]) or (
                # "Afgan Kusuma Negara sebagai Kepala Dinas ...": before "sebagai" a listed name may end in a
                # word that is also an office word
                listed and end - start < 2 and doc[start - 1].text.isalpha() and doc[start - 1].text.istitle()
                and doc[start - 1].lower_ not in self.head_words and start - 2 >= sent_start
                and self._is_name_token(doc[start - 2]))
        ):
            start -= 1
        while start < end and (self._is_honorific(doc[start]) or doc[start].lower_ in self.particles):
            start += 1
        # "Staf Ahli Bidang Ekonomi Markus Wenda sebagai Pj Bupati": read backwards, the name ends where an
        # office's own words begin (the role before it, or its field)
        if end - start >= 3 and any(doc[x].lower_ in self.g.field_heads for x in range(max(sent_start, start - 6), start)):
            while end - start > 2 and self._language_word(doc[start].text):
                start += 1
        if end <= start or (end - start == 1 and _INITIAL.match(doc[start].text)):
            return None
        return self._person(an, m, role_end, start, end)

    def _person(self, an: Analysis, m, role_end: int, start: int, end: int) -> Person | None:
        doc = an.view
        if end >= len(doc):
            return None  # the text is cut inside the name
        if end - start == 1 and any(r.start <= start < r.end for r in an.regions_in(m.sent)):
            return None  # "Gubernur Banten": a region, not a name
        name = self._name_text(doc, start, end)
        if not name or len(name) < 3 or fold(name) in self.not_name:
            return None
        if any(x.label.startswith("INDEX:") and x.start < end and start < x.end for x in an.matches_in(m.sent)):
            return None  # "Sistem Merit": an index's name
        if end - start == 1 and self._common_word(doc, start, end) and not self._listed_before_role(an, m, start, end) \
                and not self._closed_after_place(an, role_end, start, end):
            return None  # "Sehat", "Ekonomi", "Madani": a single word of the language is no name
        role = doc[m.start:role_end].text.strip(" ,")
        return Person(name, role, doc[m.start].lower_.rstrip("."), m.sent, start, end, m.start, role_end)

    def _listed_before_role(self, an: Analysis, m, start: int, end: int) -> bool:
        """"Mereka adalah Muflihun, Pj Wali Kota Pekanbaru; Hambali, Pj Bupati Kampar": an item of a list, one
        word then a comma and its title, is a name even when the word is also in the dictionary (a root word,
        not a derived one such as "Terakhir")."""
        from extract.morph import root

        doc = an.view
        if not (end + 1 == m.start and doc[end].text == "," and start > an.sents[m.sent].start):
            return False
        before = doc[start - 1].lower_
        low = fold(doc[start].text)
        return (before in self.g.list_coordinators or before in self.g.link_forward) and root(low) == low

    def _closed_after_place(self, an: Analysis, role_end: int, start: int, end: int) -> bool:
        """"Pj Bupati Lombok Barat Ilham.", "Bupati Sleman Harda dan ...": one root word right after an office with
        its region, closing the phrase, is the holder's name even when the dictionary has it."""
        from extract.morph import root

        doc = an.view
        if start != role_end or end >= len(doc) or not any(r.start <= start - 1 < r.end for r in an.regions_in(an.sent_of[start])):
            return False
        closing = doc[end].text in (",", ".", ";", ")") or doc[end].lower_ in self.g.conjunctions
        low = fold(doc[start].text)
        return closing and doc[start].text.istitle() and root(low) == low

    def _merge(self, people: list[Person]) -> list[Person]:
        """One entry per person: drop repeats and short forms of a longer name the article gives."""
        from rapidfuzz import fuzz

        out: list[Person] = []
        keys: list[str] = []  # fold(name) of each kept person, and without spaces: folded once, not per pair
        squashes: list[str] = []
        for p in people:
            key = fold(p.name)
            squashed = key.replace(" ", "")
            if any(k == key or s == squashed for k, s in zip(keys, squashes, strict=True)):
                continue  # "Indrata Nur Bayuaji" / "Indrata Nur Bayu Aji"
            if len(squashed) >= 6 and any(fuzz.ratio(squashed, s) >= 88 for s in squashes):
                continue  # a misspelling of a name already given ("Sastriadi" / "Satriadi")
            out.append(p)
            keys.append(key)
            squashes.append(squashed)
        words = [k.split() for k in keys]
        result = []
        for i, p in enumerate(out):
            tokens = words[i]
            longer = [q for j, q in enumerate(out) if q is not p and len(words[j]) > len(tokens)
                      and all(t in words[j] for t in tokens)]
            if longer:
                if not longer[0].role:
                    longer[0].role, longer[0].head = p.role, p.head  # the quoted full name takes the title
                continue
            if len(tokens) == 1:
                # "Bupati Yes": a one-word name under a bare title, when the article names one holder of it.
                same_head = [q for j, q in enumerate(out) if q is not p and q.head == p.head and len(words[j]) > 1]
                if len(same_head) == 1 and fold(p.role) == p.head:
                    continue
            result.append(p)
        return result
