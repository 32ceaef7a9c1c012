"""One person named with a title and in full in one claim and by family name alone in the other
("Prime Minister Kevin Rudd conceded defeat" / "Rudd admitted that his party had lost the
election"): one doer, written as the family name in both, so that the title and the given names
are no words, names and length left over (helper dup115, sets 113-116).

A pair rewrite like `spelt_names`: only the other claim tells that the family name stands alone,
read where it opens that claim as its doer ("Rudd admitted ..."; named elsewhere, "according to
Jakobsdottir", the title is what the doers compare with a state named, and stays). Words of the
title the other claim writes too ("premier" for "Prime Minister") stay.
Read only when the capitalised words before the family name, or the two words before them, hold a
title ("President", "Prime Minister", "Mr", "opposition leader"), so a place's part ("South Africa" / "Africa", "Air France" / "France") stays,
and only when the other claim writes the family name with no capitalised word before it, so two
people of one family ("Kevin Rudd" / "Therese Rudd") stay two.
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.core.figures.shouting import headline
from workbench.core.language.actors import OFFICES
from workbench.core.match import knowledge
from workbench.core.match.knowledge import rewritten
from workbench.core.text_caches import text_cache

#: Titles news writes before a person's name, besides the offices' own words (`actors.OFFICES`).
_TITLES = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "king", "queen", "prince", "princess", "sheikh", "senator",
                     "sen", "rep", "general", "gen", "colonel", "col", "judge", "justice", "leader", "chairman",
                     "chairwoman", "president", "minister", "premier", "chancellor", "mayor", "governor", "pope",
                     "opposition"})
#: A capitalised word of a name or a title ("Matúš", "Jean-Pierre", "O'Brien", "Mr.").
_WORD = r"[A-ZÀ-Þ][\w'’.-]*"
#: Office words too general to mark a title on their own.
_NOT_TITLE = frozenset({"of", "the", "head", "state", "chief", "staff", "general", "un", "u.n.", "united", "nations"})


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    words = {w for group in OFFICES for name in group for w in name.lower().split()} - _NOT_TITLE
    return frozenset(words | _TITLES)


@text_cache()
def _opening_name(text: str) -> str | None:
    """The family name a claim opens with when it stands alone as its doer, a word in lower case
    after it ("Rudd admitted ...", "Sall's party said ..."; not "Fico, Slovakia's premier, ...",
    "Bisher Khasawneh said ...", "The ..."), or None."""
    m = re.match(rf"({_WORD})\s+[a-z]", text.strip("\"“” "))
    name = re.sub(r"['’]s$", "", m.group(1)) if m else ""
    return name if len(name) >= 3 and name.lower() not in knowledge.NOT_NAMES else None


def surname_only(a: str, b: str) -> tuple[str, str, str] | None:
    """(`a`, `b` with one claim's "<title> <given names> <Family name>" written as the family name
    the other writes alone, what fired), or None."""
    titles = title_words()
    for one, other, flip in ((a, b, False), (b, a, True)):
        if headline(other):  # (every word capitalised: none known to stand alone)
            continue
        if (name := _opening_name(other)) is None or name not in one:  # (the pattern needs the name written)
            continue
        # (a short claim may read as a headline: a word in lower case must follow the name)
        m = re.search(rf"(?<![\w'’-])((?:(?!(?:The|A|An)\s){_WORD}\s+){{1,5}}){re.escape(name)}\b(?=['’]s\b|[,.;:]|\s+[a-z])", one)
        if m is None:
            continue
        # (the title in the capitalised words or among the two words before them: "opposition leader")
        head = one[:m.start()]
        if not {w.lower().strip(".,") for w in [*head.split()[-2:], *m.group(1).split()]} & titles:
            continue
        # (title words right before the capitalised ones go with them: "Opposition leader Nawaz Sharif")
        while (t := re.search(r"(\S+)\s+$", head)) and t.group(1).lower() in titles:
            head = head[:t.start()]
        # the words the other claim writes too (as the tables write them: "premier") stay
        theirs = set(rewritten(other)[0].lower().split())
        kept = [w for w in one[len(head):m.start(1) + len(m.group(1))].split()
                if set(rewritten(w)[0].lower().split()) & theirs]
        new = head + " ".join([*kept, name]) + one[m.end():]
        hit = f"same person: {one[len(head):m.end()]} = {' '.join([*kept, name])}"
        return (other, new, hit) if flip else (new, other, hit)
    return None
