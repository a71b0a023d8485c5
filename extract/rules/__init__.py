"""The event rules: agreement signings, inaugurations and index reports, read from an analysed article.

Every rule starts from a trigger sentence (see `components.TriggerMatcher`), rejects plans and announcements,
and fills the fields of `shared/spec/events.md` from that sentence, its neighbours and the article context
(title, dateline, publication date). Each event carries `_rule` and `_sents` so `--explain` can show why it
exists; the public output strips them.

Modules: `context` (article facts and shared helpers), `signing`, `inauguration`, `index_report` (per event
type), on the general readers `values` (the values of a sentence), `enumeration` (which regions own them),
`years` (the year assessed) and `announce` (the day a result was announced).
"""

from __future__ import annotations

import re
from typing import Any

from extract.analysis import Analysis
from extract.lexicon import Lexicon, alternation, fold
from extract.people import PeopleFinder
from extract.rules.announce import AnnounceDateReader
from extract.rules.ceremony_lists import InstalledListReader
from extract.rules.context import Context, ContextRules, Value
from extract.rules.counts import CountRules
from extract.rules.enumeration import EnumerationReader
from extract.rules.inauguration import InaugurationRules
from extract.rules.index_report import IndexReportRules
from extract.rules.installer import InstallerReader
from extract.rules.other_acts import OtherActRules
from extract.rules.signing import SigningRules
from extract.rules.values import ValueReader
from extract.rules.years import YearReader

__all__ = ["Context", "EventRules", "Value"]


class EventRules(ContextRules, SigningRules, InaugurationRules, InstallerReader, InstalledListReader, CountRules, OtherActRules,
                 IndexReportRules, ValueReader, EnumerationReader, YearReader, AnnounceDateReader):
    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.g = lex.grammar  # function words by role (data/grammar.toml)
        self.inaug_context_labels = frozenset({"INAUG_EXCLUDE", "INAUG_GOVBODY"})  # context, not verbs
        self.finder = PeopleFinder(lex)
        ev = lex.raw["events"]
        idx = lex.raw["indices"]
        self.near_window = int(ev["plans"]["near_window"])
        self.kind_prefer = list(ev["signing"]["restatement"]["prefer"])
        self.generic_positions = {fold(w) for w in ev["inauguration"]["generic_positions"]}
        self.position_enumerators = {fold(w) for w in ev["inauguration"]["position_enumerators"]}
        self.sequence_markers = {fold(w) for w in ev["signing"]["sequence_markers"]}
        self.further_markers = {fold(w) for w in ev["signing"]["further_markers"]}
        self.anaphora = {fold(w) for w in ev["signing"]["anaphora"]}
        self.agreement_heads = {fold(w) for w in ev["signing"]["agreement_heads"]}
        self.confirm_verbs = {fold(w) for w in ev["inauguration"]["confirm_verbs"]}
        self.generic_officers = {fold(w) for w in ev["inauguration"]["generic_officers"]}
        self.singular_offices = sorted((fold(w) for w in ev["inauguration"]["singular_offices"]), key=len,
                                       reverse=True)
        self.pair_offices = [fold(w) for w in ev["inauguration"]["pair_offices"]]
        self.head_plurals = [fold(w) for w in ev["inauguration"]["head_plurals"]]
        self.pair_nouns = {fold(w) for w in ev["inauguration"]["pair_nouns"]}
        self.pair_plurals = [fold(w) for w in ev["inauguration"]["acting_plurals"]]
        self.open_list = int(ev["inauguration"]["open_list"])
        self.plain_plurals = [fold(w) for w in ev["inauguration"]["plain_plurals"]]
        self.list_window = int(ev["inauguration"]["list_window"])
        self.office_modifiers = {fold(w) for w in lex.raw["regions"]["cue_modifiers"]}
        self.acting_words = {fold(w) for w in ev["inauguration"]["acting_heads"]}
        self.government_words = [fold(w) for w in ev["government"]["words"]]
        self.active_verbs = {fold(w).split()[0] for w in ev["inauguration"]["active_verbs"]}
        self.singular_subjects = {fold(w) for w in ev["inauguration"]["singular_subjects"]}
        self.clause_stops = {fold(w) for w in ev["signing"]["clause_year_stops"]}
        self.subject_stops = {fold(w) for w in ev["signing"]["subject_year_stops"]}
        self.subject_words = {fold(w) for w in ev["signing"]["subject_words"]}
        self.reference_markers = {fold(w) for w in ev["inauguration"]["reference_markers"]}
        self.earlier_markers = {fold(w) for w in ev["inauguration"]["earlier_markers"]}
        self.since_markers = {fold(w) for w in ev["inauguration"]["since_markers"]}
        self.agent_fillers = {fold(w) for w in ev["inauguration"]["agent_fillers"]}
        self.lead_verbs = {fold(w) for w in ev["inauguration"]["lead_verbs"]}
        self.position_heads = [fold(p) for p in ev["inauguration"]["position_heads"]]
        self.position_first = {p.split()[0] for p in self.position_heads} | {"orang"}
        self.venue_heads = {fold(h) for h in ev["venue"]["heads"]}
        self.venue_cont = {fold(w) for w in ev["venue"]["continuations"]}
        self.index_spec = {k: v for k, v in idx.items() if isinstance(v, dict) and "labels" in v}
        self.below_zero = {k: {fold(w) for w in v.get("below_zero", ())} for k, v in self.index_spec.items()}
        self.grades = {k: v for k, v in idx["grades"].items()}
        self.opinions = {fold(k): v for k, v in idx["opinions"].items()}
        self.opinion_starts = {k.split()[0] for k in self.opinions}
        self.zones = {fold(k): v for k, v in idx["zones"].items()}
        self.categories = sorted((fold(w) for w in idx["categories"]["words"]), key=len, reverse=True)
        self.fillers = {fold(w) for w in idx["fillers"]["words"]}
        self.rank_words = {fold(w) for w in idx["ranks"]["words"]}
        self.count_nouns = {fold(w) for w in idx["count_nouns"]["words"]}
        self.group_nouns = {fold(w) for w in idx["group_nouns"]["words"]}
        self.aggregate = [fold(w) for w in idx["aggregate"]["markers"]]
        self.grade_cues = {fold(w) for w in idx["grade_cues"]["words"]}
        self.strong_announce = {fold(w) for w in idx["announce_strong"]["words"]}
        self.statistics = set(idx["statistics"]["keys"])
        self.vague_days = [fold(w) for w in idx["announce_vague"]["phrases"]]
        self.result_nouns = {fold(w) for w in idx["result_nouns"]["words"]}
        self.other_measures = {fold(w) for w in idx["other_measures"]["words"]}
        self.share_words = {fold(w) for w in idx["targets"]["shares"]}
        self.yardstick_links = [fold(w) for w in idx["enumeration"]["yardstick_links"]]
        self.distributive_words = {fold(w) for w in idx["enumeration"]["distributive"]}
        self.class_subjects = [fold(w) for w in idx["enumeration"]["class_subjects"]]
        self.known_acronyms = {fold(w) for w in idx["enumeration"]["own_acronyms"]}
        self.yardstick_words = {fold(w) for w in idx["enumeration"]["yardstick_words"]}
        self.yardstick_aggregates = {fold(w) for w in idx["enumeration"]["yardstick_aggregates"]}
        self.other_occasions = {fold(w) for w in idx["enumeration"]["other_occasions"]}
        self.passive_owners = {fold(w) for w in idx["enumeration"]["passive_owners"]}
        self.frame_links = [fold(w) for w in idx["enumeration"]["frame_links"]]
        self.handover_verbs = {fold(w) for w in idx["enumeration"]["handover_verbs"]}
        self.item_marks = frozenset(idx["enumeration"]["item_marks"])
        self.year_lag = {k: int(v) for k, v in idx["year_lag"].items()}
        self.this_year_lag = {k: int(v) for k, v in idx["year_lag_this_year"].items()}
        self.speech_verbs = {fold(w) for w in lex.raw["people"]["speech_verbs"]}
        self.announce_roots_strong = frozenset(idx["announce_roots"]["strong"])
        self.announce_roots_weak = frozenset(idx["announce_roots"]["weak"])
        self._word_strength: dict[str, str | None] = {}  # word -> announce strength, filled as words are seen
        self.delta_words = {fold(w) for w in idx["delta"]["words"]}
        self.attainment = {fold(w) for w in idx["attainment"]["words"]}
        self.enumerators = {fold(w) for w in idx["enumerators"]["words"]}
        self.comparison_words = {fold(w) for w in idx["comparison"]["words"]}
        self.comparison_from = {fold(w) for w in idx["comparison"]["from_words"]}
        self.comparison_after = {fold(w) for w in idx["comparison"]["after_words"]}
        self.comparison_links = {fold(w) for w in idx["comparison"]["after_links"]}
        self.institution_prefixes = [fold(w) for w in idx["institution_names"]["prefixes"]]
        self.assessors = {fold(w) for w in idx["assessor_offices"]["words"]}
        self.value_then_label = {fold(w) for w in idx["value_then_label"]["words"]}
        self.scale_nouns = {fold(w) for w in idx["scale_nouns"]["words"]}
        self.target_words = {fold(w) for w in idx["targets"]["words"]}
        self.purposes = {fold(w) for w in idx["targets"]["purposes"]}
        self.aims = {fold(w) for w in idx["targets"]["aims"]}
        self.thresholds = [fold(w).split() for w in idx["targets"]["thresholds"]]
        self.gap_words = {fold(w) for w in idx["targets"]["gaps"]}
        self.agency_heads = [fold(w).split() for w in idx["enumeration"]["agency_heads"]]
        self.same_value_phrases = [fold(w).split() for w in idx["enumeration"]["same_value"]]
        self.anaphora_levels = {fold(k): v for k, v in idx["anaphora_levels"].items()}
        self.organisation_heads = {fold(w) for w in idx["enumeration"]["organisation_heads"]}
        self.receive_verbs = {fold(w) for w in idx["enumeration"]["receive_verbs"]}
        self.group_companions = {fold(w) for w in idx["enumeration"]["group_companions"]}
        self.award_names = [fold(w).split() for w in idx["awards"]["names"]]
        self.award_verbs = {fold(w) for w in idx["awards"]["verbs"]}
        self.award_fillers = {fold(w) for w in idx["awards"]["before_name"]}
        self.change_verbs = {fold(w) for w in idx["targets"]["change_verbs"]}
        self.new_level_links = {fold(w) for w in idx["targets"]["new_level_links"]}
        self.negations = {fold(w) for w in idx["targets"]["negations"]}
        self.negation_breaks = {fold(w) for w in idx["targets"]["negation_breaks"]}
        self.vague_counts = {fold(w) for w in idx["enumeration"]["vague_counts"]}
        self.levels = sorted({fold(w) for w in idx["levels"]["words"]}, key=len, reverse=True)
        self.level_indices = set(idx["levels"]["indices"])
        self.level_cues = {fold(w) for w in idx["levels"]["cues"]}
        self.category_value_cues = {fold(w) for w in idx["categories"]["cues"]}
        self.categorical_cues = set(self.g.zone_heads) | set(self.opinion_starts) | set(self.opinions) | (
            self.category_value_cues)
        self.election_words = tuple(ev["signing"]["election_words"])
        self.election_modifiers = tuple(ev["signing"]["election_modifiers"])
        self._compile_patterns()

    def _compile_patterns(self) -> None:
        """The phrase patterns of the rules, built from the data once (the words are in grammar.toml)."""
        g = self.g
        year, units = alternation(g.year_nouns), alternation(g.unit_words)
        self.relative_years = g.earlier_years | g.this_years
        self.earlier_year = re.compile(rf"\b(?:{year}) (?:{alternation(g.earlier_years)})\b")  # "tahun lalu"
        self.this_year = re.compile(rf"\b(?:{year}) (?:{alternation(g.this_years)})\b")  # "tahun ini"
        self.ago_year = re.compile(rf"(?:(?:{alternation(g.year_value_units)}) )?(?:{year}) (?:{alternation(g.ago_years)})\b")
        self.before_end = re.compile(rf"\b(?:{alternation(g.before_words)})$")  # "tahun sebelumnya"
        self.from_word = re.compile(rf"\b(?:{alternation(g.from_words)})\b")
        # "88,5 (berkategori sangat baik)", "60,2 poin atau predikat BB": the category or grade given with a number
        lead = rf"^(?:(?:{units}) )?(?:\( ?)?"
        self.category_predicate = {cat: re.compile(rf"{lead}(?:(?:{alternation(g.predicate_links)}) )?{re.escape(cat)}\b")
                                   for cat in self.categories}
        grades = alternation(fold(k) for k in self.grades)
        self.grade_predicate = re.compile(rf"{lead}(?:(?:{alternation(g.restatement_links)}) )?"
                                          rf"(?:(?:{alternation(g.grade_predicate_links)}) )?\"?(?:{grades})\b")

    # ------------------------------------------------------------------ entry
    def extract(self, an: Analysis, article: dict[str, Any]) -> list[dict[str, Any]]:
        ctx = Context(an, article, self.lex, self.finder, an.live_sentences())
        gated = {m.sent for m in an.matches if m.label.startswith(("SIGN_", "INAUG", "INDEX:"))}
        title_gated = an.title is not None and any(
            m.label.startswith(("SIGN_", "INAUG", "INDEX:")) for m in an.title.matches
        )
        if not gated and not title_gated:
            return []  # the trigger gate: nothing here can be an event
        events: list[dict[str, Any]] = []
        events += self.signings(ctx)
        events += self.inaugurations(ctx)
        events += self.index_reports(ctx)
        if events:
            self.attach_people(ctx, events)
        return events

