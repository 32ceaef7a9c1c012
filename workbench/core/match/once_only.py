"""Acts that happen once, dated twice: one act told with two dates, a conflict, not two events.

Dates more than a month apart tell another event (`knowledge.compare_dates`): "took the airport
in 2015" / "in 2019", "dissolved parliament in 2022" / "in 2024" are acts done again. Some acts
can be done only once to what they are about, so two dates for one of them disagree:
- what was done **first** ("first applied to join ASEAN", "was first elected", "for the first
  time", "held its first democratic election"): there is one first time. The first is no mark of
  a first of a period ("the first snow of the winter", "its first rate cut in a decade", "since"),
  nor "the first ..." without an owner ("the first round of talks" comes again with each round);
- what was done **last**, told the same way ("its last execution", "the volcano's last eruption",
  "for the last time"): there is one last time, as there is one first (sets 137-140, helper
  conf137b). Not a period ("last year", "its last week in office": `_PERIODS`), nor "the last
  ..." without an owner ("the last round of talks");
- a **definite document** signed, initialled or ratified ("the joint declaration was initialled",
  "India ratified the Paris Agreement"; not "signed a deal": an indefinite one may be another),
  a thing **founded** ("Apple was founded", "formed the Alliance of Sahel States"; not "a party
  was formed"), independence declared or won, a named person's **death or birth**.
Offices taken, oaths sworn, elections won, visits and protests come again ("took office in
January 2017" / "in January 2025"): only "first" makes them once-only.

The pair reading (`once_dated_twice`) also asks that the two claims tell one act: the same content
words but their dates' (months, weekdays), the same figures but years, a once-only mark in each.
"first elected to parliament" / "first woman elected chancellor" differ in words: two firsts.

An act said to take effect at once against the same act taking effect at a later date
("takes effect immediately" / "would take effect only in 2027") is one act told at two times
(`now_or_later`).
"""

from __future__ import annotations

import re

from workbench.core import figures as fig
from workbench.core.figures.dates import MONTHS, WEEKDAYS
from workbench.core.language.kinds import kind_words
from workbench.core.model import Quantity
from workbench.core.text_caches import text_cache

#: A cheap first test on the lowered claim: one holding none of these tells no once-only act.
_ANY = re.compile("first|last|sign|initial|ratif|found|establish|formed|created|independence|died|born")

#: What makes an act come again: a once-only mark beside one of these is no mark.
_AGAIN = re.compile(r"\b(?:annual|yearly|again|another|latest|every|each|renewed|re-?signed)\b", re.I)

#: "first" as an adverb before the act ("first applied", "was first elected"), not the adjective of
#: a thing ("the first reported case", "the first quarter"): no article or owner before it, and a
#: past tense after (a regular one or a common irregular one).
_FIRST_ADVERB = re.compile(
    r"(?<!\bthe )(?<!\ba )(?<!\bits )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!'s )\bfirst\s+"
    r"(?:[a-z]+ed|became|won|took|met|ran|began|came|went|made|held|saw|rose|fell|broke|sold|"
    r"bought|hit|set|stood|gave|got|flew|left|sent|struck|spoke|wrote|chose|drew|led|sought|told)\b", re.I)
#: Periods a first may be the first of ("the season's first cholera case", "its first rate cut in
#: four years"): such a first comes again with the next period.
_PERIODS = r"(?:years?|decades?|months?|weeks?|days?|centur(?:y|ies)|generations?|seasons?|winter|summer|spring|autumn)"
#: "for the first time", and the first of an owner ("its first democratic election"), when no
#: period follows that makes it the first of many ("of the year", "in a decade", "since 1990").
_FIRST_TIME = re.compile(r"\bfor\s+the\s+first\s+time\b|\b(?!" + _PERIODS + r"'s\b)(?:its|his|her|their|[a-z]+'s)"
                         r"\s+first\s+(?!-)", re.I)
#: "for the last time", and the last of an owner ("its last execution"), not a period ("its last year").
_LAST_TIME = re.compile(r"\bfor\s+the\s+last\s+time\b|\b(?!" + _PERIODS + r"'s\b)(?:its|his|her|their|[a-z]+'s)"
                        r"\s+last\s+(?!-)(?!" + _PERIODS + r"\b)", re.I)
_FIRST_OF_A_PERIOD = re.compile(
    r"[\s,]*(?:[\w-]+\s+){0,4}?(?:of\s+(?:the|this|that|each|every)\b|in\s+(?:over\s+|more\s+than\s+|nearly\s+|"
    r"almost\s+|about\s+)?(?:a|an|\d+|[a-z]+)\s+" + _PERIODS + r"\b|since\b|this\s+" + _PERIODS + r"\b|"
    r"(?:quarter|half|leg|round|stage|season|term)\b)", re.I)

#: The agreements of `language.kinds` by their head ("the association agreement", "the peace
#: treaty"), and documents a signature or a ratification also binds once.
_DOCUMENTS = (frozenset(w.split()[-1] for w in kind_words()["agreements"] + kind_words().get("treaties", ())
                        + kind_words().get("peace deals", ()))
              | {"declaration", "convention", "charter", "protocol", "memorandum", "communique", "communiqué"})
_SIGNED = re.compile(r"\b(?:signed|initiall?ed|ratified)\b", re.I)
_THE_DOCUMENT = re.compile(r"\bthe\s+(?:(?!an?\b|signed\b|initiall?ed\b|ratified\b|was\b|were\b)[\w'’-]+\s+){0,4}?("
                           + "|".join(sorted(_DOCUMENTS, key=len, reverse=True))
                           + r")\b", re.I)
#: A thing founded: told in the passive ("Apple was founded"), or active before "the" or a name
#: ("formed the Alliance of Sahel States"); "formed a human chain", "a new party was formed" may be another.
_FOUNDED = re.compile(r"\b(?:(?:was|were)\s+(?:founded|established|formed|created)\b"
                      r"|(?<!newly )(?:founded|established|formed|created)\s+(?:the\s+|(?-i:[A-Z])))", re.I)
_INDEFINITE_BEFORE = re.compile(r"\b(?:an?|one|new|two|three|several|many|once)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
_INDEPENDENCE = re.compile(r"\b(?:declared|proclaimed|gained|won|achieved)\s+(?:its\s+|their\s+)?independence\b", re.I)
#: A named person's death or birth: the subject all capitalised words ("Queen Elizabeth II died";
#: "Five people died" names no one).
_DIED = re.compile(r"^(?:[A-Z][\w'.’-]*\s+){1,4}(?:died|was\s+born)\b")


@text_cache()  # asked per pair whose dates are far apart: bounded as the other per-pair text caches
def once_only(text: str) -> bool:
    """Whether a claim tells an act that can happen only once to what it is about (module doc)."""
    low = text.lower()
    if not _ANY.search(low) or _AGAIN.search(low):
        return False
    if "first" in low:
        if _FIRST_ADVERB.search(text):
            return True
        for m in _FIRST_TIME.finditer(text):
            if not _FIRST_OF_A_PERIOD.match(text, m.end()):
                return True
    if "last" in low:
        for m in _LAST_TIME.finditer(text):
            if not _FIRST_OF_A_PERIOD.match(text, m.end()):
                return True
    if _SIGNED.search(text) and _THE_DOCUMENT.search(text):
        return True
    for m in _FOUNDED.finditer(text):
        if not (m.group(0)[:3].lower() in ("was", "wer") and _INDEFINITE_BEFORE.search(text, 0, m.start())):
            return True
    return bool("independence" in low and _INDEPENDENCE.search(text) or _DIED.match(text))


#: Tokens naming a month or a weekday (normalised as written or cut: "jun", "septemb").
def _date_word(token: str) -> bool:
    return len(token) >= 3 and any(name.startswith(token) for name in (*MONTHS, *WEEKDAYS) if len(name) > 3)


def _figures(qs: list[Quantity]) -> list[tuple[float | None, str | None]]:
    return sorted(((q.value, q.unit) for q in qs if fig.figure_kind(q) != fig.YEAR), key=repr)


def one_act_but_dates(tokens: tuple[frozenset[str], frozenset[str]], qs: tuple[list[Quantity], list[Quantity]]) -> bool:
    """Whether two claims tell one act in the same words and figures, their dates aside."""
    return all(_date_word(t) for t in tokens[0] ^ tokens[1]) and _figures(qs[0]) == _figures(qs[1])


def once_dated_twice(texts: tuple[str, str], tokens: tuple[frozenset[str], frozenset[str]],
                     qs: tuple[list[Quantity], list[Quantity]]) -> bool:
    """Two claims telling one once-only act (`once_only`) with dates far apart: the dates clash."""
    return one_act_but_dates(tokens, qs) and once_only(texts[0]) and once_only(texts[1])


#: Taking effect: the act whose time `now_or_later` compares.
_EFFECT = r"(?:tak(?:e|es|en|ing)|took|com(?:e|es|ing)\s+into|came\s+into|enter(?:s|ed|ing)?(?:\s+into)?)\s+(?:effect|force)"
_NOW = re.compile(_EFFECT + r"\s*,?\s*(?:immediately|at\s+once|right\s+away|with\s+immediate\s+effect)\b", re.I)
_LATER = re.compile(_EFFECT + r"\s+(?:only\s+|until\s+|not\s+until\s+)?(?:in|on|from|at\s+the\s+(?:start|end)\s+of)\s+$", re.I)
_IMMEDIATE = re.compile(r"\bimmediate(?:ly)?\b|\bat\s+once\b|\bright\s+away\b", re.I)


@text_cache()  # asked per pair whose dates are far apart: bounded as the other per-pair text caches
def _effect_now(text: str) -> bool:
    """Whether a claim's act takes effect at once (read once per claim)."""
    return bool(_NOW.search(text))


def _starts(dates: list | None) -> list[int]:
    return [s for m in dates or [] if (s := m.get("start") if isinstance(m, dict) else getattr(m, "start", None))
            is not None]


def now_or_later(texts: tuple[str, str], dates: tuple[list | None, list | None],
                 tokens: tuple[frozenset[str], frozenset[str]], qs: tuple[list[Quantity], list[Quantity]]) -> str | None:
    """"takes effect immediately" in one claim, the same act taking effect at a date in the other
    ("would take effect only in 2027"), in the same words but those: the time told two ways."""
    for (now, later), (dn, dl) in ((texts, dates), (texts[::-1], dates[::-1])):
        if dn or not dl or not _effect_now(now) or _IMMEDIATE.search(later):
            continue
        for start in _starts(dl):
            if (effect := _LATER.search(later[max(0, start - 60):start])) is None:
                continue
            told = next(str(getattr(m, "text", "") or (m.get("text") if isinstance(m, dict) else "")) for m in dl
                        if (m.get("start") if isinstance(m, dict) else getattr(m, "start", None)) == start)
            # a day without a year may be the day "immediately" was said: later only with "only" / "until"
            later_told = re.search(r"\d{4}", told) or re.search(r"\b(?:only|until)\b", effect.group(0), re.I)
            if later_told and _once_but_when(tokens, qs):
                return f"takes effect now vs later ({told.strip()})"
    return None


def _once_but_when(tokens: tuple[frozenset[str], frozenset[str]], qs: tuple[list[Quantity], list[Quantity]]) -> bool:
    """The same words and figures but the dates and the word for "at once"."""
    return all(_date_word(t) or t.startswith("immediat") for t in tokens[0] ^ tokens[1]) \
        and _figures(qs[0]) == _figures(qs[1])
