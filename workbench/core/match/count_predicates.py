"""What a part of a counted whole was, and what it did or had done to it (helper not161b, sets
161-164): "MAST found that 36 of the 148 fin whales killed in 2022 had to be shot more than once" /
"... 36 of the 148 fin whales killed in 2022 were pregnant females". The figures pair and agree,
the date and nearly all words are shared, so the pair read as one fact; but a count of a group is
told of by its predicate, and one claim tells what the counted were (a kind: "were women", "were
Chinese nationals", "were juveniles") while the other tells an act or a fate ("had to be shot",
"were later released", "needed hospital treatment"): two facts of one group, as news reports a
partial count of arrests, deaths or inspections by several such sub-counts.

Narrow by shape: both claims tell the same subject after the figure (two words or more in common
right after it, "of the 148 fin whales ..."), then part; the kind is a copula and one to three
words ending the clause, none of them a verb, the last a plural noun ("were women", "were small
businesses"); the act is a verb ("had", "needed", "withdrew") or a copula and a participle ("were
later released", "were found alive"). Two kinds ("were children" / "were minors") or two acts
("had to be euthanised" / "were put down") are left to the other readers.
"""

from __future__ import annotations

import re

from workbench.core.language.verbs import is_finite_verb, is_gerund, is_participle, is_verb_like
from workbench.core.match.measure_senses import figure_at
from workbench.core.model import Quantity
from workbench.core.text_caches import text_cache

#: The copulas a kind follows.
_COPULAS = frozenset(["were", "was", "are", "is"])
#: Plural nouns not ending in -s.
_PLURALS = frozenset(["women", "men", "children", "people", "police", "staff", "personnel"])
#: Where a figure's clause ends: a mark (not a number's comma or point) or a clause's opening word.
_CLAUSE_END = re.compile(r"[;:()]|[,.](?!\d)|\s(?:and|but|while|whereas|after|as|because|when|according)\b")
_WORD = re.compile(r"[\w'\u2019-]+")
#: Words of the shared subject the claims must open with after the figure, at least.
_SHARED_AT_LEAST = 2
_KIND_MAX = 3
#: Adverbs that may stand between a copula and its participle ("were later released").
_ADVERBS = frozenset(["later", "also", "then", "subsequently", "eventually", "since", "all", "still", "not", "never"])


@text_cache()
def clause_after(text: str, end: int) -> tuple[str, ...]:
    """The words of the clause after a figure ending at `end` of `text`, lower-cased."""
    rest = text[end:end + 140]
    if (stop := _CLAUSE_END.search(rest)) is not None:
        rest = rest[:stop.start()]
    return tuple(w.lower() for w in _WORD.findall(rest))


def _kind(pred: tuple[str, ...]) -> bool:
    """Whether `pred` (the words after a copula, to the clause's end) names what the counted were."""
    if not 1 <= len(pred) <= _KIND_MAX or any(is_verb_like(w) or is_gerund(w) or w.endswith("ly") for w in pred):
        return False
    last = pred[-1]
    return last in _PLURALS or len(last) > 3 and last.endswith("s") and not last.endswith("ss")


def _act(pred: tuple[str, ...], after_copula: bool) -> bool:
    """Whether `pred` opens with an act: a verb, or (after a copula) a participle, past adverbs."""
    words = [w for w in pred if w not in _ADVERBS] if after_copula else list(pred)
    if not words:
        return False
    first = words[0]
    return (is_finite_verb(first) or is_participle(first)) if after_copula else \
        is_verb_like(first) and first not in _COPULAS


def _reading(words: tuple[str, ...], shared: int) -> str | None:
    """"kind", "act" or None for the clause `words` parting from the other claim's after `shared`."""
    tail = words[shared:]
    if not tail:
        return None
    if tail[0] in _COPULAS:
        pred, copula = tail[1:], True
    elif words[shared - 1] in _COPULAS:
        pred, copula = tail, True
    else:
        pred, copula = tail, False
    if copula and _kind(pred):
        return "kind"
    return "act" if _act(pred, copula) else None


def predicates_apart(q: Quantity, r: Quantity, texts: tuple[str, str]) -> str | None:
    """'a count told of two things: were pregnant females / had to be shot' when two agreeing
    figures (`q` of the first claim, `r` of the second) count one group and one claim tells what they
    were, the other what they did or had done to them (module docstring)."""
    if (at_a := figure_at(q, texts[0])) is None or (at_b := figure_at(r, texts[1])) is None:
        return None
    wa, wb = clause_after(texts[0], at_a[1]), clause_after(texts[1], at_b[1])
    shared = 0
    while shared < min(len(wa), len(wb)) and wa[shared] == wb[shared]:
        shared += 1
    if shared < _SHARED_AT_LEAST or shared == len(wa) or shared == len(wb):
        return None
    ra, rb = _reading(wa, shared), _reading(wb, shared)
    if {ra, rb} != {"kind", "act"}:
        return None
    return f"a count told of two things: {' '.join(wa[shared:])} / {' '.join(wb[shared:])}"
