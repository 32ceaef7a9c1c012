"""One figure measuring two things: "Fuel prices rose about 30%" / "Electricity tariffs rose about
30%", "must repay about $1.3 billion in foreign debt" / "holds about $1.3 billion in foreign exchange
reserves". The figures pair and agree, most words are shared, so the pair read as one fact; but the
thing the figure measures, named beside it, is another good, service or measure of an economy: two
facts (helper notobj121, sets 121-124).

`kind_slots.members_apart` tells two members of one kind apart over the whole claim ("fuel" /
"food", "inflation" / "unemployment"); a good and a service ("fuel" / "electricity"), a debt and
reserves, are of two kinds' trees and were left alone. Beside a figure they measure, though, any
two of them are two measures: the kinds (`language.kinds`) of goods, services, trade and rates
named in the figure's own clause (a few words either side, up to a comma or a clause's opening
word) are read, and two such kinds, one each side, neither named by the other claim nor a part of
the other's, set the claims apart. "Petrol" / "gasoline", "power tariffs" / "electricity prices"
name one kind; "energy prices" names none, so nothing is read.
"""

from __future__ import annotations

import re

from workbench.core.language.kinds import kind_ancestors
from workbench.core.language.synonyms import same_nouns
from workbench.core.match.kind_slots import kinds_named
from workbench.core.match.measure_senses import figure_at
from workbench.core.model import Quantity
from workbench.core.text_caches import text_cache

#: The kinds' trees a figure measures a member of: goods, services, trade and output, rates.
MEASURED_ROOTS = frozenset(["commodities", "<services>", "<output and trade>", "<rates>"])
#: Words read either side of a figure, at most.
_BEFORE_WORDS, _AFTER_WORDS = 6, 6
#: Where a figure's clause ends: punctuation, or a word opening another clause ("after the
#: subsidies were cut", "as fuel prices rose").
_CLAUSE_END = re.compile(r"[,;:()]|\b(?:after|as|while|when|because|since|despite|following|amid|and|but|than"
                         r"|before|with|due|driven|said|says)\b", re.I)


def _root(kind: str) -> str:
    ups = kind_ancestors().get(kind, ())
    return ups[-1] if ups else kind


@text_cache()
def measured(text: str, start: int, end: int) -> frozenset[str]:
    """The kinds of goods, services, trade and rates (`MEASURED_ROOTS`) named in the clause of the
    figure at `start:end` of `text`, a few words either side."""
    before = _CLAUSE_END.split(text[max(0, start - 80):start])[-1].split()[-_BEFORE_WORDS:]
    after = _CLAUSE_END.split(text[end:end + 80])[0].split()[:_AFTER_WORDS]
    window = " ".join([*before, "|", *after]).lower()
    return frozenset(k for k in kinds_named(same_nouns(window)) if _root(k) in MEASURED_ROOTS)  # ("electricity": power)


def _near(q: Quantity, text: str) -> frozenset[str]:
    at = figure_at(q, text)
    return frozenset() if at is None else measured(text, *at)


def _bridged(kind: str, others: frozenset[str]) -> bool:
    """Whether another kind is one this one is part of, or a part of it ("petrol" / "fuel")."""
    ups = kind_ancestors()
    return any(o in ups.get(kind, ()) or kind in ups.get(o, ()) for o in others)


def measures_apart(pairs: list, texts: tuple[str, str], kinds: tuple[dict[str, str], dict[str, str]]) -> str | None:
    """'another thing measured: fuel / power supply' when a pair of figures (`pairs`: the figure
    step's pairs, each opening with the two `Quantity`s) measures in each claim a kind of good,
    service, trade or rate (`measured`) the other claim names nowhere (`kinds`: each claim's
    `kind_slots.kinds_read`) and that is no part of one the other measures."""
    for q, r, *_ in pairs:
        ma, mb = _near(q, texts[0]), _near(r, texts[1])
        if not ma or not mb:
            continue
        only_a = [k for k in ma if k not in kinds[1] and not _bridged(k, mb)]
        only_b = [k for k in mb if k not in kinds[0] and not _bridged(k, ma)]
        if only_a and only_b:
            return f"another thing measured: {', '.join(sorted(only_a))} / {', '.join(sorted(only_b))}"
    return None
