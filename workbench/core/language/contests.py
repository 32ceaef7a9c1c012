"""Who beat whom: the verbs of winning over a rival, read as one act, and "X lost to Y" read as "Y beat X".

A match, a race, a vote between two candidates has a winner and a loser, and news tells it from
either side: "Japan beat Germany", "Germany lost 2-1 to Japan", "Germany was beaten by Japan"
tell one result; "Germany beat Japan" tells the other. `match.roles` reads the winner as the
doer and the loser as the one done to, so two claims with the sides swapped clash.

- The verbs of winning over a rival ("beat", "defeated", "overcame", "routed", "thrashed") are
  one act, `WIN_ACT`: "X defeated Y" / "Y beat X" swap the sides of one act ("X was defeated by
  Y" is rewritten no more than a passive of "beat" is).
- "beat" and "overcome" are past tenses written as their base: read as a verb (`WIN_PAST`).
- "X lost to Y", "X lost 2-1 to Y", "X lost the runoff to Y" (`lost_to`): Y is the winner, the
  doer of `WIN_ACT`. Only with no object between "lost" and "to" but a score, an adverb or a
  contest ("lost the town to the rebels" tells ground taken, no contest: not read).
"""

from __future__ import annotations

from workbench.core.language.stems import stem

#: The one act all verbs of winning over a rival are read as.
WIN_ACT = "beat"
#: Verbs of winning over a rival (stems): one act, `WIN_ACT`.
WIN_OVER = frozenset(stem(w) for w in ["beat", "beaten", "defeat", "defeated", "overcome", "overcame", "rout",
                                       "routed", "thrash", "thrashed", "trounce", "trounced", "outvote",
                                       "outvoted", "outpoll", "outpolled"])
#: Past forms of those verbs written as their base or irregular, {form: base}: read as verbs.
WIN_PAST = {"beat": "beat", "overcame": "overcome", "overcome": "overcome"}
#: The stem of "lose" / "lost" as `match.roles` reads it (the rewrite writes "lost" as "lose").
LOSE = stem("lose")
#: Words between "lost" and "to" that tell how the contest was lost, no object ("narrowly", a score).
_HOW_LOST = frozenset(["narrowly", "heavily", "again", "out", "comfortably", "badly", "only", "just"])
#: Contests one may lose to a rival ("lost the runoff to", "lost her seat to").
CONTESTS = frozenset(["runoff", "election", "elections", "vote", "ballot", "race", "match", "game", "final",
                      "semifinal", "tie", "title", "contest", "seat", "bout", "fight", "leadership", "primary",
                      "nomination", "presidency", "mayoralty", "round", "series", "championship", "crown",
                      "duel", "playoff", "decider", "rematch"])
_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "its", "their", "this", "that"])


def win_act(act: str) -> str:
    """`WIN_ACT` for a verb of winning over a rival (a stem), any other act as it is."""
    return WIN_ACT if act in WIN_OVER else act


def lost_to(rest: list[str]) -> list[str] | None:
    """The words after "to" when `rest` (the words after a "lost", lower case) tells a contest lost to
    a rival: "2 1 to japan", "to the knicks", "the runoff to challenger mendes"; None otherwise."""
    if "to" not in rest:
        return None
    at = rest.index("to")
    between = rest[:at]
    if between and between[0] in _DETERMINERS:  # "the runoff", "her seat": a contest, nothing else
        if not (1 < len(between) <= 3 and between[-1] in CONTESTS):
            return None
    elif not all(w.isdigit() or w in _HOW_LOST for w in between):
        return None  # "lost the town to", "lost ground to", "lost 5 percent to"
    return rest[at + 1:] or None
