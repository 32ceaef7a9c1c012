"""A state denied by a negating prefix ("issued legally" / "issued illegally", "armed" / "unarmed")
and a state ended against one that goes on ("no longer in danger" / "still in danger") are opposite
outcomes (`match.negated_states`), not spelling variants or the same words."""

from __future__ import annotations

from workbench.core.match.compare import compare
from workbench.core.match.negated_states import ENDED, GOES_ON, NOT_MARK, state_marks


def test_a_negating_prefix_is_read_as_a_denied_state() -> None:
    assert NOT_MARK + "legally" in state_marks("The permits had been granted illegally.")
    assert NOT_MARK + "armed" in state_marks("The man had been unarmed.")
    assert NOT_MARK + "valid" in state_marks("The signatures were invalid.")
    # no negation: another word, or a hedge on what is known
    for text in ["Unrest spread to the capital.", "Immigrants were rescued.", "The immediate cause is unclear to them.",
                 "Unconfirmed reports spoke of gunfire.", "The minister informed parliament."]:
        marks = state_marks(text)
        assert not {m for m in marks if m.startswith(NOT_MARK) and m[len(NOT_MARK):] in
                    {"rest", "migrants", "mediate", "confirmed", "form"}}


def test_a_state_denied_by_a_prefix_is_a_conflict() -> None:
    for a, b in [("The ministry said the permits for the quarry had been granted legally.",
                  "The ministry said the permits for the quarry had been granted illegally."),
                 ("Police said the man who was shot by officers had been armed.",
                  "Police said the man who was shot by officers had been unarmed."),
                 ("The electoral commission said the signatures on the petition were valid.",
                  "The electoral commission said the signatures on the petition were invalid.")]:
        assert compare(a, b).relation == "conflict", (a, b)
    # hard negatives: kept as they were (a prefix denies the word as written, not its stem: "unbeaten" /
    # "beat"; "non-operative" / "inoperative" and "not armed" / "unarmed" deny alike)
    assert compare("The champions remained unbeaten with a 3-1 win over Leeds on Saturday.",
                   "The champions beat Leeds 3-1 on Saturday.").relation == "duplicate"
    assert compare("Most of the state firms were non-operative, the minister said.",
                   "Most of the state firms were inoperative, the minister said.").relation == "duplicate"
    assert compare("Coast guards said 40 migrants were rescued off the island of Lampedusa.",
                   "Coast guards said 40 immigrants were rescued off the island of Lampedusa.").relation == "duplicate"
    assert compare("The regulator said the licence was issued legally.",
                   "The regulator said the licence had been issued lawfully.").relation == "duplicate"


def test_a_state_ended_and_one_going_on() -> None:
    assert ENDED + "danger" in state_marks("Doctors said her life was no longer in danger.")
    assert GOES_ON + "danger" in state_marks("Her life was still in danger.")
    assert compare("Officials said the town was no longer under threat from the wildfire.",
                   "The town was still under threat from the wildfire, officials said.").relation == "conflict"
    assert compare("The airport was no longer closed on Monday, the operator said.",
                   "The airport was still closed on Monday, the operator said.").relation == "conflict"
    # hard negatives: kept as they were
    assert compare("Doctors said the girl was still in a coma.",
                   "The girl remained in a coma, doctors said.").relation == "duplicate"
    assert compare("The hospital said the injured miner was no longer in a critical condition.",
                   "The hospital said the injured miner's condition was no longer critical.").relation == "duplicate"


def test_a_claims_words_as_written_stay_out_of_its_outcome_acts() -> None:
    """The words a prefix may deny are read only by `state_opposed`: kept among the outcome acts,
    every per-pair reader of outcomes walked them (stop 44's cost on dense news)."""
    from workbench.core.match.doers import outcome_tokens
    from workbench.core.match.negated_states import WORD_MARK
    from workbench.core.match.normalize import normalize

    text = "The ministry said the permits had been granted illegally."
    _, acts, (opening, marks) = outcome_tokens(text, normalize(text))
    assert not any(t.startswith("<") for t in acts)
    assert opening == (NOT_MARK + "legally",) and WORD_MARK + "permits" in marks
