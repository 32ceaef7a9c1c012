"""Compare two claims: figure, date, negation and knowledge steps, then the learned decision.

Relations: duplicate (same fact, compatible figures and dates), conflict (same statement, incompatible
figures, dates, a denial or an opposite outcome), related (same topic, another fact, or the same words about
another event), unrelated. `probability` is the calibrated probability of a duplicate, `score` 100 x that
(it ranks pairs as people do: STS dev Spearman 0.79); every piece of knowledge that fired is in `reasons`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from workbench.core import figures as fig
from workbench.core.figures.ordinals import ordinal_text, ordinals_clash
from workbench.core.language.law_names import codes_apart
from workbench.core.match import anchor, decision, knowledge
from workbench.core.match.act_in_relative import act_in_relative
from workbench.core.match.acts import other_act
from workbench.core.match.anchor import anchor_floor, clash_floor, opposed_floor, other_count, same_statement
from workbench.core.match.as_written import as_written, shown
from workbench.core.match.background import background_apart
from workbench.core.match.background_acts import acts_after_one_event
from workbench.core.match.begun_since import held_before_start
from workbench.core.match.bodies_by_kind import bodies_apart, body_by_kind
from workbench.core.match.body_owners import owners_apart
from workbench.core.match.border_sides import neighbours_left_out
from workbench.core.match.capacities import capacity_apart
from workbench.core.match.capital_places import capital_place
from workbench.core.match.claim_view import ClaimView, claim_view
from workbench.core.match.clock_times import clock_times_apart
from workbench.core.match.comparisons_reversed import yardsticks_apart
from workbench.core.match.cores import clauses_clash
from workbench.core.match.date_step import date_step
from workbench.core.match.denied_scope import negated_opposite
from workbench.core.match.destinations import destination_swapped
from workbench.core.match.doers import doers_apart
from workbench.core.match.events import EventContext, distinctive, same_event
from workbench.core.match.exclusive_sorts import sorts_apart
from workbench.core.match.facility_towns import facility_town_apart
from workbench.core.match.figure_acts import acts_of_figures
from workbench.core.match.figure_anchors import figures_floor, multiples_told
from workbench.core.match.first_records import records_apart
from workbench.core.match.granted_things import granted_apart
from workbench.core.match.held_shares import shares_held
from workbench.core.match.inside_outside import inside_and_outside
from workbench.core.match.kind_slots import members_apart
from workbench.core.match.measure_senses import senses_apart
from workbench.core.match.measured_things import measures_apart
from workbench.core.match.measures_on import measures_on_apart
from workbench.core.match.moved_or_stayed import moved_or_stayed
from workbench.core.match.named_after_target import doers_of_one_target
from workbench.core.match.named_judges import judges_apart
from workbench.core.match.named_objects import names_apart
from workbench.core.match.named_sayers import sayers_named_apart
from workbench.core.match.negation_step import negation_step
from workbench.core.match.normalize import Normalized, normalize
from workbench.core.match.one_act_two_things import one_act_two_things
from workbench.core.match.one_destination import destinations_apart
from workbench.core.match.one_doer_acts import one_doer_acts
from workbench.core.match.one_slot import one_slot_floor
from workbench.core.match.one_winner import two_winners
from workbench.core.match.opinions import views_apart
from workbench.core.match.opposite_step import opposite_outcome
from workbench.core.match.ordinal_members import ordinal_member_apart
from workbench.core.match.ordinal_units import ordinal_units_apart
from workbench.core.match.others_summed import others_summed
from workbench.core.match.pair_features import overlaps, surface_scores, wording_overlaps
from workbench.core.match.participants import participants_told
from workbench.core.match.penalty_offences import offences_apart
from workbench.core.match.periods import periods_apart
from workbench.core.match.place_names import places_differ_unnamed
from workbench.core.match.planned_done import planned_apart
from workbench.core.match.reciprocal_doers import reciprocal_doers_apart
from workbench.core.match.record_spans import record_against_span
from workbench.core.match.regions_told import country_by_region, regions_apart
from workbench.core.match.regulators import regulator_named, regulators_apart
from workbench.core.match.relative_times import relative_times_apart
from workbench.core.match.roles import roles_swapped
from workbench.core.match.ruled_out import calm_or_disorder
from workbench.core.match.rulings import rulings_apart
from workbench.core.match.said_acts import said_acts_apart
from workbench.core.match.said_plans import said_plan_apart
from workbench.core.match.same_place import places_alike
from workbench.core.match.sayer_names import sayer_names_apart
from workbench.core.match.scoring import (
    DEFAULT_SCORER,
    VARIANT_RATIO,
    Scorer,
    token_skeleton,
)
from workbench.core.match.spelt_names import spell_out
from workbench.core.match.states_by_kind import state_by_kind, states_apart
from workbench.core.match.sum_slots import slots_apart
from workbench.core.match.surname_only import surname_only
from workbench.core.match.told_two_ways import told_two_ways
from workbench.core.match.two_subjects import subjects_apart
from workbench.core.match.vote_sides import sides_apart
from workbench.core.match.while_denied import while_denied
from workbench.core.match.whole_fates import fates_agree, fates_apart, part_against_whole
from workbench.core.model import Quantity
from workbench.core.vocab import Relation

#: Weight of one figure in the token alignment (a content word weighs about 1).
NUMBER_WEIGHT = 1.5
#: The relations' values, read once (an enum member's `.value` is a descriptor call per pair).
_UNRELATED, _RELATED = Relation.UNRELATED.value, Relation.RELATED.value
_CONFLICT, _DUPLICATE = Relation.CONFLICT.value, Relation.DUPLICATE.value


@dataclass
class Comparison:
    score: float  # 0-100 (see the module docstring)
    relation: str  # duplicate | conflict | related | unrelated
    reasons: list[str] = field(default_factory=list)
    probability: float = 0.0  # probability of a duplicate (calibrated, 0-1)
    features: dict[str, float] = field(default_factory=dict, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {"score": self.score, "relation": self.relation, "probability": self.probability,
                "reasons": list(self.reasons)}


@dataclass
class _FigureStep:
    check: fig.FigureCheck
    na: Normalized
    nb: Normalized
    matched_agree: float
    matched_all: float
    extra_a: float
    extra_b: float


def _figure_step(na: Normalized, nb: Normalized, qa: list[Quantity], qb: list[Quantity],
                 va: ClaimView, vb: ClaimView, texts: tuple[str, str]) -> _FigureStep:
    """Pair the figures. Paired figures fill the same slot of the statement (and absorb what they
    count), whether or not the values agree: "300 advisers" / "3,000 advisers" is one shape. A
    figure glossing an agreeing one in brackets, or told as an aside, is no figure of its own
    (`fig.without_glosses`, `fig.without_asides`); a span told as a time limit is no length of time
    told by the other claim (`fig.limits_apart`)."""
    check = fig.without_glosses(fig.pair_figures(qa, qb, acts_of_figures(*texts, qa, qb)), *texts, qa, qb)
    check = fig.without_asides(fig.limits_apart(check, *texts), *texts)
    check = participants_told(multiples_told(check, *texts), *texts)  # a multiple told; "800 participants" / "80 joined"
    check = shares_held(others_summed(check, *texts), *texts)  # "two officials and five other people" / "seven people" (`others_summed`)
    counted_a = {t for q, _, _ in check.pairs for t in fig.counted_stems(q)}
    counted_b = {t for _, r, _ in check.pairs for t in fig.counted_stems(r)}
    absorbed = 0.0
    if counted_a or counted_b:
        ta = [t for t in na.tokens if t not in counted_a or t in vb.tokens]
        tb = [t for t in nb.tokens if t not in counted_b or t in va.tokens]
        if len(ta) != len(na.tokens) or len(tb) != len(nb.tokens):  # else nothing is absorbed
            absorbed = 0.5 * ((len(va.tokens) - len(set(ta))) + (len(vb.tokens) - len(set(tb))))
            na = Normalized(na.text, ta, na.numbers, na.negated, na.proper, na.words)
            nb = Normalized(nb.text, tb, nb.numbers, nb.negated, nb.proper, nb.words)
    n_pairs = len(check.pairs)
    n_agree = len(check.agreements) + len(check.year_agreements)
    return _FigureStep(
        check, na, nb, matched_agree=NUMBER_WEIGHT * n_agree + absorbed,
        matched_all=NUMBER_WEIGHT * n_pairs + absorbed,
        extra_a=NUMBER_WEIGHT * (n_pairs + len(check.unpaired_a)) + absorbed,
        extra_b=NUMBER_WEIGHT * (n_pairs + len(check.unpaired_b)) + absorbed)


def _unmatched_names(va: ClaimView, vb: ClaimView) -> set[str]:
    """Names of A (`_names`) missing from B, spelling variants counted as present ("Hama" / "Hamah")."""
    tb = vb.tokens
    out = set()
    for t in va.names:
        if t in tb:
            continue
        if len(t) >= 4 and (token_skeleton(t) in vb.variant_keys
                            or any(fuzz.ratio(t, u) >= VARIANT_RATIO for u in vb.long_tokens)):
            continue
        out.add(t)
    return out


def shared_anchor(na: Normalized, nb: Normalized, check: fig.FigureCheck, dates: knowledge.DateCheck,
                  entity_weights: dict[str, float] | None) -> str | None:
    """What the two claims themselves share that ties them to one event: a name or place that is
    not in most of the project's articles (`events.distinctive`), an agreeing figure, or the same
    date. None for claims that share only common words ("The pirates escaped." / "The pirates
    tried to flee.")."""
    names = sorted(t for t in (na.proper & nb.proper) - knowledge.NOT_NAMES
                   if len(t) >= 3 and t in na.tokens and t in nb.tokens and distinctive(t, entity_weights))
    if names:
        return f"the claims share {', '.join(names[:3])}"
    if check.agreements or set(na.numbers) & set(nb.numbers):
        return "the claims share a figure"
    if dates.verdict == knowledge.DATES_AGREE:
        return "the claims share a date"
    return None


def copy_anchored(n: Normalized, quantities: list[Quantity], dates: list | None,
                  entity_weights: dict[str, float] | None) -> bool:
    """`shared_anchor` for a claim and an exact copy of itself (exact copies are linked before any
    comparison): does it name something distinctive, give a figure or a date?"""
    check = fig.pair_figures(quantities, quantities)
    return shared_anchor(n, n, check, knowledge.compare_dates(dates, dates), entity_weights) is not None


def _other_fact(place_a: str | None, place_b: str | None, events_a: AbstractSet[str], events_b: AbstractSet[str],
                written: tuple[frozenset[str], frozenset[str]]) -> str | None:
    """Another place (one the other claim does not name: `places_differ_unnamed`) or actor in the
    same slot, or another event: a different fact in similar words."""
    # (a facility told with its town against another town: `facility_towns`)
    return (knowledge.events_differ(events_a, events_b) or places_differ_unnamed(place_a, place_b, *written)
            or facility_town_apart(place_a, place_b, *written))


@dataclass(slots=True)
class GateView:
    """What `never_linked` reads of one claim, computed once per claim (`gate.gate_view`)."""

    place: str | None
    events: AbstractSet[str]  # a shared frozenset when `matching.prepare` read it
    dates: knowledge.ReadDates
    context: EventContext | None
    written: frozenset[str] = frozenset()  # `place_names.names_written`
    once: bool = False  # tells an act that happens once (`once_only`): its dates far apart may clash


def never_linked(a: GateView, b: GateView, entity_weights: dict[str, float] | None = None) -> bool:
    """True when `compare_normalized` is sure to call the pair related or unrelated (never a
    duplicate or conflict): part of its `other` rule (another event verb or place, dates far
    apart, another event) from its cheap inputs alone. Lets matching skip the full comparison of most pairs in dense news ("... in Hama" /
    "... in Idlib"); a False says nothing (the full comparison decides)."""
    if _other_fact(a.place, b.place, a.events, b.events, (a.written, b.written)):
        return True
    if a.dates and b.dates and not (a.once and b.once) \
            and knowledge.compare_read_dates(a.dates, b.dates).verdict == knowledge.DATES_FAR_APART:
        return True
    return a.context is not None and b.context is not None and \
        same_event(a.context, b.context, entity_weights, explain=False)[0] is False


_SWAP_MAX_DIFFERENT = 2


def _nearly_same_words(va: ClaimView, vb: ClaimView) -> bool:
    """Whether two claims share all their words but a couple: the only pairs whose roles are read."""
    return len(va.tokens ^ vb.tokens) <= _SWAP_MAX_DIFFERENT


def _decide(features: Sequence[float], *, semantic: bool, other: bool, clash: bool, near_clash: bool,
            floor: float | None = None, clash_at: float | None = None, own_model: bool = False) -> tuple[str, float, float]:
    """(relation, p_duplicate, p_same_statement) from the features (in `decision.FEATURES` order)
    and the hard rules.

    `other`: knowledge says another fact or event (related whatever the words say); `clash`: a
    clear clash of figures, dates, a denial or an opposite outcome (a conflict, never a duplicate);
    `near_clash`: figures that differ only within the "about" tolerance (the words decide);
    `floor`: the pair is anchored (`anchor.anchor_floor`: the same figure on the same day), so a
    duplicate once the statement is about the same shape (its same-statement probability reaches
    `floor`), whatever the wording says; None when not anchored. `clash_at`: the same for a
    clash of figures (`anchor.clash_floor`: the same thing counted on the same day), a conflict.
    `own_model`: `floor` is asked of this path's own model only (`anchor.slots_floor`)."""
    p_dup, p_same = decision.probabilities_of(features, semantic=semantic)
    related_at, conflict_at, duplicate_at = decision.cut_points()
    anchored = floor is not None and (p_same if own_model else same_statement(features, p_same, semantic)) >= floor
    # (all slots agree, or one figure with its digits swapped: `anchor`)
    tied = anchored or clash and clash_at is not None and clash_at < related_at \
        and same_statement(features, p_same, semantic) >= clash_at
    if p_same < related_at and not tied:
        return _UNRELATED, p_dup, p_same
    conflict_ok = p_same >= conflict_at or clash_at is not None and same_statement(features, p_same, semantic) >= clash_at
    if other:
        return _RELATED, p_dup, p_same
    if clash:
        return (_CONFLICT if conflict_ok else _RELATED), p_dup, p_same
    if p_dup >= duplicate_at or anchored:
        return _DUPLICATE, p_dup, p_same
    if near_clash and conflict_ok:
        return _CONFLICT, p_dup, p_same
    return _RELATED, p_dup, p_same


def compare_normalized(
    a: str,
    b: str,
    na: Normalized,
    nb: Normalized,
    qa: list[Quantity],
    qb: list[Quantity],
    *,
    dates_a: list | None = None,
    dates_b: list | None = None,
    context_a: EventContext | None = None,
    context_b: EventContext | None = None,
    entity_weights: dict[str, float] | None = None,
    token_weights: dict[str, float] | None = None,
    scorer: Scorer | None = None,
    cosine: float | None = None,
    knowledge_hits: Sequence[str] = (),
    explain: bool = True,
    views: tuple[ClaimView, ClaimView] | None = None,
    links_only: bool = False,
) -> Comparison:
    """Compare two claims already normalised: `a`, `b` as written, `na`, `nb` their normal forms after
    `knowledge.rewrite` (`prepared`). `explain=False` leaves the reasons out (a caller that drops them:
    `cluster`); the relation, probability and score are the same. `views`: the two claims' `claim_view`s,
    when the caller keeps them. `links_only` (`find_links`, keeping links only): a pair knowledge makes
    related at best whatever its scores comes back related, score 0, unscored (~half of dense pairs)."""
    scorer = scorer or DEFAULT_SCORER
    # an acronym and the other's long name, a capital and its country, a titled full name and the
    # family name alone, a regulator's long name and its field, a body and its kind ("ASEAN" / "the
    # bloc"), a state and its form ("the sultanate"): one name (`capital_places`, `surname_only`, `regulators`,
    # `bodies_by_kind`, `states_by_kind`)
    if (spelt := spell_out(a, b) or capital_place(a, b) or surname_only(a, b) or regulator_named(a, b)
                  or body_by_kind(a, b) or state_by_kind(a, b) or country_by_region(a, b)
                  or told_two_ways(a, b)) is not None:  # "on suspicion of" / "suspected of" (helper dup149b)
        changed, (a, b), knowledge_hits = (spelt[0] != a, spelt[1] != b), spelt[:2], [*knowledge_hits, spelt[2]]
        na, nb = prepared(a)[0] if changed[0] else na, prepared(b)[0] if changed[1] else nb
        views = None if views is None else (claim_view(a, na, dates=dates_a) if changed[0] else views[0],
                                            claim_view(b, nb, dates=dates_b) if changed[1] else views[1])
    va, vb = views if views is not None else (claim_view(a, na, dates=dates_a), claim_view(b, nb, dates=dates_b))
    ra, rb = va.readings, vb.readings
    written = (ra.written, rb.written)
    # all saved / none saved, moved to one place / stayed in another: one event's two outcomes, not two
    # events, and the two places are its outcomes (`moved_or_stayed`)
    # (or one traveller's destination told as two places: `one_destination`, helper conf141b)
    ends = destinations_apart((va.surface, vb.surface), (a, b), (va.tokens, vb.tokens))
    fates = (moved := ends or moved_or_stayed(a, b)) or fates_apart(a, b)
    fact_apart = None if moved else _other_fact(va.place, vb.place, *((set(), set()) if fates else (
        va.events, vb.events)), written) or ra.places_apart(rb)
    # another named doer or sayer, another person judging one thing (`named_judges`), two countries' bodies (`body_owners`)
    # two named people saying it (`named_sayers`)
    doer_apart = None if ends else (fact_apart or doers_apart(a, b, va, vb) or judges_apart((a, b), (va.tokens, vb.tokens))
                  or sayers_named_apart((a, b), (va.tokens, vb.tokens))
                  or sayer_names_apart((a, b), written)  # two bodies named as sayers (`sayer_names`)
                  or owners_apart((va.roles_wording, vb.roles_wording), (va.doers, vb.doers))
                  # "X shareholders sued" / "Y sued X" (`named_after_target`); "joined", "met" have doers (`reciprocal_doers`)
                  or doers_of_one_target((va.roles_wording, vb.roles_wording), (va.tokens, vb.tokens), (va.doers, vb.doers))
                  or reciprocal_doers_apart((a, b), (va.roles_wording, vb.roles_wording), (na.proper, nb.proper),
                                            (va.doers, vb.doers), (va.tokens, vb.tokens))
                  or subjects_apart((a, b), (va.roles_wording, vb.roles_wording), (va.tokens, vb.tokens), (ra.kinds, rb.kinds)))  # "X was a" / "Y was a", a bomb / a flood (`two_subjects`)
    # two doers winning one contest of one winner: one fact told two ways (`one_winner`)
    winners = None if fact_apart or not doer_apart else two_winners(a, b, va.tokens, vb.tokens)
    doer_apart = None if winners else doer_apart
    if links_only and (fact_apart or doer_apart):  # related at best (`other` below), never a link
        return Comparison(score=0.0, relation=_RELATED)
    step = _figure_step(na, nb, qa, qb, va, vb, (a, b))
    check = step.check
    # two counts of different things or two members of one kind: `other` below (read first, as the
    # figure step allows: a third of dense pairs end here, before their dates and names are read)
    kinds_apart = fig.counted_kinds_apart(check) or fig.sums_apart(check)  # two kinds counted, two sums
    whole = part_against_whole(check, (a, b), (va.acts, vb.acts))  # "all ten approved" / "one blocked"
    counted = ((None if whole else other_count(check)) or members_apart((va.roles_wording, ra.kinds, ra.flags),
                                                                         (vb.roles_wording, rb.kinds, rb.flags))
               or sorts_apart(check.agreements, (a, b), (va.tokens, vb.tokens)) or sides_apart(check.conflicts, (a, b))
               or senses_apart(check.pairs, (a, b))  # one length of two things: "4 km long" / "advanced 4 km"
               or capacity_apart(check.pairs, (a, b))  # "can hold up to 2,000" / "2,000 were moved"
               or measures_apart(check.pairs, (a, b), (ra.kinds, rb.kinds))  # "fuel prices" / "electricity tariffs" rose 30%
               or slots_apart(check.pairs, (a, b), (va.tokens, vb.tokens))  # a share's whole, a sum's use, a price's act
               or ordinal_member_apart(check, (a, b)))  # "a fifth suspect" / "the four suspects" (`ordinal_members`)
    if links_only and (kinds_apart or counted):
        return Comparison(score=0.0, relation=_RELATED)
    keys = (va.dates, vb.dates) if va.dates is not None and vb.dates is not None else None
    dates = date_step(dates_a, dates_b, check.year_conflicts, qa, qb, keys, (a, b), (va.tokens, vb.tokens))
    if dates.verdict in (None, knowledge.DATES_AGREE) and (period := periods_apart(ra.periods, rb.periods)):
        dates = knowledge.DateCheck(knowledge.DATES_FAR_APART, f"{period}: a different event")  # "this / last year"
    event_ok, ev_reasons = (same_event(context_a, context_b, entity_weights, explain=explain)
                            if context_a is not None and context_b is not None else (None, []))
    names_a, names_b = _unmatched_names(va, vb), _unmatched_names(vb, va)
    # the neighbour named after "the border with", the other telling "the border" (`border_sides`): no
    # name apart; the learned feature below still counts it, as the model was fitted
    names_count = min(3, len(names_a) + len(names_b)) / 3
    if names_a or names_b:
        names_a, names_b = names_a - neighbours_left_out(a, b), names_b - neighbours_left_out(b, a)
    other_fact = (fact_apart
                  # (a thing's start against a state held since: one start told twice, not two things said of it)
                  or (None if dates.verdict == knowledge.DATES_DIFFER and held_before_start((a, b), (va.tokens, vb.tokens))
                      else knowledge.state_and_event(a, b, na.tokens, nb.tokens))
                  or background_apart(a, b, va.tokens, vb.tokens)  # "X" / "Y did Z after X"
                  or views_apart(a, b, va.tokens, vb.tokens)  # two speakers' views of one thing
                  or names_apart((a, b), (na.tokens, nb.tokens), (names_a, names_b), (va, vb))
                  or inside_and_outside(va.surface, vb.surface)  # "in the camp" / "outside the camp"
                  or regulators_apart(a, b)  # "the Civil Aviation Authority" / "the telecoms regulator"
                  or bodies_apart(a, b)  # "the European Union" / "the alliance"
                  or states_apart(a, b) or codes_apart(a, b)  # "Oman" / "the kingdom", "the civil" / "the penal code"
                  or regions_apart(a, b)  # "Vietnam" / "the Pacific nation"
                  or ordinal_units_apart(a, b)  # "the 11th Circuit" / "the 8th Circuit" (`ordinal_units`)
                  or kinds_apart)
    # two named doers, two counts of different things, two members of one kind: two facts, however alike the rest
    doer = None if other_fact else (doer_apart or counted)
    # Articles not known to tell one event (`same_event` None): only claims tied by a name, figure
    # or date of their own are linked; a clash between such claims is no conflict either.
    unanchored = None if (context_a is None or context_b is None or event_ok is not None
                          or shared_anchor(na, nb, check, dates, entity_weights) is not None) else \
        "articles not known to report one event, and the claims share no distinctive name, figure or date"
    other = (event_ok is False or dates.verdict == knowledge.DATES_FAR_APART or other_fact is not None
             or doer is not None or unanchored is not None)
    if other and links_only:  # related or unrelated whatever the scores (`_decide`): never a link
        return Comparison(score=0.0, relation=_RELATED)
    # The shown lexical score counts only agreeing figures as shared; whether it is the same
    # statement is judged with every paired figure filling its slot.
    sim, reasons = scorer.similarity(step.na, step.nb, extra_matched=step.matched_agree,
                                     extra_a=step.extra_a, extra_b=step.extra_b, weights=token_weights)
    fact_sim = sim
    if step.matched_all > step.matched_agree:
        fact_sim, _ = scorer.similarity(step.na, step.nb, extra_matched=step.matched_all,
                                        extra_a=step.extra_a, extra_b=step.extra_b, weights=token_weights)
    agreements, conflicts = check.agreements, check.conflicts
    near = check.near_conflicts if conflicts else []
    if explain:
        reasons += [f"figures agree: {fig.describe(x)} ~ {fig.describe(y)}" for x, y in agreements]
        reasons += [f"figures disagree: {fig.describe(x)} vs {fig.describe(y)}" for x, y in conflicts]
    loose_clash = anchor.unpaired_clash(check)  # one number each, left unpaired, that disagree
    if explain and loose_clash:
        reasons.append(f"figures disagree: {fig.describe(check.unpaired_a[0])} vs {fig.describe(check.unpaired_b[0])}")
    ordinal = ordinals_clash(a, b)  # "the 60th anniversary" / "the 50th anniversary"
    if explain and ordinal:
        reasons.append(f"ordinals disagree: {ordinal_text(ordinal[1])} {ordinal[0]} vs {ordinal_text(ordinal[2])} {ordinal[0]}")
    if dates.reason:
        reasons.append(dates.reason)
    reasons.extend(ev_reasons)
    rewritten = (va.rewritten, vb.rewritten)
    # "not reopened" / "remained closed", "no one survived" / "all were killed": one outcome
    agree = negated_opposite(a, b, va.tokens, vb.tokens) or fates_agree(a, b)
    # an act under way at one moment and none under way then: the moment is all the claims share (`while_denied`)
    # (or an event told calm, disorder during it: the event is all they share, `ruled_out`; helper conf137a)
    moment = None if agree else (while_denied(a, b) or calm_or_disorder((a, b), (va.tokens, vb.tokens)))
    negation = not agree and (negation_step(a, b, va, vb, fact_sim, rewritten, cosine)
                              or knowledge.refused_act(*rewritten, na.tokens, nb.tokens, (a, b)) is not None
                              or moment is not None)
    opposite = winners or fates or (None if agree else opposite_outcome((a, b), (va, vb), (na.proper, nb.proper)))
    # (or the one done to and the one things were moved into: `destinations`)
    # "the following weekend" / "overnight": two times counted from the story's event (`relative_times`)
    times = None if dates.verdict == knowledge.DATES_DIFFER else (relative_times_apart(a, b)  # or two clock times (`clock_times`)
                                                                  or clock_times_apart((a, b), (va.roles_wording, vb.roles_wording)))
    swapped = (roles_swapped(va.roles_wording, vb.roles_wording)
               or destination_swapped(va.roles_wording, vb.roles_wording, va.surface, vb.surface)) \
        if _nearly_same_words(va, vb) else None
    cos, lexical = cosine or 0.0, fact_sim / 100
    # the decision's inputs in its order (`decision.FEATURES`): a list, not a dictionary per pair
    x = [cos, lexical, sim / 100, fuzz.token_set_ratio(na.text, nb.text) / 100,
         float(bool(agreements)), float(bool(conflicts)), float(bool(check.unpaired_a or check.unpaired_b)),
         float(dates.verdict == knowledge.DATES_AGREE), float(dates.verdict == knowledge.DATES_DIFFER),
         float(negation), float(opposite is not None), names_count,
         min(len(na.tokens), len(nb.tokens)) / max(1, len(na.tokens), len(nb.tokens)),
         *overlaps(va, vb), cos * lexical,
         # one claim tells of an event ("was injured"), the other of none ("is 46 years old")
         float(bool(va.events) != bool(vb.events)),
         *surface_scores(va, vb, na, nb), *wording_overlaps(va, vb, na, nb)]
    features = dict(zip(decision.FEATURES, x, strict=True))
    clash = (bool(conflicts and check.clear_conflicts) or dates.verdict == knowledge.DATES_DIFFER or negation
             or loose_clash or ordinal is not None
             or opposite is not None or swapped is not None or times is not None)
    # another kind of act, unless a clash says it is one act told two ways ("appointed" / "dismissed" him)
    # (or one frame granting or pledging two things: "able to work" / "able to access health care": `granted_things`)
    act = None if other or clash else (other_act(va.roles_wording, vb.roles_wording, va.tokens, vb.tokens)
                                       or granted_apart(va.roles_wording, vb.roles_wording)
                                       or yardsticks_apart((a, b))  # "higher than X" / "higher than Y" (helper conf145)
                                       or said_acts_apart((a, b), (va, vb))  # "resigned" / "said he would testify" (`said_acts`)
                                       or said_plan_apart((a, b), (va, vb))  # "said X violated" / "said X would be taken"
                                       or rulings_apart((a, b), (va, vb))  # "ruled that X" / "ruled that Y", two cases (`rulings`)
                                       or acts_after_one_event((a, b), (va, vb))  # two acts after one event
                                       or one_act_two_things((va.roles_wording, vb.roles_wording), (va.tokens, vb.tokens))  # condemned X / condemned Y
                                       or one_doer_acts((va.roles_wording, vb.roles_wording), (va.tokens, vb.tokens))  # named X / suspended Y
                                       or act_in_relative((va.roles_wording, vb.roles_wording), (va.tokens, vb.tokens))  # "released a video of the men it said carried out X" / "X"
                                       or offences_apart((a, b))  # a penalty for two offences (`penalty_offences`)
                                       or records_apart((a, b))  # "the first president" / "the first woman to sit on the court"
                                       or record_against_span((va.rewritten, vb.rewritten))  # "in its history" / "since 2019"
                                       or planned_apart(va.rewritten, vb.rewritten)  # "is planned to cover" / "has covered" (`planned_done`)
                                       or measures_on_apart((a, b), (va.tokens, vb.tokens)))  # "a ban on X" / "a ban on Y" (`measures_on`)
    other = other or act is not None
    # what the training mirrors: pairs that knowledge keeps from being duplicates
    features["vetoed"] = float(clash or other)
    # The same figure on the same day, nothing clashing and no other fact or event: one fact,
    # however differently worded (`anchor`)
    # (`other_fact` holds any place clash already: two places read here are one place)
    # (neither naming a place, a doer or the names stand for it, more loosely beside a figure: `same_place`)
    same_place, figure_place = (False, False) if other_fact is not None else places_alike(va, vb, check)
    floor = anchor_floor(check, dates, figure_place, bool(va.events) and va.events == vb.events)
    # (one change told by both, a measure in two units, several figures: `figure_anchors`)
    floor, by_figures = figures_floor(floor, check, dates, figure_place, (a, b), (va, vb))
    # no figure but every slot agreeing: a floor on the same-statement probability (`anchor.slots_floor`)
    named = None if cosine is None else (va.doers, vb.doers, names_a | names_b)
    slots = anchor.slots_floor(check, dates, same_place, named) if floor is None else None
    by_slots, (floor, own_model) = slots is not None, slots or (floor, False)
    anchored = floor is not None
    outcome_clash = opposite or ("a denial" if negation else None)  # (`anchor.opposed_floor`)
    clash_at = None
    if clash and not other:  # figures or days anchored, or one event with one slot told apart (`one_slot`)
        figures_at = clash_floor(check, dates, same_place)
        slot_at = one_slot_floor(check, dates, (va.acts[0], vb.acts[0]), frozenset(na.proper | nb.proper),
                                 (va.roles_wording, vb.roles_wording), (va.tokens, vb.tokens))
        clash_at = opposed_floor(outcome_clash, same_place, figures_at if slot_at is None else min(slot_at, figures_at or 1.0))
    relation, p_dup, p_same = _decide(x, semantic=cosine is not None, other=other, clash=clash, near_clash=bool(near),
                                      floor=floor, clash_at=clash_at, own_model=own_model)
    # a clash told with asides, called unrelated over all its words: its first clauses alone (`cores`)
    by_clauses = clash and not other and (relation == _UNRELATED and clauses_clash(a, b) or moment is not None)
    relation = _CONFLICT if by_clauses else relation
    p_shown = p_dup
    if relation == _DUPLICATE and anchored:  # shown as sure as the statement is the same, at least a duplicate
        p_shown = max(p_dup, min(p_same, 0.99), decision.cut_points()[2])
    if clash or other:
        p_shown = decision.below_duplicate(p_dup)
    if relation != _DUPLICATE:  # rounding never lifts a non-duplicate to the threshold
        p_shown = min(p_shown, decision.cut_points()[2] - 0.001)
    if not explain:
        return Comparison(score=round(100 * p_shown, 1), relation=relation, reasons=[],
                          probability=round(p_shown, 3), features=features)
    reasons = [as_written(r, a, b) for r in reasons]
    if near:
        reasons.append("figures differ within the \"about\" tolerance: " + ", ".join(
            f"{x.text.strip()} / {y.text.strip()}" for x, y in near))
    if other_fact or doer or act:
        reasons.append(f"{other_fact or doer or act}: a different fact")
    if unanchored:
        reasons.append(unanchored)
    if cosine is not None:
        reasons.insert(0, f"meaning: cosine {cosine:.2f}")
    if negation and relation == _CONFLICT:
        reasons.append("one claim denies what the other asserts")
    if opposite:
        reasons.append(opposite + ": never a duplicate")
    if times:
        reasons.append(f"times from the event differ ({times})")
    if swapped:
        doers = [shown(side, a, b) for side in swapped]
        reasons.append(f"roles swapped: {doers[0]} did it in one claim, {doers[1]} in the other: never a duplicate")
    reasons += [f"same meaning: {h}" for h in dict.fromkeys(knowledge_hits)]
    if relation == _DUPLICATE and p_dup < p_shown:
        reasons.append(("every slot agrees and nothing sets the claims apart" if by_slots else by_figures or "the same figure on"
                        " the same day and nothing clashing") + f": one fact (the words alone give {p_dup:.2f})")
    if by_clauses:
        reasons.append(f"{moment}: a conflict" if moment else "the first clauses, compared alone, clash: a conflict")
    elif relation == _CONFLICT:
        reasons.append(f"same statement apart from the clash: probability {p_same:.2f}")
    if (clash or other) and p_dup >= decision.threshold(_DUPLICATE):
        reasons.append(f"the words alone give probability {p_dup:.2f}; knowledge keeps it below a duplicate")
    return Comparison(score=round(100 * p_shown, 1), relation=relation, reasons=reasons,
                      probability=round(p_shown, 3), features=features)


def prepared(text: str) -> tuple[Normalized, list[str]]:
    """A claim's normalised form after the knowledge rewrite, and the knowledge that fired."""
    return prepared_rewrite(text)[:2]


def prepared_rewrite(text: str) -> tuple[Normalized, list[str], str]:
    """`prepared`, and the rewritten wording itself (which a claim's view carries)."""
    rewritten, hits = knowledge.rewritten(text)
    return normalize(rewritten), list(hits), rewritten


def compare(
    a: str,
    b: str,
    *,
    quantities_a: Iterable[Quantity | dict] | None = None,
    quantities_b: Iterable[Quantity | dict] | None = None,
    dates_a: list | None = None,
    dates_b: list | None = None,
    context_a: EventContext | None = None,
    context_b: EventContext | None = None,
    entity_weights: dict[str, float] | None = None,
    scorer: Scorer | None = None,
    cosine: float | None = None,
) -> Comparison:
    """Compare two claims. Quantities/dates default to what the text holds; contexts are the
    articles' event contexts (inside a project) and `entity_weights` their names' IDF over the
    project (`events.entity_weights`); `cosine` is the two sentence vectors' cosine
    when the semantic scorer is on (see `compare_many`)."""
    qa = fig.as_quantities(quantities_a) if quantities_a is not None else fig.quantities_of(a)
    qb = fig.as_quantities(quantities_b) if quantities_b is not None else fig.quantities_of(b)
    if dates_a is None:
        dates_a = fig.dates_of(a)
    if dates_b is None:
        dates_b = fig.dates_of(b)
    (na, ha), (nb, hb) = prepared(a), prepared(b)
    return compare_normalized(a, b, na, nb, qa, qb, dates_a=dates_a, dates_b=dates_b, context_a=context_a,
                              context_b=context_b, entity_weights=entity_weights, scorer=scorer, cosine=cosine,
                              knowledge_hits=[*ha, *hb])


def compare_many(pairs: Iterable[tuple[str, str]], scorer: Scorer | None = None, *,
                 semantic: bool | None = None) -> list[Comparison]:
    """Compare many pairs; with the semantic scorer on, all texts are embedded in one batch."""
    from workbench.core.match.embedding import cosines, semantic_enabled

    pairs = list(pairs)
    cos: list[float | None] = [None] * len(pairs)
    if pairs and semantic_enabled(flag=semantic):
        cos = list(cosines(pairs))
    return [compare(a, b, scorer=scorer, cosine=c) for (a, b), c in zip(pairs, cos, strict=True)]
