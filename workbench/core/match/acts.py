"""Two kinds of act in one frame: "three ships sailed through the corridor" / "three ships were hit
in the corridor", "inmates were injured" / "inmates were transferred", "the EU extended its mission"
/ "launched its mission", "expelled the ambassador" / "withdrew its ambassador". The words and the
meaning vector are nearly the same; the act, what the claim states, is another: another fact.

The kinds are `language.event_verbs.ACT_KINDS`, read on each claim's main verb (`roles.main_act`).
A launch is an attack when it launches weapons or attacks ("launched 40 airstrikes" = "bombed"),
else a start ("launched a mission").
"""

from __future__ import annotations

import re
from collections.abc import Set
from functools import lru_cache

from workbench.core.figures.dates import find_dates
from workbench.core.language.event_verbs import ACT_KINDS, CASE_KINDS, CASE_STEPS, EVENT_KIN
from workbench.core.language.stems import stem
from workbench.core.language.verbs import to_past
from workbench.core.match.another_name import name_slot
from workbench.core.match.forecasts import forecast_apart
from workbench.core.match.journey_legs import legs_apart
from workbench.core.match.kind_slots import names_arms
from workbench.core.match.normalize import normalize
from workbench.core.match.office_start import office_start_apart
from workbench.core.match.opposites import same_outcome
from workbench.core.match.refusals import refused_two_acts
from workbench.core.match.roles import main_act, passive_subject, roles
from workbench.core.match.sides_acts import sides_acting
from workbench.core.match.wanted import wanted_apart

#: The kind of act a launch of arms is.
_ARMS_LAUNCHED = "harm"


def kinds_of(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """{stem of a verb's base and past forms: its kind of act} (a final consonant doubled too: "expelled")."""
    return {s: kind for kind, verbs in table.items() for v in verbs if " " not in v
            for s in (stem(v), stem(to_past(v)), stem(f"{v}{v[-1]}ed"))}


@lru_cache(maxsize=1)
def _act_kinds() -> tuple[dict[str, str], dict[str, str]]:
    """(`event_verbs.ACT_KINDS` by stem, `event_verbs.CASE_STEPS` by stem)."""
    return kinds_of(ACT_KINDS), kinds_of(CASE_STEPS)


#: The most tokens two claims may not share for a verb of `event_verbs.CASE_STEPS` to be read.
_CASE_STEP_MAX_DIFFERENT = 5


def _kind(act: str | None, wording: str, near: bool = False) -> str | None:
    """The kind of act of a main verb's stem; with `near` (the claims share all words but a few),
    the steps of a case too (`event_verbs.CASE_STEPS`)."""
    kinds, steps = _act_kinds()
    kind = None if act is None else kinds.get(act) or (steps.get(act) if near else None)
    return _ARMS_LAUNCHED if kind == "launch" and names_arms(wording) else kind


def kind_of_act(act: str | None, wording: str) -> str | None:
    """The kind of act (`event_verbs.ACT_KINDS`) of a main verb's stem, `wording` the claim's (a launch of arms is harm)."""
    return _kind(act, wording)


def other_act(surface_a: str, surface_b: str, tokens_a: frozenset[str], tokens_b: frozenset[str]) -> str | None:
    """'another act: sail / hit' when the two claims' main verbs (`roles.main_act`) are of two kinds
    (`event_verbs.ACT_KINDS`) and neither claim names the other's verb anywhere: the same people or
    things doing or undergoing another act are another fact. `surface_*`: the claims' reported,
    rewritten wordings (`claim_view.claim_roles`); `tokens_*` their normalised tokens. Else an act asked
    for in one claim and done in the other (`wanted.wanted_apart`), one doer's act on two things, or a
    forecast changed against the thing itself (`forecasts.forecast_apart`), an act done to the other's
    act (`act_on_the_act`), the doer of one act undergoing another by a doer it never names
    (`doer_undergoes`), two acts refused
    (`refusals.refused_two_acts`), an act done when an office began against a later one (`office_start`),
    or two legs of one journey (`journey_legs.legs_apart`), or each of two sides' own act against the
    other (`sides_acts.sides_acting`)."""
    # else an act asked for against one done (`wanted`)
    return (acts_of_two_kinds(surface_a, surface_b, tokens_a, tokens_b) or wanted_apart(surface_a, surface_b)
            or act_on_the_act(surface_a, surface_b, tokens_a, tokens_b) or doer_undergoes(surface_a, surface_b, tokens_a, tokens_b)
            or other_act_on_things(surface_a, surface_b) or forecast_apart(surface_a, surface_b)
            or refused_two_acts(surface_a, surface_b) or office_start_apart(surface_a, surface_b)
            or legs_apart(surface_a, surface_b, tokens_a, tokens_b) or _sides_acting(surface_a, surface_b, tokens_a, tokens_b))


#: Verbs that order or propose another act, told by the verb after them ("ordered him to pay
#: damages", "recommended prosecuting the firm"): two claims asking one thing differ by that act.
_ASKING = frozenset(stem(w) for w in ("order", "recommend", "urge", "ask", "propose", "demand"))
#: How many words after the asking verb its act may come ("ordered the former prime minister to pay",
#: "ordered all schools in the red zone to close": one told with the place it is in; helper not133).
_ASKED_WITHIN = 8


def _asked_act(surface: str, act: str) -> str:
    """The act an asking verb asks for (the verb after "to", or an -ing word right after it:
    "recommended prosecuting", not "ordered families living near the river to evacuate"), else the
    asking verb itself."""
    words = surface.split()
    k = next((k for k, w in enumerate(words) if stem(w) == act), len(words))
    for j in range(k + 1, min(len(words), k + 1 + _ASKED_WITHIN)):
        if words[j] == "to" and j + 1 < len(words):
            return stem(words[j + 1])
        if j == k + 1 and words[j].endswith("ing") and len(words[j]) > 5:
            return stem(words[j])
    return act


def acts_of_two_kinds(surface_a: str, surface_b: str, tokens_a: frozenset[str], tokens_b: frozenset[str]) -> str | None:
    """`other_act`'s first reading alone: the two main verbs of two kinds of act, neither named by
    the other claim anywhere; when both ask for an act alike (`_ASKING`), the acts asked for."""
    act_a, act_b = main_act(surface_a), main_act(surface_b)
    if act_a is not None and act_a == act_b and act_a in _ASKING:
        asking, act_a, act_b = act_a, _asked_act(surface_a, act_a), _asked_act(surface_b, act_b)
        if asking not in (act_a, act_b) and (told := _asked_apart(act_a, act_b, tokens_a, tokens_b)) \
                and not _asked_after(surface_a, act_a) & _asked_after(surface_b, act_b):
            return told
    near = len(tokens_a ^ tokens_b) <= _CASE_STEP_MAX_DIFFERENT and len(tokens_a & tokens_b) >= _SHARED_MIN
    kind_a = _kind(act_a, surface_a, near)
    kind_b = _kind(act_b, surface_b, near) if kind_a is not None else None
    if not near and (kind_a is None or kind_b is None):  # two steps of a case one person underwent
        kind_a, kind_b = _case_steps(act_a, act_b, surface_a, surface_b) or (kind_a, kind_b)
    if kind_a is None or kind_b is None or kind_b == kind_a or act_a in tokens_b or act_b in tokens_a \
            or act_b in EVENT_KIN.get(act_a or "", ()):  # one act told as either ("raided" / "searched")
        return None
    return f"another act: {act_a} / {act_b}"


def _asked_apart(act_a: str, act_b: str, tokens_a: frozenset[str], tokens_b: frozenset[str]) -> str | None:
    """'another act asked: evacuat / clos' when one order asks for two acts the outcome table knows
    (`opposites.same_outcome`) and does not make one, neither named by the other claim ("ordered
    residents to evacuate" / "ordered schools to close"; helper not133). A verb the table does not
    know may be the other's synonym ("to evacuate" / "to leave"), as in `other_act_on_things`; two
    acts on one thing (`_asked_after`) may be one act in two words ("strip" / "lift" immunity)."""
    outcomes = same_outcome()
    if act_a == act_b or act_a not in outcomes or act_b not in outcomes or act_b in outcomes[act_a] \
            or act_a in outcomes[act_b] or act_a in tokens_b or act_b in tokens_a:
        return None
    return f"another act asked: {act_a} / {act_b}"


def _asked_after(surface: str, asked: str) -> frozenset[str]:
    """The normalised words after the act asked for (what it acts on: "to strip him of his immunity" /
    "to lift the immunity of the senator" share "immunity", one act asked in two words), its date
    left out ("to close early on saturday": when, not what)."""
    words = surface.split()
    k = next((k for k, w in enumerate(words) if stem(w) == asked), len(words))
    after = " ".join(words[k + 1:])
    for a, b in sorted(((d.start, d.end) for d in find_dates(after.title())), reverse=True):  # (lower case)
        after = after[:a] + after[b:]
    return frozenset(normalize(after).tokens)


def _case_steps(act_a: str | None, act_b: str | None, surface_a: str, surface_b: str) -> tuple[str, str] | None:
    """The two acts' kinds when both are steps of a legal case (`event_verbs.CASE_KINDS`, `CASE_STEPS`
    read too) done to one person or group: the one done to (a passive's subject, an active verb's
    object) shares a word. None otherwise."""
    kind_a, kind_b = _kind(act_a, surface_a, True), _kind(act_b, surface_b, True)
    if kind_a not in CASE_KINDS or kind_b not in CASE_KINDS or kind_a == kind_b:
        return None
    done_a, done_b = _done_to(surface_a), _done_to(surface_b)
    return (kind_a, kind_b) if done_a & done_b else None


def _done_to(surface: str) -> frozenset[str]:
    """The tokens of the one an act is done to: a passive's subject, else the active verb's object."""
    subject = passive_subject(surface)
    if subject is not None:
        return subject
    read = roles(surface)
    return read[1] if read is not None else frozenset()


#: Kinds of act done against someone: the object of such an act is a side it was aimed at (`sides_acts`).
_HOSTILE_KINDS = frozenset({"harm", "detention", "abduction", "expulsion"})


def _sides_acting(surface_a: str, surface_b: str, tokens_a: frozenset[str], tokens_b: frozenset[str]) -> str | None:
    """`sides_acts.sides_acting`, told which acts are hostile (`_HOSTILE_KINDS`)."""
    hostile = (_kind(main_act(surface_a), surface_a) in _HOSTILE_KINDS, _kind(main_act(surface_b), surface_b) in _HOSTILE_KINDS)
    return sides_acting(surface_a, surface_b, tokens_a, tokens_b, hostile)


#: Kinds of act that tell the act they are done to: a sentence imposed or announced is the sentencing.
_TELLING_KINDS = frozenset({"announcement", "launch"})


def act_on_the_act(surface_a: str, surface_b: str, tokens_a: frozenset[str], tokens_b: frozenset[str]) -> str | None:
    """'an act on the other's act: appeal / sentenc' when one claim's main verb, of a kind of act
    (`event_verbs.ACT_KINDS`), is done to the other claim's act named as a noun ("was sentenced to
    21 years" / "would appeal the 21-year sentence", "rebels attacked the base" / "condemned the
    attack on the base", "signed the treaty" / "postponed the signing of the treaty"): a later act
    about the first, another fact. `acts_of_two_kinds` leaves such pairs alone because the other's
    verb is named. An act that only tells or starts the other ("imposed a 15-year sentence",
    "launched the attack": `_TELLING_KINDS`, light verbs) is the act itself. The first act may be of
    no kind when its noun is named after an article or a possessive ("ruled that ..." / "would appeal
    the court's ruling": helper notact117), unless the second act undoes it ("postponed the reopening")."""
    act_a, act_b = main_act(surface_a), main_act(surface_b)
    if act_a is None or act_b is None or act_a == act_b:
        return None
    for (act_x, tokens_x), (act_y, surface_y, tokens_y) in (((act_a, tokens_a), (act_b, surface_b, tokens_b)),
                                                           ((act_b, tokens_b), (act_a, surface_a, tokens_a))):
        kind_x, kind_y = _kind(act_x, ""), _kind(act_y, "")
        if kind_y is None or kind_x == kind_y or kind_y in _TELLING_KINDS or act_x in LIGHT_VERBS \
                or act_y in LIGHT_VERBS or act_y in tokens_x or act_x not in tokens_y:
            continue
        if kind_x is None and (kind_y in _UNDOING_KINDS or not _named_as_noun(surface_y, act_x)):
            continue  # a verb of no kind: only its noun after an article or a possessive ("the court's ruling")
        read_y = roles(surface_y)
        if read_y is not None and act_x in read_y[1]:  # the first act named where the second lands
            return f"an act on the other's act: {act_y} / {act_x}"
    return None


#: Kinds of act that say the act they land on was not done ("postponed the reopening" / "reopened":
#: a clash, not a later act), read against a verb of no kind of act.
_UNDOING_KINDS = frozenset({"postponement"})
#: Words before an act's noun ("the ruling", "the court's ruling": "s" is the possessive as the
#: reported wording writes it), not before a participle ("civilians digging trenches").
_NOUN_BEFORE = frozenset(["the", "a", "an", "its", "their", "his", "her", "this", "that", "s"])


def _named_as_noun(surface: str, act: str) -> bool:
    """Whether a wording names a verb's stem as a noun: after an article or a possessive."""
    words = surface.split()
    return any(w in _NOUN_BEFORE and stem(x) == act for w, x in zip(words, words[1:], strict=False))


#: A passive's "by" phrase that is a measure, no doer ("was extended by 25 years").
_BY_MEASURE = re.compile(r"\bby (?:\d|about \d|some \d|nearly \d|almost \d)")


def doer_undergoes(surface_a: str, surface_b: str, tokens_a: frozenset[str], tokens_b: frozenset[str]) -> str | None:
    """'the doer undergoes another act: post / suspend' when what does the act in one claim is all
    that another act is done to in the other, by a doer the first claim never names ("The account
    posted a recording" / "The account was suspended by TikTok", "The charity handed out food" /
    "The charity was banned by the ministry"): two doers, two acts. The two main verbs are other
    words that no table makes one (`opposites.same_outcome`, a shared start) and neither claim names
    the other's verb; a doer named in both ("Police arrested him" / "he surrendered to police") is
    one act told from its two sides, and a "by" phrase holding a figure is a measure, no doer
    ("extended by 25 years"). `tokens_*`: each claim's normalised tokens, its sayer's too."""
    read_a, read_b = roles(surface_a), roles(surface_b)
    act_a, act_b = main_act(surface_a), main_act(surface_b)
    if read_a is None or read_b is None or act_a is None or act_b is None or act_a == act_b \
            or act_a in LIGHT_VERBS or act_b in LIGHT_VERBS or alike({act_a}, {act_b}) \
            or act_b in same_outcome().get(act_a, ()) or act_a in same_outcome().get(act_b, ()) \
            or act_a in tokens_b or act_b in tokens_a:
        return None
    for (doer_x, tokens_x), (doer_y, done_to_y), surface_y in (((read_a[0], tokens_a), read_b, surface_b),
                                                               ((read_b[0], tokens_b), read_a, surface_a)):
        if doer_x and doer_x == done_to_y and doer_y and not doer_y & tokens_x and not _BY_MEASURE.search(surface_y):
            return f"the doer undergoes another act: {act_a} / {act_b}"
    return None


#: The most tokens each claim may hold of its own in `other_act_on_things` (a verb and its object),
#: and the fewest both must share (the frame that pins one doer and one occasion).
_OWN_ACT_MAX = 5
_SHARED_MIN = 4
#: Light verbs, whose act is told by their object ("launched an offensive", "staged a protest",
#: "carried out raids"): two of them, or one and another verb, may be one act in other words.
LIGHT_VERBS = frozenset(stem(w) for w in ("begin", "began", "start", "launch", "carry", "conduct", "make", "take",
                                           "hold", "stage", "give", "have", "do", "put", "get", "mount", "undertake",
                                           "perform", "issue", "set", "go", "come", "use", "keep"))
#: Two object words sharing this many first letters may be one word in two forms ("teargas" / "tear").
_OBJECT_PREFIX = 4


def other_act_on_things(surface_a: str, surface_b: str) -> str | None:
    """'another act on another thing: suspend foreign travel / withdraw fuel allowanc' when one doer,
    named alike in both claims, does two acts to two things: all the claims do not share is one
    run of words each, in the same slot between the same words, holding each claim's main verb (two
    verbs the verb table does not make one, both known to `opposites.OPPOSITES` and not one outcome
    told two ways: "raised" / "increased"; a verb it does not know may be the other's synonym,
    "seized weapons" / "confiscated arms") and what it acts on, words the other claim does not
    name (no light verb: `LIGHT_VERBS`): "Chakwera suspended foreign
    travel for cabinet ministers ..." / "Chakwera withdrew fuel allowances for cabinet ministers
    ..." (helper not97). A verb told another way with the same object ("urged" / "told his
    supporters") names no other thing; a name acted on is `named_objects`' business; an object word
    alike to one of the other claim's ("tear gas" / "teargas") is no other thing, nor a figure.
    `surface_*`: the claims' reported, rewritten wordings (`claim_view.claim_roles`)."""
    ta, tb = normalize(surface_a).tokens, normalize(surface_b).tokens
    set_a, set_b = set(ta), set(tb)
    only_a, only_b = set_a - set_b, set_b - set_a
    if not only_a or not only_b or len(only_a) > _OWN_ACT_MAX or len(only_b) > _OWN_ACT_MAX \
            or len(set_a & set_b) < _SHARED_MIN:
        return None
    read_a, read_b = roles(surface_a), roles(surface_b)
    if read_a is None or read_b is None or not read_a[0] or read_a[0] != read_b[0] or read_a[0] & (only_a | only_b):
        return None  # one doer, named alike, outside the runs
    act_a, act_b = main_act(surface_a), main_act(surface_b)
    if act_a is None or act_b is None or act_a not in only_a or act_b not in only_b \
            or alike({act_a}, {act_b}) or act_b in same_outcome().get(act_a, ()) \
            or act_a not in same_outcome() or act_b not in same_outcome():
        return None  # two verbs the outcome table knows and does not make one ("confiscated" it does not know)
    if act_a in LIGHT_VERBS or act_b in LIGHT_VERBS:
        return None  # the act is its object's ("launched an offensive" / "began a military operation")
    things_a, things_b = read_a[1] - {act_a}, read_b[1] - {act_b}
    # all of what each acts on is its own ("new sanctions" / "fresh sanctions" act on one thing)
    if not things_a or not things_b or things_a & set_b or things_b & set_a or alike(things_a, set_b) \
            or alike(things_b, set_a) or any(t[:1].isdigit() for t in things_a | things_b):
        return None
    slot_a, slot_b = name_slot(ta, only_a), name_slot(tb, only_b)
    if slot_a is None or slot_a != slot_b:
        return None
    return f"another act on another thing: {' '.join(t for t in ta if t in only_a)} / " \
           f"{' '.join(t for t in tb if t in only_b)}"


def alike(things: Set[str], tokens: Set[str]) -> bool:
    """Whether a thing's word may be one of `tokens` in another form (a shared start, one inside the other)."""
    return any(t[:_OBJECT_PREFIX] == u[:_OBJECT_PREFIX] or min(len(t), len(u)) >= _OBJECT_PREFIX and (t in u or u in t)
               for t in things for u in tokens)
