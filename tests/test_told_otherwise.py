"""Facts told with another sentence shape or other nouns (helper dup113, sets 113-116 read): a
licence lacked, a thing set alight, mourning observed, a length stretched, earthen walls erected,
a crack / a fissure, homes bought out."""

from __future__ import annotations

from workbench.core.language.synonyms import same_nouns
from workbench.core.language.told_otherwise import rewrite_told_otherwise
from workbench.core.match.compare import compare


def _told(text: str) -> str:
    return rewrite_told_otherwise(text, [])


def test_a_licence_lacked_is_written_one_way() -> None:
    assert _told("The ferry firm was operating without a valid licence.") == "The ferry firm did not have a licence."
    assert "did not have a licence" in _told("The ferry firm did not hold a legal operating licence.")
    assert "did not have a permit" in _told("The clinic had no permit.")
    assert "did not have a licence" in _told("The pit lacked an operating licence.")
    # a licence held, applied for or revoked stays as written
    for text in ("The firm was operating with a valid licence.", "The firm applied for an operating licence.",
                 "The firm had its licence revoked."):
        assert _told(text) == text


def test_set_alight_mourning_and_lengths() -> None:
    assert _told("Fireworks set the ceiling of the hall alight.") == "Fireworks ignited the ceiling of the hall."
    assert _told("Kenya will observe three days of national mourning.") == "Kenya will declared three days of national mourning."
    assert _told("The crack stretched roughly two km.") == "The crack was roughly two km long."
    # a distance from a place is no length
    assert _told("The lava stretched two kilometres from the crater.") == "The lava stretched two kilometres from the crater."


def test_nouns_told_two_ways() -> None:
    assert same_nouns("a fissure in the dam") == same_nouns("a crack in the dam")
    assert same_nouns("the earth barriers") == same_nouns("the earthen walls")
    assert same_nouns("indoor fireworks") == same_nouns("pyrotechnic devices")
    # "crack" as a verb stays
    assert same_nouns("police crack down on vendors") == "police crack down on vendors"


def test_retold_pairs_are_duplicates() -> None:
    pairs = [
        ("Crews built earth barriers to shield the town of Vik from the lava.",
         "Protective earthen walls were erected around Vik by road crews."),
        ("The crack in the glacier was about 2 kilometres long, the Norwegian Polar Institute said.",
         "According to polar scientists, the fissure stretched roughly two km."),
        ("Mayor Rossi said the city would buy out homeowners in the Ravenna flood zone.",
         "Ravenna will purchase the homes of flood zone residents, according to Rossi."),
    ]
    for a, b in pairs:
        assert compare(a, b).relation == "duplicate", (a, b)


def test_barriers_removed_are_not_barriers_built() -> None:
    got = compare("Crews built earth barriers to shield the town of Vik from the lava.",
                  "Crews removed the earth barriers that shielded the town of Vik from the lava.")
    assert got.relation != "duplicate"


def test_moved_by_air_was_flown() -> None:
    assert _told("The wounded were airlifted to Nairobi.") == "The wounded were flown to Nairobi."
    assert _told("They were transferred there by air.") == "They were flown there."
    assert _told("They were taken to hospital by road.") == "They were taken to hospital by road."


def test_an_event_named_after_a_place_is_no_one_done_to() -> None:
    got = compare("Dozens of injured miners were flown to hospitals in Johannesburg for treatment.",
                  "Johannesburg hospitals took in dozens of injured miners from the Mponeng collapse, who were "
                  "transported there by air.")
    assert got.relation == "duplicate"
    assert not any("another one done to" in r for r in got.reasons)
    # a person named where the act lands, against a group: still two acts
    got = compare("The court stripped opposition leader Ousmane Diallo of his immunity.",
                  "The court stripped three opposition lawmakers of their immunity.")
    assert got.relation != "duplicate"


def test_a_building_and_a_crackdown_stay() -> None:
    from workbench.core.match.knowledge import rewritten

    assert "building" in rewritten("Five killed in China building collapse")[0]
    assert "erect" in rewritten("Crews built earth barriers")[0]
    assert "fissure" not in rewritten("Egypt army cracks down on Brotherhood")[0]
