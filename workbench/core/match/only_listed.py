"""A list told with "only" against a longer list of the same things: "the quota will apply only for
2022" / "the quota will apply for both 2022 and 2023", "only Chile and Peru voted against" /
"Chile, Peru and Bolivia voted against" (sets 137-140, helper conf137b).

The date step reads 2022 in both claims and the figure step has no count to pair, so the pair reads
as one fact told twice. But "only" closes the list: what the other claim lists beyond it is told
not to be, a part told as the whole, as "all 30" against "28 of the 30" (`all_or_part`).

Read: the items after "only" ("only for 2022", "only the North Sea", "only Chile and Peru") or
before it ("for 2022 only"), and the lists of two or more items of the other claim ("both 2022 and
2023", "Chile, Peru and Bolivia"). An item is a name (capitalised words) or a year after a
preposition ("for 2022", not "only 2000 people": a count). The other claim's list must hold every
item told with "only" and one more that the claim with "only" names nowhere, in the same slot: a
word before the list or right after it is the same in both ("apply for", "cover", "voted").
Without "only" a shorter list is a part told, no conflict ("will apply for 2022" / "for both 2022
and 2023"); "not only" opens no closed list, and "the only" is a noun's ("the only country").
"""

from __future__ import annotations

import re

from workbench.core.text_caches import text_cache

#: Prepositions a list of years or names may follow ("for 2022", "to France and Italy").
_PREP = r"(?:for|in|to|on|at|from|into|by|with|of|between|across|over|until|through)"
#: A name: capitalised words ("North Sea", "Royal Brunei"), not a capitalised function word.
_NAME = r"(?!(?:The|Only|Both|A|An|In|On|At|For|But|And|Or|It|They|He|She|We)\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)\b"
_ITEM = r"(?:the\s+)?(?:" + _NAME + "|" + _YEAR + ")"
_MORE = r"(?:\s*,\s*" + _ITEM + r")*(?:\s*,?\s+(?:and|or)\s+" + _ITEM + ")"
#: Items closed by "only", before them ("only for 2022", "only Chile and Peru") or after ("for 2022 only").
_ONLY = re.compile(r"(?<!\bnot )(?<!\bif )(?<!\bthe )\b[Oo]nly\s+(?:(" + _PREP + r")\s+)?(" + _ITEM + "(?:" + _MORE + ")?)"
                   r"|\b(" + _PREP + r")\s+(" + _ITEM + "(?:" + _MORE + r")?)\s+only\b")
#: A list of two or more items ("both 2022 and 2023", "Chile, Peru and Bolivia").
_LIST = re.compile(r"(?:\b(" + _PREP + r")\s+)?(?:both\s+)?(" + _ITEM + _MORE + ")")
_SPLIT = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
#: Words that say nothing of the slot a list fills.
_NO_SLOT = frozenset(["the", "a", "an", "will", "would", "was", "were", "is", "are", "has", "have", "had", "be",
                      "been", "only", "both", "said", "says", "and", "or"])

Listed = tuple[frozenset[str], frozenset[str]]  # (the items, the words around them)


def _items(span: str) -> frozenset[str]:
    return frozenset(re.sub(r"^the\s+", "", i.strip(), flags=re.I).lower() for i in _SPLIT.split(span) if i.strip())


def _years_placed(span: str, prep: str | None) -> bool:
    """Whether a list's years follow a preposition (a year alone may be a count: "only 2000 people")."""
    return prep is not None or not re.search(_YEAR, span)


def _slot(text: str, start: int, end: int, prep: str | None) -> frozenset[str]:
    """The words around a list: its preposition, the two words before it, the word right after it."""
    before = [w.lower() for w in _WORD.findall(text[max(0, start - 40):start])][-3:]
    after = re.match(r"\s+([A-Za-z][\w'’-]*)", text[end:])
    words = {*before, *([after.group(1).lower()] if after else []), *([prep.lower()] if prep else [])}
    return frozenset(words - _NO_SLOT)


@text_cache()
def only_lists(text: str) -> tuple[Listed, ...]:
    """The lists a claim closes with "only" (`_ONLY`)."""
    if "only" not in text.lower():
        return ()
    out = []
    for m in _ONLY.finditer(text):
        prep, span = (m.group(1), m.group(2)) if m.group(2) else (m.group(3), m.group(4))
        if _years_placed(span, prep):
            end = m.end(2) if m.group(2) else m.end(4)
            out.append((_items(span), _slot(text, m.start(), end, prep)))
    return tuple(out)


@text_cache()
def lists(text: str) -> tuple[Listed, ...]:
    """The lists of two or more items a claim tells (`_LIST`)."""
    if " and " not in text and " or " not in text:
        return ()
    return tuple((_items(m.group(2)), _slot(text, m.start(), m.end(), m.group(1))) for m in _LIST.finditer(text)
                 if _years_placed(m.group(2), m.group(1)))


def only_or_more(texts: tuple[str, str]) -> str | None:
    """'only 2022 / 2022, 2023' when one claim closes a list with "only" and the other lists more in
    the same slot (module docstring)."""
    for x, y in ((0, 1), (1, 0)):
        if not (closed := only_lists(texts[x])) or not (longer := lists(texts[y])):
            continue
        low = texts[x].lower()
        for items, slot in closed:
            for more, around in longer:
                if items < more and slot & around and not any(e in low for e in more - items) \
                        and not any(more == i for i, _ in only_lists(texts[y])):
                    return f"only {', '.join(sorted(items))} / {', '.join(sorted(more))}"
    return None
