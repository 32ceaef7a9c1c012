"""One figure told of two things by the slot news gives it (helper not157a, sets 157-160):

- a share of two wholes: "About 95 percent of landlocked Ethiopia's trade passes through Djibouti's
  ports" / "About 95 percent of the traffic at Djibouti's ports is linked to Ethiopia's trade". Both
  claims name both countries, so no name is missing; but the whole after "of" is owned by another
  name (Ethiopia's trade, Djibouti's traffic): the same share of two wholes, two facts;
- one sum spent on two purposes: "will spend about $4 million a year on marine conservation" /
  "... a year servicing the blue loan". What a sum is spent on follows it ("on", a gerund, "to"
  and a verb), past a period ("a year", "annually");
- one price of two acts: "bought back its superbond at 55 cents on the dollar" / "had traded at
  around 55 cents before the deal": the price a deal was made at and the price a market quoted are
  two facts, however close (`_DEAL_VERBS` / `_MARKET_VERBS`, read before "at" and the price);
- one order to pay two things: "ordered Djibouti to pay DP World $385 million in damages" / "...
  to pay DP World's legal costs as well": what is paid is read by kind (`language.payments`).

`measured_things` reads goods and services beside a figure, `measures_on` a measure "on" a thing;
neither reads a share's whole, a sum's purpose, a price's act or a payment's kind. Each reading is
narrow: a share's wholes must each hold a name and no name of one may be the other's or its
people's ("Mongolia's exports" / "Mongolian exports" stay one); a purpose must hold two words or
more the other claim names nowhere, none alike to its words ("on new buses" / "to buy new buses",
"school meals" / "school feeding" stay one); a deal and a deal ("sold at" / "bought at"), a market
and a market ("closed at" / "ended trading at") stay one; a payment's kinds must not meet
("damages" / "compensation", "a fine" / "a penalty" stay one).
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from workbench.core.language.payments import PAYMENT_WORDS
from workbench.core.language.verbs import is_gerund, is_verb_like
from workbench.core.match.acts import alike
from workbench.core.match.count_predicates import predicates_apart
from workbench.core.match.measure_senses import figure_at
from workbench.core.match.normalize import normalize
from workbench.core.match.place_names import country_of, may_contain
from workbench.core.match.vote_sides import turnout_apart
from workbench.core.model import Quantity
from workbench.core.text_caches import text_cache

#: A word, a dotted abbreviation ("U.S.", one name) or a mark.
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[\w'\u2019-]+|[^\w\s]")

# --- a share's whole ---------------------------------------------------------------------------

#: Words that end a share's whole: prepositions but "of", "at", "in" (its own complements: "the
#: traffic at Djibouti's ports"), clause words.
_WHOLE_END = frozenset(["to", "from", "through", "by", "for", "with", "into", "across", "via", "under", "over",
                        "on", "and", "or", "but", "that", "which", "who", "while", "as", "than", "since", "after",
                        "before", "during", "according", "is", "are", "was", "were", "go", "goes", "pass", "passes"])
#: The most words read past a possessive ("Russia's export revenue"): the whole's head.
_PAST_OWNER = 2
_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")


@text_cache()
def whole_names(text: str, end: int) -> tuple[str, ...]:
    """The names in the whole after a share that ends at `end` of `text` ("95 percent of landlocked
    Ethiopia's trade passes": Ethiopia), the whole read after "of" up to a verb, a preposition
    (`_WHOLE_END`) or two words past a possessive; empty when no "of" follows or no name is read."""
    if (m := re.match(r"\s+of\s+", text[end:end + 8])) is None:
        return ()
    names: list[str] = []
    current: list[str] = []
    past_owner = -1
    for k, w in enumerate(_WORD.findall(text[end + m.end():end + m.end() + 120])):
        if not w[0].isalnum() or w.lower() in _WHOLE_END or (k and (is_verb_like(w) or is_gerund(w))):
            break
        if past_owner > 0 and w[0].isupper() or past_owner >= _PAST_OWNER:
            break  # a name past the owner's head is outside the whole ("trade passes through Djibouti")
        past_owner += past_owner >= 0
        if w[0].isupper() and w != "The":
            current.append(_POSSESSIVE.sub("", w))
        if current and (not w[0].isupper() or _POSSESSIVE.search(w)):
            names.append(" ".join(current))  # a name ends at a lower-case word or its possessive
            current = []
        if _POSSESSIVE.search(w) and w[0].isalpha():
            past_owner = 0  # (a name right after an owner is the owned: "Syria's People's Assembly")
    if current:
        names.append(" ".join(current))
    return tuple(names)


def _one_owner(x: str, y: str) -> bool:
    """Whether two names may be one owner: one country's two names ("U.S." / "United States"), one
    place in the other, a country and its people (`place_names.may_contain`), a word shared or
    alike ("Argentina" / "Argentine")."""
    wx, wy = set(x.lower().split()), set(y.lower().split())
    return (country_of(x) or x) == (country_of(y) or y) or may_contain(x, y) or alike(wx, wy)


def _wholes_apart(q: Quantity, r: Quantity, texts: tuple[str, str]) -> str | None:
    if q.unit != "%" or r.unit != "%" or (at_a := figure_at(q, texts[0])) is None \
            or (at_b := figure_at(r, texts[1])) is None:
        return None
    na, nb = whole_names(texts[0], at_a[1]), whole_names(texts[1], at_b[1])
    if not na or not nb or any(_one_owner(x, y) for x in na for y in nb):
        return None
    return f"a share of another whole: {', '.join(na)} / {', '.join(nb)}"


# --- a sum's purpose ---------------------------------------------------------------------------

#: A verb spending a sum, right before it (hedges and "an extra" between).
_SPENT = re.compile(r"\b(?:spend|spends|spending|spent|invest|invests|investing|invested|allocat(?:e|es|ed|ing)"
                    r"|earmark(?:s|ed|ing)?|devot(?:e|es|ed|ing))\s+(?:(?:an|extra|additional|another|up|to|more|than)\s+)*$",
                    re.I)
#: A period told after the sum ("a year", "annually", "over the next five years").
_PERIOD = re.compile(r"^\s*(?:(?:a|per|each|every)\s+(?:year|month|week|day)|annually|yearly|monthly"
                     r"|over\s+(?:the\s+)?(?:next\s+)?[\w-]+\s+(?:years?|months?|decades?)|this\s+year|next\s+year)\b", re.I)
#: Words that end a purpose: prepositions but "of", clause words, a period.
_PURPOSE_END = frozenset(["in", "on", "at", "for", "from", "by", "with", "after", "before", "until", "over",
                          "during", "and", "but", "while", "as", "that", "which", "who", "when", "this", "next",
                          "last", "a", "per", "each", "every", "annually", "to", "than", "under", "through"])
_PURPOSE_MAX, _OWN_AT_LEAST = 5, 2
_ARTICLES = frozenset(["the", "a", "an", "its", "their", "his", "her"])


@text_cache()
def purpose_of(text: str, end: int) -> frozenset[str]:
    """The tokens of what a sum ending at `end` of `text` is spent on ("$4 million a year on marine
    conservation": marine, conservation; "servicing the blue loan"), empty when none is read."""
    rest = text[end:end + 120]
    while (m := _PERIOD.match(rest)) is not None:
        rest = rest[m.end():]
    words = _WORD.findall(rest)
    if not words:
        return frozenset()
    if words[0].lower() == "on" or words[0].lower() == "to" and len(words) > 1 and words[1].isalpha():
        words = words[1:]
    elif not is_gerund(words[0]):
        return frozenset()
    out: list[str] = []
    for k, w in enumerate(words):
        if not w[0].isalnum() or len(out) >= _PURPOSE_MAX or (k and w.lower() in _PURPOSE_END):
            break
        if w.lower() not in _ARTICLES:
            out.append(w)
    return frozenset(normalize(" ".join(out)).tokens) if out else frozenset()


def _purposes_apart(q: Quantity, r: Quantity, texts: tuple[str, str], tokens: tuple[Set[str], Set[str]]) -> str | None:
    if not q.unit or q.unit != r.unit or (at_a := figure_at(q, texts[0])) is None \
            or (at_b := figure_at(r, texts[1])) is None:
        return None
    if not _SPENT.search(texts[0], max(0, at_a[0] - 40), at_a[0]) or not _SPENT.search(texts[1], max(0, at_b[0] - 40), at_b[0]):
        return None
    pa, pb = purpose_of(texts[0], at_a[1]), purpose_of(texts[1], at_b[1])
    own_a, own_b = pa - tokens[1], pb - tokens[0]
    if len(own_a) < _OWN_AT_LEAST or len(own_b) < _OWN_AT_LEAST or alike(own_a, tokens[1]) or alike(own_b, tokens[0]):
        return None
    return f"a sum spent on another thing: {' '.join(sorted(own_a))} / {' '.join(sorted(own_b))}"


# --- a price's act -----------------------------------------------------------------------------

#: Verbs of a deal made at a price, and of a market's quote ("trades", "trade" are most often nouns;
#: "priced at" sets a price, of a deal or a fee, and is left alone).
_DEAL_VERBS = frozenset(["buy", "buys", "buying", "bought", "repurchase", "repurchased", "repurchasing", "sell", "sells",
                         "selling", "sold", "purchase", "purchased", "acquire", "acquired", "redeemed"])
_MARKET_VERBS = frozenset(["traded", "trading", "quoted", "closed", "opened", "ended", "finished"])
#: The verb before a price, a few words and "at" between ("bought back its superbond at").
_ACT_AT = re.compile(r"\b(" + "|".join(sorted(_DEAL_VERBS | _MARKET_VERBS)) + r")\b((?:\s+[\w'\u2019-]+){0,3}?)\s+at\s+$",
                     re.I)
_ACT_WORD = re.compile(r"\b(?:" + "|".join(sorted(_DEAL_VERBS | _MARKET_VERBS)) + r")\b", re.I)


def _price_act(q: Quantity, text: str) -> str | None:
    """"deal" or "market" by the verb nearest before "at" and the price, or None."""
    if (at := figure_at(q, text)) is None or (m := _ACT_AT.search(text, max(0, at[0] - 50), at[0])) is None \
            or _ACT_WORD.search(m.group(2)):
        return None  # (another act's verb nearer the price: read none)
    return "deal" if m.group(1).lower() in _DEAL_VERBS else "market"


def _acts_apart(q: Quantity, r: Quantity, texts: tuple[str, str]) -> str | None:
    if " at " not in texts[0] or " at " not in texts[1] or (q.unit or q.counted) != (r.unit or r.counted):
        return None
    sa, sb = _price_act(q, texts[0]), _price_act(r, texts[1])
    return None if sa is None or sb is None or sa == sb else f"a price of another act: {sa} / {sb}"


# --- what is paid ------------------------------------------------------------------------------

#: "pay" as a verb and what follows it up to a clause's end.
_PAY = re.compile(r"\b(?:(?:to|will|would|must|should|could|can|may|not|and|or)\s+pay|pays|paid|paying)\s+((?:[^,;:.]|(?<=\d)[.,](?=\d)){1,80})",
                  re.I)
_PAID_END = re.compile(r"\s(?:to|for|after|because|as|when|while|but|within|if|which|that|over|under|before|by|since"
                       r"|until|following)\b.*$", re.I)


@text_cache()
def paid_kinds(text: str) -> frozenset[str]:
    """The kinds of payment (`language.payments`) a claim tells paid ("to pay $385 million in
    damages": damages), empty when it tells none."""
    return frozenset(PAYMENT_WORDS[w] for m in _PAY.finditer(text)
                     for w in _PAID_END.sub("", m.group(1)).lower().split() if w in PAYMENT_WORDS)


def _paid_apart(texts: tuple[str, str]) -> str | None:
    if "pa" not in texts[0] or "pa" not in texts[1]:
        return None
    ka, kb = paid_kinds(texts[0]), paid_kinds(texts[1])
    return None if not ka or not kb or ka & kb else f"another thing paid: {', '.join(sorted(ka))} / {', '.join(sorted(kb))}"


def slots_apart(pairs: Sequence, texts: tuple[str, str], tokens: tuple[Set[str], Set[str]]) -> str | None:
    """A reason when a paired figure is told of two things (a share of two wholes, a sum spent on two
    purposes, a price of two acts, a turnout and a side (`vote_sides`), a kind and an act of a counted
    group (`count_predicates`)) or the claims tell two kinds of payment (module docstring).
    `pairs`: the figure step's pairs, each opening with the two `Quantity`s; `tokens`: each claim's
    normalised tokens."""
    for q, r, *_ in pairs:
        if (why := _wholes_apart(q, r, texts) or _purposes_apart(q, r, texts, tokens) or _acts_apart(q, r, texts)
                or turnout_apart(q, r, texts) or predicates_apart(q, r, texts)):  # (helper not161b)
            return why
    return _paid_apart(texts)
