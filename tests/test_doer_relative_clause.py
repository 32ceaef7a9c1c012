"""A verb of saying in a relative clause of the doer ("by the head of state, who said ...") is what
he said besides his act: the claim's doer is still read (`doers.JUDGING`), and a head of state is
the president's office (`actors.OFFICES`)."""

from workbench.core.match.claim_view import claim_view
from workbench.core.match.normalize import normalize


def _doers(text: str) -> frozenset[str] | None:
    return claim_view(text, normalize(text)).doers


def test_a_doer_who_said_something_is_still_the_doer() -> None:
    assert _doers("Parliament was dissolved on Monday by Kenya's president, who said a new vote was needed.") == \
        frozenset({"kenya", "<office:president>"})
    # a claim whose main verb says or judges still has no doer
    assert not _doers("The UN condemned the killing of ten villagers.")


def test_a_head_of_state_is_the_presidents_office() -> None:
    assert _doers("Kenya's head of state dissolved parliament on Monday.") == _doers("Kenya's president dissolved parliament on Monday.")
