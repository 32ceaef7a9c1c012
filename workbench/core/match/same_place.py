"""Whether two claims are in one place, as the anchor's floors ask it (`compare`, `anchor`).

Two strengths, because a figure says more than the words: for a pair anchored by agreeing
figures (not a person's age alone: every claim about him gives it), claims naming no place are in
one place when the names of one are all among the other's ("The Constitutional Council confirmed
Frelimo's Daniel Chapo ... 65 percent" / "... upheld Daniel Chapo's victory ... 65%"); for a pair
with no figure (the slots floor, an opposite outcome, clashing figures) they must name the same
doer or the same names. The looser test on the slots floor made
MRPC pairs sharing a person's name duplicates ("Mr Sorbello was taken to hospital" / "... while
Mr Pennisi"): MRPC dev 0.754 -> 0.748 lexical; on the clash floor it made "Captain Tennant was a
28-year veteran" / "Tennant was promoted to captain four years ago" a conflict, and an age alone
"Scott Russell is 46 years old" a duplicate of "... 46-year-old Scott Russell, is in a Portland
hospital" (golden outputs; helper pairsconf5).

For a figure two more bindings hold (stop 36): one claim naming the place and the other only what
is there, all its names among the first's ("a search of El Pozo prison in Ilama" / "a raid on the
El Pozo jail"; a country or capital alone is no such name), and, when neither names a place, a
figure exact enough to name its event by itself (`_exact`: "514 million reais" / "R$514 million").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from workbench.core import figures as fig
from workbench.core.figures.rules import AGE
from workbench.core.match import knowledge
from workbench.core.match.claim_readings import place_named_elsewhere
from workbench.core.match.doers import same_doer
from workbench.core.match.knowledge import CAPITALS
from workbench.core.match.normalize import normalize
from workbench.core.match.one_person import one_person
from workbench.core.match.place_names import country_of
from workbench.core.match.told_places import told_in_one_place

if TYPE_CHECKING:
    from workbench.core.match.claim_view import ClaimView
    from workbench.core.model import Quantity


def places_alike(va: ClaimView, vb: ClaimView, check: fig.FigureCheck) -> tuple[bool, bool]:
    """(in one place for the slots and an outcome, in one place for a figure) of two claims no
    other fact sets apart: both read a place (any place clash is already an other fact), one reads
    the other's without a preposition (`claim_readings.place_named_elsewhere`), or neither reads
    one and a doer or the names stand for it (`doers.same_doer`)."""
    if va.place is not None and vb.place is not None or place_named_elsewhere(va.readings, vb.readings):
        return True, True
    if va.place is not None or vb.place is not None:
        # one names the place, the other only what is there: all of the other's names among its own
        # ("a search of El Pozo prison in Ilama" / "a raid on the El Pozo jail")
        ra, rb = va.readings, vb.readings
        unplaced = rb if va.place is not None else ra
        placed = ra if va.place is not None else rb
        # (a name of its own, not only the country: "Italy will spend ..." / "... in Albania")
        return False, unplaced.content_names <= placed.content_names and any(
            country_of(name.title()) is None and name.title() not in CAPITALS for name in unplaced.content_names) \
            or _state_at_home(va if va.place is None else vb, vb.place if va.place is None else va.place)
    if same_doer(va.doers, vb.doers, va.names, vb.names):
        return True, True
    if all(fig.figure_kind(x) == AGE for x, _ in check.agreements):
        return False, False
    ra, rb = va.readings, vb.readings
    # (or one person told with more of his names, "Emmanuel Macron" / "Macron", for a figure only: on
    # the slots floor "Coach Don Nelson declared ..." / "Dallas Coach Don Nelson declared ..." of MRPC
    # dev became duplicates, 0.770 -> 0.766: `one_person`)
    if same_doer(va.doers, vb.doers, va.names, vb.names, (ra.written, rb.written)) \
            or one_person((va.rewritten, va.doers), (vb.rewritten, vb.doers)) \
            or told_in_one_place(ra.content_names, rb.content_names, ra.kind_of_place, rb.kind_of_place):
        return False, True
    # The figures alone: an exact one ("38,266 hotspots"). (Two agreeing figures of their own things
    # were tried: "Dhaka floods: 310 mm in 12 hours" / "Chittagong recorded 310 millimetres ... in
    # twelve hours" became one fact, the first word's name unread.)
    return False, bool(check.agreements) and all(_exact(x) and _exact(y) for x, y in check.agreements)


def _state_at_home(unplaced: ClaimView, place: str | None) -> bool:
    """Whether the claim naming no place is told of a state's own doing and the other claim's place
    is that state ("held by Cape Verdean authorities for over 16 months" / "spent more than 16
    months in custody in Cape Verde"): a state acts at home unless told otherwise (helper dup145a;
    for a figure only, as the other bindings above)."""
    if place is None or not unplaced.doers or not _STATE_BODY.search(unplaced.roles_wording):
        return False  # ("Cuba's population has fallen to 10 million" / "10 million people in Cuba": no state's act)
    country = country_of(place)
    return country is not None and unplaced.doers == _country_tokens(country)


#: A state's body told by its state ("cabo verde s authorities", as the roles' wording writes "Cape
#: Verdean authorities": `language.governments`).
_STATE_BODY = re.compile(r"\b\w+ s (?:authorities|government|administration|police|officials|forces|army|military"
                         r"|coast ?guard|navy|president|prime minister|courts?|judiciary)\b")


@lru_cache(maxsize=512)
def _country_tokens(country: str) -> frozenset[str]:
    """A country's name as the doers read of a claim name it (one token: "Cabo Verde" -> "caboverd")."""
    return frozenset(normalize(knowledge.rewritten(country)[0]).tokens)


def _exact(q: Quantity) -> bool:
    """A figure precise enough to name its event by itself: three significant digits or more
    ("38,266 hotspots", "514 million reais", "12.7 metres"; not "3,000 tents", "22 towns")."""
    if q.value is None or q.approximate:
        return False
    digits = f"{q.value:.6g}".replace(".", "").replace("-", "").split("e")[0].strip("0")
    return len(digits) >= 3
