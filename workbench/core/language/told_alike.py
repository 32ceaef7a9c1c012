"""Five everyday idioms news writes two ways for one fact, written one way before the tables read
them (`paraphrases.rewrite_paraphrases` calls this; helper dup142, sets 141-144). Each pair of
tellings shares no word the verb or noun tables could pair, and the idiom's own words ("by half",
"at the start of", "charged") weigh against the pair in the wording scores:

- a thing cut, reduced, slashed or lowered by half (in half) was halved ("the fee was cut by half
  to $100" / "would halve the charge to 100 dollars"); "by a third", "by 50 percent" and "by half
  a percentage point" stay (a figure the figures reader compares);
- a price told from the payer's side: people who pay an amount (a fee of it) are charged it ("Indian
  tourists are charged Rs 1,200 per day" / "visitors from India will pay a fee of 1,200 rupees a
  day"); only an active "pay" with a rate after it (an amount a day, a night, a person, a ticket),
  so a sum paid once ("agreed to pay $102 million to settle") and being paid an amount (a wage:
  "are paid $12") stay;
- a sayer who "told reporters" (journalists, the press, a news conference) said it: who heard it
  is no part of the statement ("Admiral X said" / "Admiral X told reporters");
- a sayer who said a thing "in a video sent to the BBC" (a statement to, an interview with, a post
  on ...) said it: the medium and whom it went to are no part of the statement, when "that" follows
  the aside (helper dup145b: "said in a video sent to the BBC that he was confined to his home" /
  "said he had been placed under house arrest"); a plain "in a statement" stays, as the other
  claim may tell it elsewhere;
- a price told by how often it falls due is the price for that span ("the nightly charge" / "$100
  a night": "the charge a night");
- early in a month or a year is its start ("in early July" / "at the start of July"), as the verb
  table already reads "the beginning of" ("start" = "begin"), so that the start against the end of
  one month stays two times (`opposites`: begin / end). "In late" is not written "at the end of":
  "opened in late November" would read as an act ended against "began on 28 November".
"""

from __future__ import annotations

import re

from workbench.core.language.rewrite_notes import noter
from workbench.core.language.stems import in_tense_of
from workbench.core.language.told_plainly import rewrite_told_plainly

#: A verb of lowering, then up to five words of what was lowered, then "by half" / "in half".
_HALVED = re.compile(r"\b(cut|cuts|cutting|reduced?|reduces|reducing|slash(?:ed|es|ing)?|lower(?:ed|s|ing)?)\s+"
                     r"((?:(?!by\b|in\b)[\w'’-]+\s+){0,5}?)(?:by|in)\s+half\b(?!\s+(?:a|an|of|per|percent)\b|[-‐])", re.I)
#: A base form after a modal or "to" keeps its base ("would cut ... by half" -> "would halve").
_BASE = re.compile(r"\b(?:to|will|would|can|could|shall|should|may|might|must|did|does|do)\s+$", re.I)
#: Figures after "pay" that count no money ("pay 24 hours later").
_NOT_MONEY = r"(?!\s*(?:counts?|times|hours?|days?|weeks?|months?|years?|people|men|women)\b)"
#: A rate: an amount falls due each day, night, person, ticket ... ("$100 a night", "15 euros per day").
_RATE = (r"\s*(?:[A-Za-z]+\s+){0,2}?(?:a|an|per|each)\s+(?:day|night|week|month|year|person|head|visit|visitor"
         r"|ride|trip|journey|ticket|hour|passenger|adult|child|room|vehicle|car)\b")
#: An active "pay" (no "be" or "get" before it: "are paid $12" is a wage) and a rate after it (a
#: sign or a figure, "a fee of" between): what the payer is charged. A sum paid once ("agreed to pay
#: $102 million to settle", "paid 5 million pounds for the striker") is no price charged.
_PAY = re.compile(r"(?<!\bare\s)(?<!\bis\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bget\s)"
                  r"\b(pay|pays|paid|paying)\s+(?:an?\s+(?:fee|charge|levy|toll|tariff)\s+of\s+)?"
                  r"(?=(?:[^\w\s]{1,3}\s?|(?:Rs|Nu|Tk)\.?\s?)?\d[\d,.]*(?![\d,.])" + _NOT_MONEY + _RATE + ")", re.I)
#: "pay" -> "be charged", in the tense written; after a modal or "to", "be charged".
_CHARGED = {"pay": "are charged", "pays": "is charged", "paid": "were charged", "paying": "being charged"}
_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
           r"|(?:19|20)\d\d)")
#: "in early" a month or a year.
_PART_OF = re.compile(r"\bin\s+early\s+(" + _MONTHS + r")\b", re.I)

#: A price told by how often it falls due ("the nightly charge") is the price a night ("$100 a night").
_EVERY = {"daily": "day", "nightly": "night", "weekly": "week", "monthly": "month", "yearly": "year", "annual": "year"}
_PRICE_EVERY = re.compile(r"\b(daily|nightly|weekly|monthly|yearly|annual)\s+(fees?|charges?|levy|levies|tolls?|fares?"
                          r"|prices?|rates?|tariffs?|rents?)\b", re.I)

#: Who was told is no part of what was said: "told reporters" (journalists, the press, the media, a
#: news conference) is "said".
_TOLD_PRESS = re.compile(r"\b(told|tells|telling)\s+(?:reporters|journalists|the\s+press|the\s+media"
                         r"|(?:a|the)\s+(?:news|press)\s+conference)\b", re.I)
_SAID = {"told": "said", "tells": "says", "telling": "saying"}
#: "said in a video (statement, interview ...) sent to (posted on, given to ...) X that": "said that".
#: Only with whom it went to or where it was posted: a plain "said in a statement that" stays, as
#: the other claim often tells "in a statement" elsewhere ("..., X said in a statement."; the
#: rewrite of the plain form cost MRPC dev a pair in the refit, 0.772 -> 0.770).
_MEDIUM = (r"(?:video|statement|interview|letter|post|message|recording|broadcast|speech|tweet|address|audio"
           r"|voice\s+note|press\s+release)")
_SAID_IN = re.compile(r"\b(said|says|saying)\s+in\s+(?:a|an|the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,2}?" + _MEDIUM
                      + r"(?:\s+(?:(?:sent|posted|released|given|published|shared|aired|broadcast|issued|recorded)\s+"
                        r"(?:to|on|by|in|with)|with|to)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?=that\b)", re.I)


def rewrite_told_alike(text: str, hits: list[str]) -> str:
    """`text` with a halving, a price charged and the start or end of a month written one way; what
    was rewritten is appended to `hits`."""
    low = text.lower()
    note = noter(hits)
    if "half" in low:
        def halved(m: re.Match[str]) -> str:
            verb = m.group(1)
            form = "halve" if _BASE.search(text[:m.start()]) else in_tense_of(verb, "halved", "halves", "halving")
            what = m.group(2).strip()
            return note(m, form + (f" {what}" if what else ""))

        text = _HALVED.sub(halved, text)
    if "pay" in low or "paid" in low:
        def charged(m: re.Match[str]) -> str:
            base = _BASE.search(text[:m.start()])
            return note(m, ("be charged" if base else _CHARGED[m.group(1).lower()]) + " ")

        text = _PAY.sub(charged, text)
    if any(w in low for w in _EVERY):
        text = _PRICE_EVERY.sub(lambda m: note(m, f"{m.group(2)} a {_EVERY[m.group(1).lower()]}"), text)
    if "told " in low or "tells " in low or "telling " in low:
        text = _TOLD_PRESS.sub(lambda m: note(m, _SAID[m.group(1).lower()]), text)
    if " in " in low and ("said" in low or "says" in low or "saying" in low):
        text = _SAID_IN.sub(lambda m: note(m, m.group(1) + " "), text)
    if "early" in low:
        text = _PART_OF.sub(lambda m: note(m, "at the start of " + m.group(1)), text)
    # a span in two units, a multiple against the past, a bad effect, a plan come up with, a fire put out (helper dup145a)
    return rewrite_told_plainly(text, hits)
