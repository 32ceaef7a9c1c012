"""Who beat whom (`language.contests`, helper conf129, sets 129-132): the verbs of winning over a
rival are one act read by `roles`, "beat" is read as a verb, and "X lost to Y" tells "Y beat X"."""

from workbench.core.match.compare import compare
from workbench.core.match.roles import roles_swapped


def test_winner_and_loser_swapped_conflict():
    assert compare("Brazil beat Argentina 3-1 in the quarter-final in Doha.",
                   "Argentina beat Brazil 3-1 in the quarter-final in Doha.").relation == "conflict"
    assert compare("The Lakers beat the Celtics in overtime on Sunday night.",
                   "The Celtics beat the Lakers in overtime on Sunday night.").relation == "conflict"
    assert roles_swapped("brazil beat argentina", "argentina beat brazil") == (["brazil"], ["argentina"])


def test_defeated_and_beat_are_one_act():
    assert compare("Incumbent governor Alvarez defeated challenger Mendes in the runoff.",
                   "Challenger Mendes defeated incumbent governor Alvarez in the runoff.").relation == "conflict"
    assert roles_swapped("nadal was defeated by djokovic", "nadal beat djokovic") is not None
    assert compare("Nadal was beaten by Djokovic in the semi-final at Roland Garros.",
                   "Djokovic beat Nadal in the semi-final at Roland Garros.").relation == "duplicate"


def test_lost_to_tells_the_other_side_won():
    assert compare("Spain lost 1-0 to Morocco in the round of 16 in Madrid.",
                   "Spain beat Morocco 1-0 in the round of 16 in Madrid.").relation == "conflict"
    assert compare("Sweden lost to Norway on penalties in the final in Oslo.",
                   "Norway lost to Sweden on penalties in the final in Oslo.").relation == "conflict"
    assert compare("Spain lost 1-0 to Morocco in the round of 16 in Madrid.",
                   "Morocco beat Spain 1-0 in the round of 16 in Madrid.").relation == "duplicate"
    assert compare("The Bulls lost to the Knicks in the final game of the season.",
                   "The Knicks beat the Bulls in the final game of the season.").relation == "duplicate"


def test_ground_lost_to_a_side_is_no_contest():
    assert roles_swapped("the army lose the town to the rebels", "the army beat the rebels") is None


def test_symmetric_acts_swap_nothing():
    assert compare("Brazil drew 1-1 with Argentina in the quarter-final in Doha.",
                   "Argentina drew 1-1 with Brazil in the quarter-final in Doha.").relation == "duplicate"
    assert compare("Police clashed with protesters outside parliament on Monday.",
                   "Protesters clashed with police outside parliament on Monday.").relation == "duplicate"
