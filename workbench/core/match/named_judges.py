"""Two named people judging one thing: "President Zuzana Čaputová condemned the shooting" /
"President-elect Peter Pellegrini condemned the shooting" are two statements, two facts.

`doers.doer_names` reads no doer in a claim whose verb judges or reports (`doers.JUDGING`: "the UN
condemned the militia's killing of ..." is about the militia's act), and `doers.sayers_apart`
tells sayers apart only when they are states or international bodies. So a claim that opens with a
person's name before a verb of judging (condemned, welcomed, praised, called or described X a Y,
...) and the same claim opened by another person's name were one fact. Here each claim's judge is
read as the last capitalised word of the name run right before that verb ("Prime Minister Pedro
Sánchez" -> "sanchez", "Finance Minister Christian Lindner" -> "lindner"; a family name in two
parts by its last, "José Ramos-Horta" -> "horta"); two judges, each named nowhere in
the other claim, are two doers. Not read: a name after an article ("the White House", "the
Vatican": a thing that may speak for the other claim's person), a body (`initials.BODY_WORDS`:
"Foreign Ministry"), a judge told by an office or a country alone ("Slovakia's president"), titles
(`knowledge.NOT_NAMES`), a known actor ("UN") which may be the other claim's person in other words,
a lone first word ("Officials welcomed ..."). Verbs of saying are no judging: "X said" / "Y said"
may report one fact.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from workbench.core.language.initials import BODY_WORDS
from workbench.core.match import knowledge
from workbench.core.match.another_name import SWAP_VARIANT_RATIO, actor_tokens, country_tokens
from workbench.core.match.normalize import normalize
from workbench.core.text_caches import text_cache

#: Up to seven words opening a claim, then a verb of judging in the past or present tense.
_JUDGED = re.compile(r"^(?P<judge>(?:\S+\s+){1,7}?)(?:has\s+|have\s+|had\s+)?(?:also\s+|swiftly\s+|strongly\s+)?"
                     r"(?:condemn|welcom|denounc|prais|hail|critici[sz]|deplor|mourn|applaud|lament|call|describ)(?:ed|s|es)?\b")
#: Words opening a name run of a thing, never of a person ("The Kremlin", "The White House").
_DETERMINERS = frozenset(["The", "A", "An"])
_STRIP = ".,;:'\"()\u2018\u2019\u201c\u201d"


@lru_cache(maxsize=1)
def _not_judges() -> frozenset[str]:
    """Tokens that name no person: titles, countries and their peoples, known actors."""
    countries = country_tokens()
    return knowledge.NOT_NAMES | actor_tokens() | frozenset(countries) | frozenset(countries.values())


@text_cache()
def judge_name(text: str) -> str | None:
    """The token of the person a claim opens with before a verb of judging ("President Zuzana
    Čaputová condemned ..." -> "caputova"), or None (see the module docstring)."""
    m = _JUDGED.match(text.strip())
    if m is None:
        return None
    words = [w.strip(_STRIP) for w in m.group("judge").split()]
    run: list[str] = []
    for at in range(len(words) - 1, -1, -1):
        if not words[at][:1].isupper():
            break
        run.insert(0, words[at])
    start = len(words) - len(run)
    if run and run[0] in _DETERMINERS or start and words[start - 1].lower() in ("the", "a", "an"):
        return None  # a thing named, no person ("The White House", "the Vatican")
    if not run or len(run) == 1 and start == 0 or run[-1].isupper() or run[-1].endswith(("'s", "\u2019s")) \
            or any(w.lower() in BODY_WORDS for w in run):  # a body ("the European Commission")
        return None
    tokens = normalize(run[-1]).tokens  # (a family name in two parts, "Ramos-Horta": its last)
    if not tokens or len(tokens[-1]) < 3 or tokens[-1] in _not_judges() or len(tokens) > 1 and "-" not in run[-1]:
        return None
    return tokens[-1]


def _named_in(token: str, tokens: frozenset[str]) -> bool:
    """Whether a name token is among the other claim's tokens, spelt the same or nearly."""
    return token in tokens or any(len(t) >= 4 and fuzz.ratio(token, t) >= SWAP_VARIANT_RATIO for t in tokens)


def judges_apart(texts: tuple[str, str], tokens: tuple[frozenset[str], frozenset[str]]) -> str | None:
    """'another sayer: caputova / pellegrini' when each claim opens with a person judging
    (`judge_name`) and neither is named in the other claim (`tokens`: each claim's normalised tokens)."""
    a, b = judge_name(texts[0]), judge_name(texts[1])
    if a is None or b is None or _named_in(a, tokens[1]) or _named_in(b, tokens[0]):
        return None
    return f"another sayer: {a} / {b}"
