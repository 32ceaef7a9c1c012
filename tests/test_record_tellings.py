"""A record told two ways ("the highest number in its history" / "the deadliest year on record") is
one statement, and a tally of killings or homicides counts murders (`language.records`,
`figures.counted.COUNTED_AS`; helper dup135)."""

from workbench.core import figures as fig
from workbench.core.match import knowledge
from workbench.core.match.compare import compare


def test_a_record_told_two_ways_is_one_fact() -> None:
    c = compare("Honduras recorded 3,732 homicides in 2019, the highest number in its history.",
                "With 3,732 killings, 2019 was the deadliest year on record in Honduras.")
    assert c.relation == "duplicate"
    c = compare("The city recorded 112 murders in 2023, the highest total in its history.",
                "With 112 killings, 2023 was the deadliest year on record in the city.")
    assert c.relation == "duplicate"


def test_the_record_frames_are_written_one_way() -> None:
    for said in ("The country recorded 623 murders in 2024, the highest number in its history.",
                 "Police counted 87 murders in 2021, the most ever recorded.",
                 "Exports reached 40 million tonnes, the highest on record."):
        assert "a record high" in knowledge.rewritten(said)[0], said
    assert "a record high year" in knowledge.rewritten("2024 was the deadliest year on record.")[0]
    assert "a record low" in knowledge.rewritten("Turnout was 31%, the lowest in the country's history.")[0]
    # a superlative against a span, and the deadliest event, are no record of a count
    for said in ("The country recorded 623 murders, the highest number since 2019.",
                 "It was the deadliest attack on record.", "It was the worst year on record."):
        assert "record high" not in knowledge.rewritten(said)[0], said


def test_killings_and_homicides_count_murders() -> None:
    (m,), (k,), (h,) = (fig.quantities_of(s) for s in ("623 murders were recorded.", "623 killings were recorded.",
                                                        "623 homicides were recorded."))
    assert fig.count_the_same(m, k) and fig.count_the_same(m, h) and fig.count_the_same(k, h)
    (a,) = fig.quantities_of("623 arrests were made.")
    assert not fig.count_the_same(k, a)
