"""The fate of a whole group, told as all saved or as none saved: "the coast guard saved all 150
passengers" / "no one survived when the boat with 150 passengers sank". Each claim names another
act (a rescue, a sinking), so no word of one is the other's opposite (`opposites`) and the event
table even reads two events (rescue / die); but of the same people, all alive and none alive are
two outcomes of one event, a conflict. Only a whole group is read ("all", "everyone", "no one",
"none of", "no survivors"): "40 rescued" and "10 died" may both be true (helper opp101, sets 101-104).

The same holds of the people an operation ends with: "the three gunmen were arrested alive" / "the
three gunmen were shot dead" tell one group's fate two ways, though the event table reads an arrest
and a killing (`taken_alive_or_killed`). Only "alive" with a verb of capture is read (an arrest
alone may come before a death), and only of the same people, named in the same words ("the gunman
was shot dead" / "the hostage was found alive" are two people; sets 137-140, helper conf137b).
"""

from __future__ import annotations

import re

from workbench.core import figures as fig
from workbench.core.match.negated_states import StateMarks
from workbench.core.match.opposites import opposite_of
from workbench.core.model import Quantity
from workbench.core.text_caches import text_cache

#: A claim's `doers.outcome_tokens`: (tokens, outcome acts, `negated_states.state_reading`).
Told = tuple[list[str], frozenset[str], StateMarks]

#: The head of a whole group, and up to eight words of it ("all 12 miners trapped in the mine"), none
#: of them starting a clause of its own ("all parties condemned the attack that killed ..."); not
#: "almost all", "nearly all", "not everyone".
_GROUP = (r"(?<!almost )(?<!nearly )(?<!not )\b(?:all|everyone|everybody)\b(?:\s+(?!(?:that|which|who|when|after|as|and|but|while|were|was|had|have"
          r"|has|died|perished|drowned|survived|rescued|saved)\b)[\w'-]+){0,8}?\s+")
#: All alive: "rescued all 40 migrants", "all 25 hikers were rescued", "everyone on board survived",
#: and "no one was killed", "no one was injured".
_LIVED = re.compile(r"\b(?:rescued|saved)\s+all\b|" + _GROUP
                    + r"(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:rescued|saved|survived|brought\s+out\s+alive"
                    r"|pulled\s+out\s+alive|found\s+alive)\b"
                    r"|\b(?:no\s+one|nobody)\s+(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+)?(?:killed|died|injured|hurt)\b", re.I)
#: None alive: "no one survived", "none of the passengers survived", "there were no survivors",
#: "all 30 crew perished", "all six people on board were killed", "killing all 40".
_DIED = re.compile(r"\b(?:no\s+one|nobody|none(?:\s+of\s+(?:the|its|their|those)(?:\s+[\w'-]+){1,3}?)?)\s+"
                   r"(?:has\s+|had\s+|have\s+)?survived\b|\bno\s+survivors\b|\bkilling\s+all\b|" + _GROUP
                   + r"(?:died|perished|drowned|(?:were|was|have\s+been|had\s+been)\s+(?:killed|dead)|are\s+dead)\b", re.I)


@text_cache()  # a claim is read against each of its partners
def whole_fate(text: str) -> str | None:
    """'lived' when a claim tells a whole group survived or was saved, 'died' when it tells none
    did; None when it tells neither, or both (two groups)."""
    low = text.lower()
    if "all" not in low and "one" not in low and "body" not in low and "survivors" not in low:
        return None
    lived, died = bool(_LIVED.search(text)), bool(_DIED.search(text))
    return "lived" if lived and not died else "died" if died and not lived else None


#: Who was captured, in the passive ("the three gunmen were arrested alive") or the active ("police
#: captured the gunman alive"), and who was killed ("were shot dead", "police killed the gunman").
_BE = r"\s+(?:was|were|(?:had|has|have)\s+been)\s+"
_CAPTURED = r"(?:arrested|captured|caught|taken|seized|detained|apprehended)"
_KILLED = r"(?:killed|shot\s+dead|shot\s+and\s+killed|gunned\s+down|slain)"
_WHO = r"((?:[\w'’-]+\s+){0,3}?[\w'’-]+)"
_TAKEN_ALIVE = re.compile(_WHO + _BE + _CAPTURED + r"\s+alive\b|\b(?:arrested|captured|caught|took|seized|detained"
                          r"|apprehended)\s+" + _WHO + r"\s+alive\b", re.I)
_TAKEN_DEAD = re.compile(_WHO + _BE + _KILLED + r"\b|\b(?:killed|shot\s+dead|gunned\s+down)\s+" + _WHO
                         + r"(?=\s+(?:by|in|at|on|after|during|near|outside|inside)\b|\s*[,.;]|$)", re.I)
#: Words that open a clause of their own before the people (the claim's frame: "police said the gunmen").
_FRAME = re.compile(r"^.*\b(?:said|says|that|and|after|when|while|but)\s+", re.I)


@text_cache()
def _fate_of_people(text: str) -> tuple[str, frozenset[str]] | None:
    """('alive' or 'killed', the words of the people) of a claim telling people captured alive
    (`_TAKEN_ALIVE`) or killed (`_TAKEN_DEAD`); None for neither, or both."""
    from workbench.core.match.normalize import normalize

    if "alive" not in text and "dead" not in text and "kill" not in text and "down" not in text and "slain" not in text:
        return None
    told = [(fate, m) for fate, pattern in (("alive", _TAKEN_ALIVE), ("killed", _TAKEN_DEAD)) if (m := pattern.search(text))]
    if len(told) != 1:
        return None
    fate, m = told[0]
    who = _FRAME.sub("", m.group(1) or m.group(2))
    n = normalize(who)
    return fate, frozenset(n.tokens) | frozenset(str(x) for x in n.numbers)


def taken_alive_or_killed(a: str, b: str) -> str | None:
    """'opposite outcomes: taken alive / killed' when one claim tells people were captured alive and
    the other the same people (in the same words) were killed (module docstring)."""
    fa = _fate_of_people(a)
    if fa is None:
        return None
    fb = _fate_of_people(b)
    if fb is None or fa[0] == fb[0] or not fa[1] or fa[1] != fb[1]:
        return None
    return "opposite outcomes: taken alive / killed" if fa[0] == "alive" else "opposite outcomes: killed / taken alive"


def fates_apart(a: str, b: str) -> str | None:
    """'opposite outcomes: all lived / none lived' when one claim (as written) tells a whole group
    survived or was saved and the other that no one did (`whole_fate`), or people taken alive
    against the same people killed (`taken_alive_or_killed`)."""
    fa = whole_fate(a)
    if fa is None:
        return taken_alive_or_killed(a, b)
    fb = whole_fate(b)
    if fb is None or fa == fb:
        return None
    return "opposite outcomes: all lived / none lived" if fa == "lived" else "opposite outcomes: none lived / all lived"


def fates_agree(a: str, b: str) -> bool:
    """Whether both claims tell one fate of a whole group (`whole_fate`): then a negation of one
    ("no one was killed", "no one survived") tells what the other tells in other words ("all 25
    hikers were rescued", "all six on board were killed"), no denial of it."""
    fa = whole_fate(a)
    return fa is not None and fa == whole_fate(b)


def part_against_whole(check: fig.FigureCheck, texts: tuple[str, str], acts: tuple[Told, Told]) -> bool:
    """Whether one claim counts a whole ("all ten member states approved") and the other a part of
    it ("one member state had blocked"), of one counted noun, with opposite outcomes
    (`opposites.opposite_of`): a veto told against unanimity, one vote's two outcomes, not two
    counts of different things (`anchor.other_count`; helper opp117, sets 117-120). A part with
    the same outcome ("all ten approved" / "one approved") is left to `other_count`.
    `texts`: the claims as written; `acts`: their `doers.outcome_tokens`."""
    if check.pairs or len(check.unpaired_a) != 1 or len(check.unpaired_b) != 1:
        return False
    q, r = check.unpaired_a[0], check.unpaired_b[0]
    whole_a, whole_b = (_counted_whole(t, x) for t, x in ((texts[0], q), (texts[1], r)))
    if whole_a == whole_b:
        return False
    whole, part = (q, r) if whole_a else (r, q)
    return (whole.value is not None and part.value is not None and part.value < whole.value
            and _one_noun(whole, part) and opposite_of(acts[0][:2], acts[1][:2], (acts[0][2], acts[1][2])) is not None)


def _one_noun(q: Quantity, r: Quantity) -> bool:
    """Whether two counts count one noun: a counted stem, or a word after the number, in common
    ("ten member states" / "one member", read as counting "states" and "member")."""
    return bool(fig.counted_stems(q) & fig.counted_stems(r)
                or set(q.text.lower().split()[1:]) & set(r.text.lower().split()[1:]))


def _counted_whole(text: str, q: Quantity) -> bool:
    """Whether a count is told as a whole: "all" right before it ("all ten member states"), or the
    claim tells its act unanimous ("the ten member states unanimously approved")."""
    low = text.lower()
    return bool(q.text) and (f"all {q.text.strip().lower()}" in low or "unanimous" in low)
