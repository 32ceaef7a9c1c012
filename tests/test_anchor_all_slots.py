"""Every slot of a fact agreeing (place, day, figure of one thing, event) anchors a retelling told
in few shared words (helper sitreprecall)."""

from workbench.core.match.compare import compare_many


def _got(a: str, b: str):
    return compare_many([(a, b)], semantic=False)[0]


def test_a_retelling_with_every_slot_agreeing_is_a_duplicate() -> None:
    got = _got("Nearly 6,500 civilians were displaced by fighting in Merca on Sunday, March 29.",
               "Clashes displaced over 6,500 people on the 29th in Marka town, the Somali Disaster "
               "Management Agency said in a statement.")
    assert got.relation == "duplicate"


def test_another_event_in_the_same_slots_is_not() -> None:
    got = _got("Nearly 6,500 civilians were displaced by fighting in Merca on Sunday, March 29.",
               "Over 6,500 people returned to their homes on the 29th in Marka town, the Somali Disaster "
               "Management Agency said in a statement.")
    assert got.relation != "duplicate"


def test_another_day_is_not() -> None:
    got = _got("Nearly 6,500 civilians were displaced by fighting in Merca on Sunday, March 29.",
               "Clashes displaced over 6,500 people on the 19th in Marka town, the Somali Disaster "
               "Management Agency said in a statement.")
    assert got.relation != "duplicate"
