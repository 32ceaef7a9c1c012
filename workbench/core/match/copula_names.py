"""Two named people said to be one thing: "Deltour was a former auditor at PricewaterhouseCoopers in
Luxembourg" / "Halet was a former administrative employee at PricewaterhouseCoopers in Luxembourg",
"Ramirez is a former police officer from Monterrey" / "Gutierrez is a former police officer from
Monterrey" (sets 157-160, helper not157b).

`doers` tells two named doers apart, but only of an act: `roles` reads no subject of "was" or "is"
(there is no act), so a claim saying who someone is has no doer, and two such claims about two
people share every other word. And a name opening the claim is not read as one by `doers`
(`_first_word_names`): a capitalised first word may be any noun ("Officials said ...").

Read here: the words opening the claim before a singular "is" / "was" / "has been" followed by "a",
"an", "the", "one" or "among" (a description or a membership: "was a former auditor", "is among
the dead"), each capitalised, with no article or pronoun before them (an article's subject is a
noun, "The suspect was a former soldier", which may be the other claim's name in other words), titles
("Mr", "President") left out. A singular subject with no article is a name or a mass noun; two mass
nouns described alike are two facts too ("Tourism is a major source of income" / "Fishing is ...").
The two subjects are compared as `doers.other_doer` compares any two named doers: neither's names
anywhere in the other claim, nor written alike (a full name and its surname, "Gaddafi" / "Qadhafi",
are one person); a pronoun ("He was a former auditor") is no name and tells nothing.
"""

from __future__ import annotations

import re

from workbench.core.language.people import GENDER_TITLES, TITLES
from workbench.core.match.doers import other_doer
from workbench.core.match.normalize import normalize
from workbench.core.text_caches import text_cache

#: Capitalised words opening a claim that are no name: articles, pronouns, determiners, conjunctions.
_NOT_NAMES = ("The|A|An|He|She|It|They|We|I|You|This|That|These|Those|There|Here|His|Her|Its|Their|Our|My|Your"
              "|What|Who|Which|Each|Every|Another|Such|One|No|None|Neither|Either|Both|All|Some|And|But|So|Then"
              "|Now|Also|Only|Yet|Still|Today|Yesterday")
#: A capitalised word that may be part of a name.
_WORD = r"(?!(?:" + _NOT_NAMES + r")\b)[A-Z][\w'\u2019.-]*"
#: The subject (capitalised words opening the claim), a singular copula and a description after it.
_SUBJECT = re.compile(r"^(" + _WORD + r"(?:\s+" + _WORD + r"){0,3})\s+(?:is|was|has\s+been|had\s+been)"
                      r"\s+(?:also\s+)?(?:a|an|the|one|among)\b")
#: A wire tag or dateline opening the text ("(Reuters) - ", "KANDAHAR, June 13 (AP) - ").
_TAG = re.compile(r"^[^-\u2013\u2014]{0,60}?\s[-\u2013\u2014]{1,2}\s|^\([^()]{0,40}\)\s*")
#: Titles before a name, as tokens: never a name of their own.
_TITLES = frozenset(t for w in (*TITLES, *GENDER_TITLES) for t in normalize(w).tokens)


@text_cache()
def copula_subject(text: str) -> frozenset[str]:
    """The name tokens of the subject of a claim saying who or what it is (`_SUBJECT`), without
    titles; empty when the claim says no such thing."""
    if " is " not in text and " was " not in text and " been " not in text:
        return frozenset()  # (cheap)
    m = _SUBJECT.match(_TAG.sub("", text.strip()))
    return frozenset(normalize(m.group(1)).tokens) - _TITLES if m else frozenset()


def copula_names_apart(texts: tuple[str, str], tokens: tuple[frozenset[str], frozenset[str]]) -> str | None:
    """'another doer: deltour / halet' when each claim says who its subject is (`copula_subject`)
    and the two subjects are two names (`doers.other_doer`: neither named anywhere in the other
    claim). `tokens`: the claims' normalised tokens."""
    names_a = copula_subject(texts[0])
    if not names_a:
        return None
    names_b = copula_subject(texts[1])
    if not names_b:
        return None
    return other_doer(names_a, names_b, tokens[0], tokens[1])
