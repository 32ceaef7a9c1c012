"""A sayer telling of its own act ("India said it struck ...") is that act's doer: two such sayers
are two doers, though each names the other as where it struck (`doers.self_reporter_voices`)."""

from workbench.core.match.compare import compare
from workbench.core.match.doers import sayer_voices, self_reporter_voices
from workbench.core.vocab import Relation


def test_a_self_report_names_its_doer_not_its_sayer() -> None:
    text = "India said it struck militant camps inside Pakistan"
    assert self_reporter_voices(text) and not sayer_voices(text)
    assert self_reporter_voices("Militant camps inside Pakistan were struck, India said") == frozenset()


def test_two_states_telling_of_their_own_strikes_are_two_facts() -> None:
    a, b = ("India said it struck militant camps inside Pakistan's Punjab province",
            "Pakistan said it carried out strikes on militant camps inside India's Punjab state")
    result = compare(a, b)
    assert result.relation != Relation.DUPLICATE
    assert any("another doer" in r for r in result.reasons)


def test_one_state_telling_of_its_act_twice_is_one_doer() -> None:
    a, b = ("India said it struck nine militant camps inside Pakistan",
            "India said it had carried out strikes on nine militant camps in Pakistan")
    assert not any("another doer" in r for r in compare(a, b).reasons)
