"""Two states in swapped places, one named by its people ("the Maldivian envoy"): another fact."""

from workbench.core.match.another_name import actors_swapped, country_tokens
from workbench.core.match.compare import compare
from workbench.core.match.normalize import normalize


def _swapped(a: str, b: str) -> str | None:
    ta, tb = normalize(a).tokens, normalize(b).tokens
    return actors_swapped(ta, tb, set(ta) - set(tb), set(tb) - set(ta))


def test_demonyms_of_more_states_are_read() -> None:
    tokens = country_tokens()
    assert tokens["lithuanian"] == tokens["lithuania"]
    assert tokens["lankan"] == tokens["lanka"]


def test_swap_of_actor_and_envoys_state_is_another_fact() -> None:
    a = "Lithuania expelled the Belarusian military attache over the spying case."
    b = "Belarus expelled the Lithuanian military attache over the spying case."
    assert _swapped(a, b) is not None
    assert compare(a, b).relation != "duplicate"


def test_two_word_demonym_swap() -> None:
    a = "Sri Lanka summoned the Maldivian ambassador over the fishing dispute."
    b = "The Maldives summoned the Sri Lankan ambassador over the fishing dispute."
    assert _swapped(a, b) is not None
    assert compare(a, b).relation != "duplicate"
    # the same roles in other words stay one fact
    assert compare("Sweden summoned the Norwegian envoy over the fishing quota row.",
                   "Stockholm summoned Norway's envoy over the fishing quota row.").relation == "duplicate"
