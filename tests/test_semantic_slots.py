"""The slots floor on the semantic path (`anchor.slots_floor`, helper pairsconf5): every slot
agreeing and a cosine that reads one statement make a duplicate; two acts of one doer on one day,
read apart by the vector, do not."""

from __future__ import annotations

from workbench.core.match.anchor import SLOTS_MIN_COSINE
from workbench.core.match.compare import compare

FUEL = ("Fuel shortage hits Maputo as tankers stranded at border",
        "Petrol stations in Maputo are running dry because fuel tankers are stuck at the border with South Africa.")


def test_slots_and_meaning_agreeing_make_a_duplicate():
    c = compare(*FUEL, cosine=0.72)
    assert c.relation == "duplicate", c.reasons
    assert any("every slot agrees" in r for r in c.reasons), c.reasons


def test_a_meaning_read_apart_keeps_the_floor_off():
    c = compare(*FUEL, cosine=SLOTS_MIN_COSINE - 0.1)
    assert c.relation != "duplicate", c.reasons
    c = compare("The UN secretary-general urged Russia to return to the grain deal",
                "The UN secretary-general urged Russia to release detained sailors", cosine=0.55)
    assert c.relation != "duplicate", c.reasons
