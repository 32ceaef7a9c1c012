"""One act or one thing retold another way (helper dup89, classes read from sets 89-92), tested on
invented sentences, not on the held-out pairs: a rival "defeated" is beaten (no opposite of "won"),
an arrest warrant issued is the arrest ordered, a resignation accepted is the official resigned,
stripped of a mandate is the mandate revoked, a verdict confirmed is upheld, trying to carry out a
coup is attempting one, a building set on fire is torched, broken into is stormed, a summons not
answered is ignored, a death toll that stands at a count is that many killed; nouns written two
ways (city hall, coup d'état, appellate, ex-, highways, economic output); an owner's name before a
body's gives no initial; a twentieth is a share of 5 %."""

from __future__ import annotations

import pytest

from workbench.core.figures import quantities_of
from workbench.core.language.initials import write_initials
from workbench.core.match.compare import compare, prepared


def _words(text: str) -> str:
    """The claim's words as compared: after the knowledge rewrite, normalised."""
    return prepared(text)[0].text


@pytest.mark.parametrize(("a", "b"), [
    ("A court issued an arrest warrant for the mayor", "A court ordered the arrest of the mayor"),
    ("A court ordered Castillo's arrest", "A court ordered the arrest of Castillo"),
    ("The board stripped the senator of his seat", "The board revoked the seat of the senator"),
    ("The court confirmed the conviction", "The court upheld the conviction"),
    ("He tried to carry out a coup", "He attempted a coup"),
    ("Rioters set the parliament on fire", "Rioters torched the parliament"),
    ("Rioters broke into the parliament", "Rioters stormed the parliament"),
    ("He failed to respond to a summons", "He ignored a summons"),
    ("The death toll stands at 49", "killed 49"),
    ("Farmers blockaded highways", "Farmers blocked roads"),
    ("Protesters stormed the city hall", "Protesters stormed the mayor's office"),
    ("The ex-chief was arrested", "The former chief was arrested"),
    ("It failed, a coup d'état", "It failed, a coup"),
    ("The appellate court ruled", "The appeals court ruled"),
])
def test_one_act_written_one_way(a: str, b: str) -> None:
    assert _words(a) == _words(b)


@pytest.mark.parametrize(("a", "b"), [
    # a motion or a bill defeated failed: a loss, not a rival beaten
    ("The party defeated the motion", "The party beat the motion"),
    ("She conceded defeat the day after", "She conceded beat the day after"),
    ("The mayor was defeated in the runoff", "The mayor was beat in the runoff"),
    # a resignation refused is none; a verdict quashed stays
    ("He refused to accept the resignation of his minister", "He refused to said his minister resigned"),
    ("The court confirmed it had received the appeal", "The court upheld it had received the appeal"),
    # a toll that rose tells a change, whose direction the opposites read
    ("The death toll rose to 45", "killed 45"),
    ("The naval blockade was lifted", "The naval block was lifted"),
])
def test_look_alikes_stay_as_written(a: str, b: str) -> None:
    assert _words(a) != _words(b)


def test_a_rival_defeated_is_no_opposite_of_a_win() -> None:
    c = compare("Hichilema took 59 percent of the vote, defeating the incumbent Edgar Lungu.",
                "Hichilema won the presidential election with 59% of the vote.")
    assert c.relation != "conflict"
    assert not any("opposite" in r for r in c.reasons)
    lost = compare("The incumbent mayor was defeated in Sunday's runoff.", "The incumbent mayor won Sunday's runoff.")
    assert any("opposite" in r for r in lost.reasons)


def test_an_owner_gives_no_initial() -> None:
    assert write_initials("Nigeria's Independent National Electoral Commission said").endswith("INEC said")
    assert "NINEC" not in write_initials("Nigeria's Independent National Electoral Commission said")


def test_a_twentieth_is_five_percent() -> None:
    shares = [q for q in quantities_of("Mining makes up one-twentieth of the country's output.") if q.unit == "%"]
    assert shares and shares[0].value == pytest.approx(5.0)


def test_defeat_conceded_stays_a_noun() -> None:
    c = compare("Sandra Torres conceded defeat the day after the runoff and congratulated her rival.",
                "Sandra Torres refused to concede defeat after the runoff and alleged fraud.")
    assert c.relation != "duplicate"
    assert "beat" not in _words("She conceded defeat the day after the runoff")
