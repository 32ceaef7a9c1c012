"""What singles out one thing among others of its kind, read once per claim (`claim_readings`) and
compared per pair as small sets: a code with digits ("the RN2" / "the RN7", "flight MH17", "an
F-16", "Resolution 2334"), the two ends of a route or a link ("between Antananarivo and
Toamasina" / "... and Fianarantsoa") and the nationality of the people a fact is about ("three
Chinese nationals" / "three Nigerian nationals").

Why: such pairs share every other word, figure and day, and the sentence model and the word
scores call them one fact; a different code, end or nationality is another road, flight, route
or group of people (helper pairsnot7, read from sets 65-68 as mechanisms, not pairs). Each claim
must name one the other does not name anywhere: a retelling that names a code, an end or a people
in other words ("national road 2", "the capital", "Beijing's nationals") has none of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from workbench.core.figures.counted import counted_set, kind_stems, names_people
from workbench.core.figures.currencies import MONEY_SIGN_AT
from workbench.core.language.actors import DEMONYMS, capital_city_of
from workbench.core.language.stems import fold
from workbench.core.match.knowledge import NOT_NAMES
from workbench.core.match.place_names import named_in

#: A designation with digits written as one word, a capital first ("RN2", "MH17", "F-16s", "H5N1",
#: "Su-25", "COP28", "G20"), or after a capitalised word that takes a number ("Route 66", "Highway 1",
#: "Resolution 2334", "Flight 370"): two of them name two things. An ordinal, a unit ("5km") or a
#: year opens with a digit and is none.
_CODE = re.compile(r"\b(?:[A-Z][A-Za-z]*-?\d+[A-Za-z\d]*(?:-\d+)?|(?:Route|Highway|Resolution|Flight|Article)\s+\d+)\b"
                   r"(?![,.]\d)")
#: A price with a currency's letter before it ("Rs90", "KSh200", "N617 a litre", "R500"): money, no code.
#: A road or a group keeps one letter before one to two digits ("the N4", "M23"), or a hyphen ("S-400").
_PRICE_LIKE = re.compile(r"[A-Z]\d{3,}")


def codes_named(text: str) -> frozenset[str]:
    """The codes `_CODE` reads in a claim, as one form ("F-16s" and "F16" are "F16"), prices left out."""
    return frozenset(re.sub(r"[\s-]", "", re.sub(r"(?<=\d)s\b", "", m.group(0))).upper() for m in _CODE.finditer(text)
                     if not MONEY_SIGN_AT.match(m.group(0)) and not _PRICE_LIKE.fullmatch(m.group(0)))


#: The two ends of a route, a link or a match: "between Antananarivo and Toamasina", "from Novi Sad to
#: Strasbourg" (a march, a flight); "between the Russian and Ukrainian ..." is not read (no ends named).
_ENDS = re.compile(r"\b(?:between|from)\s+(?:the\s+)?([A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)\s+(?:and|to)\s+"
                   r"(?:the\s+)?([A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*)")


def ends_named(text: str) -> frozenset[str]:
    """The ends `_ENDS` reads, months, days and titles left out ("between January and March")."""
    out: set[str] = set()
    for m in _ENDS.finditer(text):
        ends = [re.sub(r"['\u2019]s$", "", e) for e in m.groups()]
        if not any(fold(e.split()[0]) in NOT_NAMES for e in ends):
            out.update(ends)
    return frozenset(out)


#: Kinds of people (`actors.KINDS`) a people's name before them does not single out as the ones acted
#: on: armed men are doers, told apart by `match.doers`; deaths and cases are an outbreak's counts.
_NOT_ACTED_ON = frozenset(["soldiers", "militants", "police", "criminals", "deaths", "cases"])


@lru_cache(maxsize=4096)
def _people_noun(word: str) -> bool:
    """Whether a word names people a fact is about (`figures.counted.names_people`: "nationals",
    "migrants", "engineers"), not armed men nor deaths."""
    counted, kinds = counted_set(word), kind_stems()
    return names_people(counted) and not any(kinds.get(s) in _NOT_ACTED_ON for s in counted)


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """{a people's name, lower case: its country} (`actors.DEMONYMS`)."""
    return {d.lower(): country for country, names in DEMONYMS.items() for d in names}


_WORD = re.compile(r"[a-z][a-z'-]*")


def nationalities_named(wording: str) -> frozenset[str]:
    """The countries whose people a claim's reported wording counts or acts on: a people's name right
    before a noun of people ("three chinese nationals": China)."""
    words, demonyms = _WORD.findall(wording), _demonyms()
    return frozenset(demonyms[w] for w, x in zip(words, words[1:], strict=False) if w in demonyms and _people_noun(x))


def _country_named(country: str, written: frozenset[str]) -> bool:
    capital = capital_city_of().get(country)
    return named_in(country, written) or capital is not None and named_in(capital, written)


def _own(mine: frozenset[str], other_written: frozenset[str],
         named: Callable[[str, frozenset[str]], bool] = named_in) -> list[str]:
    """What one claim names that the other (its `names_written`) does not name anywhere."""
    return [x for x in mine if not named(x, other_written)]


def singled_apart(a: tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]],
                  b: tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]) -> str | None:
    """'another code: RN2 / RN7', 'other ends: ...' or 'people of another country: ...' when each claim
    names one the other does not. Each side: (codes, ends, nationalities, `names_written`)."""
    (ca, ea, na, wa), (cb, eb, nb, wb) = a, b
    if ca and cb and ca - cb and cb - ca:
        return f"another code: {', '.join(sorted(ca - cb))} / {', '.join(sorted(cb - ca))}"
    if ea and eb and (oa := _own(ea, wb)) and (ob := _own(eb, wa)):
        return f"other ends: {', '.join(sorted(oa))} / {', '.join(sorted(ob))}"
    if na and nb and (pa := _own(na, wb, _country_named)) and (pb := _own(nb, wa, _country_named)):
        return f"people of another country: {', '.join(sorted(pa))} / {', '.join(sorted(pb))}"
    return None
