"""One definite event that happens once, told in the same words with dates far apart: a conflict.

Dates more than a month apart tell another event (`knowledge.compare_dates`): protests, clashes,
strikes, raids, meetings ("met on"), talks, an office taken, a parliament dissolved come again,
and "Protesters marched through Santiago on 18 October" / "on 18 December" are two marches.
`once_only` reads acts done once by their verb (a first, a founding, a treaty signed) and
`one_time` events singled out by a name of their own. Three more shapes of news English tell an
event that happens once to what it is about, so that two claims telling it in the same words but
their dates disagree on its date (sets 161-164, helper dates161):
- **the next one** of anything owned ("at its next plenary in October", "their next meeting"):
  at any time there is one next one; "next week" is a date, not an event;
- a **definite event of a kind that befalls its subject once**, singled out by "the" or an owner
  ("the referendum took place", "the emir's abdication", "Monaco's listing", "the coronation of
  King Tupou", "Vodafone's merger with Three", "the prince's wedding", "the island's handover"):
  a country votes once in *the* referendum a story tells, a company lists once, a monarch is
  crowned once. Not after a year, an ordinal or "annual" ("the 2023 referendum", "its second
  listing": one edition of many), nor "a referendum" (indefinite, another may follow); and not the
  nouns of acts that come again (protest, strike, summit, meeting, talks, election, vote, attack);
- a **throne handed on**: a monarch who abdicates, hands or passes the throne to an heir, or an
  heir who ascends it, does so once ("Henri will hand the throne to Guillaume in October 2025").

Two claims tell one such event only when they hold the same words but their dates' (months,
weekdays) and the same figures but years (`once_only.one_act_but_dates`), and each reads the same
shape: two listings of two bodies ("Panama's listing" / "Croatia's listing") differ in words.
"""

from __future__ import annotations

import re

from workbench.core.match.claim_view import reported
from workbench.core.match.once_only import one_act_but_dates
from workbench.core.model import Quantity
from workbench.core.text_caches import text_cache

#: Nouns of events that befall their subject once (a people votes in the referendum a story tells
#: once; a monarch abdicates, is crowned once; a company lists, merges, floats once).
_ONCE_NOUNS = (r"referendum|plebiscite|abdication|coronation|enthronement|accession|succession|handover|hand-over"
               r"|wedding|funeral|burial|listing|delisting|flotation|IPO|merger|independence")

#: A cheap first test on the lowered claim.
_ANY = re.compile(r"next|referendum|plebiscite|abdicat|coronation|enthronement|accession|succession|hand|wedding"
                  r"|funeral|burial|listing|flotation|ipo\b|merger|independence|throne")

#: What makes an event come again (as `once_only` reads it): a claim with one of these tells none.
_AGAIN = re.compile(r"\b(?:annual|yearly|again|another|latest|every|each|second|third|fourth|renewed|new|previous)\b", re.I)

_OWNER = r"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s?)"
#: A definite event of the kind: "the referendum", "Monaco's listing", "the coronation of King
#: Tupou", with up to two words between ("the constitutional referendum"), none a year or a number.
_DEFINITE = re.compile(r"(?<![\w'’])" + _OWNER + r"\s+(?:(?![\d]|an?\b)[\w'’-]+\s+){0,2}?(?:" + _ONCE_NOUNS + r")\b")
#: "its next plenary", "the next meeting", "their next summit": not a period ("next week").
_NEXT = re.compile(r"\b(?:its|the|his|her|their|[A-Z][\w.-]*['’]s?)\s+(?:next|upcoming|forthcoming)\s+"
                   r"(?!(?:week|month|year|day|weekend|decade|century|time)s?\b)[\w-]+", re.I)
#: A throne handed on: "hand (over) the throne to", "abdicated", "ascended the throne".
_THRONE = re.compile(r"\b(?:(?:hand|pass|cede)(?:s|ed|ing)?\s+(?:over\s+)?the\s+throne|abdicat(?:e|es|ed|ing)\b"
                     r"|ascend(?:s|ed|ing)?\s+(?:to\s+)?the\s+throne)", re.I)


@text_cache()  # asked per pair whose dates are far apart: bounded as the other per-pair text caches
def definite_event(text: str) -> str | None:
    """The shape of the one-time event a claim tells (module doc): "next", "definite" or "throne"."""
    low = text.lower()
    if not _ANY.search(low):
        return None
    said = reported(text)
    if _AGAIN.search(said):
        return None
    if ("next" in low or "coming" in low) and _NEXT.search(said):
        return "next"
    if _THRONE.search(said):
        return "throne"
    if _DEFINITE.search(said):
        return "definite"
    return None


_TOLD = {"next": "the next one of an event", "throne": "a throne handed on once",
         "definite": "one definite event that happens once"}


def definite_told_twice(texts: tuple[str, str], tokens: tuple[frozenset[str], frozenset[str]],
                        qs: tuple[list[Quantity], list[Quantity]]) -> str | None:
    """Two claims telling one event that happens once (`definite_event`) in the same words and
    figures but their dates: their far-apart dates clash. Returns what the event is, or None."""
    if not one_act_but_dates(tokens, qs):
        return None
    shape = definite_event(texts[0])
    return _TOLD[shape] if shape is not None and shape == definite_event(texts[1]) else None
