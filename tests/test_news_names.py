"""General names news writes two ways: "CAR" is the Central African Republic
(capitals only: a car is no country) and its UN mission MINUSCA; military instructors are
trainers; a travel advisory is a travel warning; fighting is clashes."""

from workbench.core.match.compare import prepared


def _tokens(text: str) -> list[str]:
    return prepared(text)[0].tokens


def test_car_in_capitals_is_the_country_and_its_mission() -> None:
    assert _tokens("Russia sent troops to CAR") == _tokens("Russia sent troops to the Central African Republic")
    assert _tokens("The UN mission in CAR said") == _tokens("MINUSCA said")
    assert _tokens("A car bomb exploded") != _tokens("A Central African Republic bomb exploded")


def test_instructors_are_trainers_and_advisories_are_warnings() -> None:
    assert _tokens("Moscow sent 300 military instructors") == _tokens("Moscow sent 300 military trainers")
    assert _tokens("The State Department issued a travel advisory") == _tokens("The State Department issued a travel warning")


def test_fighting_is_clashes() -> None:
    assert _tokens("Heavy fighting broke out near the border") == _tokens("Clashes broke out near the border")
