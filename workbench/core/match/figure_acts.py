"""What a figure counts by its act: "One person was killed and 590 injured" / "590 people were hurt
and one protester died". Each claim holds two counts of people in other orders; plain "people"
shared ("One person" / "590 people") pairs the wrong two and reads a clash. The act told right
after each figure, in its own clause ("was killed", "injured", "were hurt", "died"), says which
count is which: figures pair by it first (`figures.compare.pair_figures`), so the dead pair with
the dead and the hurt with the hurt, and a figure moved from one count to the other ("Five people
were killed and 20 arrested" / "20 people were killed and five arrested") stays a clash. (helper
dup93)
A figure told as a threshold ("short of the 64 he needed") has that role for its act (`_NEEDED`).

Read only when both claims hold two figures or more (`acts_of_figures`), once per claim and figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.core.figures.pair_roles import NEEDED
from workbench.core.language.event_verbs import EVENT_KIN
from workbench.core.match import knowledge
from workbench.core.match.normalize import normalize
from workbench.core.model import Quantity
from workbench.core.text_caches import text_cache

#: The end of a figure's own clause: another clause ("and", a comma, "while", "as") or a digit
#: (the next figure). The act is read within the figure and the words after it up to there.
_CLAUSE_END = re.compile(r"\s(?:and|but|while|as|when|after|whereas|with)\b|[,;:.()\u2013\u2014]|\d")
#: How far after a figure its act may be told ("were reported to have been killed").
_REACH = 48
#: A figure's act told right before it when none follows ("killed 14 people", "and injured 30"):
#: the one word before the figure, so "downed thirty-eight of 42 drones" reads no act for the 42.
_BEFORE = 24
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
#: A figure told as what had to be reached ("the 64 he needed", "226 votes required", "the 150
#: necessary"): its act is the threshold (`figures.pair_roles.NEEDED`), a role apart from the count
#: that fell short of it or met it.
_NEEDED = re.compile(r"\b(?:needed|needs|need|required|requires|require|necessary)\b")


@text_cache()
def figure_act(text: str, figure: str, start: int = -1) -> frozenset[str]:
    """The events (`knowledge.event_verbs`, with their kin `EVENT_KIN`: a death is a killing) told of
    the figure written `figure` at offset `start` of `text` (the quantity's own offset, so two figures
    written alike read their own acts), from the figure to its clause's end; where `start` does not
    hold the figure, its first occurrence; empty when none is read or the figure is not found."""
    at = start if start >= 0 and text.startswith(figure, start) else text.find(figure)
    if at < 0:
        return frozenset()
    after = text[at + len(figure):at + len(figure) + _REACH]
    end = _CLAUSE_END.search(after)
    window = figure + " " + (after[:end.start()] if end else after)
    events = knowledge.event_verbs(normalize(knowledge.rewritten(window)[0]).tokens)
    if not events:  # "The blast killed 14 people and injured 30": the verb right before the figure
        before = _WORD_BEFORE.search(text, max(0, at - _BEFORE), at)
        events = knowledge.event_verbs(normalize(knowledge.rewritten(before.group(1))[0]).tokens) if before else set()
    needed = {NEEDED} if _NEEDED.search(window.lower()) else set()
    return frozenset(events | needed | {k for e in events for k in EVENT_KIN.get(e, ())})


def acts_of_figures(text_a: str, text_b: str, qa: Sequence[Quantity], qb: Sequence[Quantity]
                    ) -> tuple[list[frozenset[str]], list[frozenset[str]]] | None:
    """Each figure's `figure_act` when both claims hold two figures or more (else None: one figure
    a side pairs by itself)."""
    if len(qa) < 2 or len(qb) < 2:
        return None
    return ([figure_act(text_a, q.text, q.start) for q in qa],
            [figure_act(text_b, r.text, r.start) for r in qb])
