"""Roads named by number (`language.roads`, helper pairsdup7): a road's number names it, so the
figure reader reads it as one figure of unit "road" ("national road 7" was a count of 7, "the RN7"
nothing), and matching writes a national road one way ("RN7"). Invented sentences."""

from __future__ import annotations

import pytest

from workbench.core.figures import quantities_of
from workbench.core.language.roads import ROAD
from workbench.core.match.compare import compare
from workbench.core.match.knowledge import rewrite


@pytest.mark.parametrize(("text", "number"), [
    ("Floodwaters have cut national road 7 south of the capital", 7.0),
    ("Floods cut the RN7 south of the capital", 7.0),
    ("Traffic resumed on Route nationale 4 on Monday", 4.0),
    ("Farmers blocked National Highway 44 near Agra", 44.0),
    ("Farmers blocked the NH-44 near Agra", 44.0),
    ("Highway 16 reopened on Friday", 16.0),
])
def test_a_road_number_is_one_figure_of_a_road(text: str, number: float) -> None:
    roads = [q for q in quantities_of(text) if q.unit == ROAD]
    assert [q.value for q in roads] == [number]
    assert not [q for q in quantities_of(text) if q.unit is None and q.value == number]


def test_a_distance_or_a_count_after_a_plain_road_word_stays_a_figure() -> None:
    assert [(q.value, q.unit) for q in quantities_of("Rebels held the road 20 km north of the town")] == [(20.0, "km")]
    assert [q.value for q in quantities_of("Along the route 30 protesters were held")] == [30.0]


def test_a_national_road_is_written_one_way() -> None:
    assert "RN7" in rewrite("Floodwaters have cut national road 7")[0]
    assert "RN44" in rewrite("Farmers blocked National Highway 44")[0]


def test_one_road_named_two_ways_is_one_fact_and_two_roads_are_not() -> None:
    one = compare("The RN7 highway south of the capital was cut by floods, the ministry said",
                  "Floods have blocked national road 7 south of the capital, according to the ministry")
    assert one.relation == "duplicate", one.reasons
    two = compare("Floods cut the RN7 south of the capital, the ministry said",
                  "Floods cut the RN4 south of the capital, the ministry said")
    assert two.relation != "duplicate"
