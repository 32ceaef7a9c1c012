"""Two members of one kind of news noun (`language.kinds`: vessels, munitions, attacks, buildings,
goods, measures, diseases ...) in two claims tell two facts; a wider word, a shared word, a plural
or an adjective does not split them (`match.kind_slots`)."""

from __future__ import annotations

import pytest

from workbench.core import figures as fig
from workbench.core.language.actors import KIND_PARENTS, KINDS
from workbench.core.language.kinds import NEWS_KINDS, kind_ancestors
from workbench.core.language.synonyms import same_nouns
from workbench.core.match.claim_view import claim_roles
from workbench.core.match.compare import compare, prepared
from workbench.core.match.kind_slots import kinds_named, other_member
from workbench.core.match.normalize import normalize


def reported(text: str) -> str:
    """The wording `compare` reads kinds from: the reported content, rewritten ("blast" is "explosion")."""
    return claim_roles(text, prepared(text)[0])[0]


@pytest.mark.parametrize(("a", "b"), [
    ("A Russian corvette sailed within 200 metres of a British destroyer",
     "A Russian corvette sailed within 200 metres of a Dutch frigate"),
    ("Militants fired drones at the airbase overnight", "Militants launched missiles at the airbase overnight"),
    ("The shelling badly damaged a hospital in the town", "The shelling badly damaged a school in the town"),
    ("Two police officers were killed in a suicide bombing in the market",
     "Two police officers were killed in an ambush in the market"),
    ("The health ministry said cholera had killed 40 people this month",
     "The health ministry said measles had killed 40 people this month"),
    ("The farm ministry said coffee exports fell to 2 million bags", "The farm ministry said the coffee harvest fell to 2 million bags"),
    ("The Security Council renewed the sanctions on Libya", "The Security Council renewed the mandate of its mission in Libya"),
    ("The general sacked the defence minister", "The general sacked the interior minister"),
    ("A cyclone destroyed 300 homes on the coast", "An earthquake destroyed 300 homes on the coast"),
    ("Police said robberies in the capital rose by 18% last year", "Police said murders in the capital rose by 18% last year"),
])
def test_two_members_of_one_kind_are_two_facts(a: str, b: str) -> None:
    assert other_member(reported(a), reported(b)) is not None
    assert compare(a, b).relation != "duplicate"
    assert compare(a, b, cosine=0.95).relation != "duplicate"


@pytest.mark.parametrize(("a", "b"), [
    ("The Houthis attacked several vessels in the Gulf of Aden", "The Houthis attacked a tanker in the Gulf of Aden"),
    ("Naval drones struck the bridge on Tuesday", "Drones struck the bridge on Tuesday"),
    ("A warship shadowed the convoy", "A destroyer shadowed the convoy"),
    ("Exports of grain fell by 10 percent", "Exports of wheat fell by 10 percent"),
    ("Two destroyers entered the strait", "A destroyer entered the strait"),
    ("A quake hit the province", "An earthquake hit the province"),
    ("An air raid hit the depot", "An airstrike hit the depot"),
    ("A bomb exploded near the convoy", "A roadside bomb exploded near the convoy"),
    ("Kenya's president said a destroyer arrived", "Kenya's foreign minister said a destroyer arrived"),
])
def test_a_wider_word_a_plural_or_an_adjective_splits_nothing(a: str, b: str) -> None:
    assert other_member(reported(a), reported(b)) is None


def test_the_same_wider_word_in_both_bridges_nothing() -> None:
    """A warship both claims name is one ship, not a hedge for the ships they differ in."""
    a, b = "A Chinese warship came close to an American destroyer", "A Chinese warship came close to an Australian frigate"
    assert other_member(reported(a), reported(b)) == "another of the ships: destroyers / frigates"


def test_same_figure_with_another_member_is_no_conflict() -> None:
    a, b = "Rebels shot down 3 helicopters on Sunday", "Rebels shot down 3 fighter jets on Sunday"
    assert compare(a, b).relation == "related"


def test_longest_wording_is_read_first() -> None:
    assert set(kinds_named(reported("Two cargo ships and a patrol boat sank"))) == {"cargo ships", "patrol boats"}
    assert set(kinds_named(reported("A landmine blast killed two"))) == {"landmine explosions", "landmines"}


def test_the_table_is_one_vocabulary() -> None:
    """Each wording names one kind, every parent is a kind, and the things of `actors.KINDS` are
    these kinds with their parents."""
    names = {name for name, _, _ in NEWS_KINDS}
    assert len(names) == len(NEWS_KINDS)
    assert all(up is None or up in names for _, up, _ in NEWS_KINDS)
    seen: dict[tuple[str, ...], str] = {}
    for group in KINDS:
        for word in group:
            tokens = tuple(sorted(normalize(same_nouns(word)).tokens))
            assert seen.setdefault(tokens, group[0]) == group[0], word
    assert KIND_PARENTS["wheat"] == ("grain", "food", "commodities")
    assert kind_ancestors()["bird flu"] == ("flu", "diseases")


def test_a_counted_adjective_reads_no_kind() -> None:
    """The figure reader stops at an adjective ("71 military aircraft"): no kind read from it."""
    assert fig.counted_kinds_apart(fig.pair_figures(fig.quantities_of("China sent 71 military aircraft"),
                                                    fig.quantities_of("China sent 71 warplanes"))) is None


def test_an_attack_names_its_weapon() -> None:
    """"Drones struck" is read as a drone attack: its weapon, drones, is another than shells; a
    drone strike and drones are one weapon."""
    assert other_member(reported("The army shelled the village"), reported("Drones struck the village")) \
        == "another of the weapons: shells / drones"
    assert other_member(reported("A drone strike hit the depot"), reported("Drones hit the depot")) is None


def test_two_foods_are_two_facts_and_a_cooking_oil_is_one():
    assert compare("The government suspended the new tax on flour after the riots",
                   "The government suspended the new tax on cooking oil after the riots").relation != "duplicate"
    assert KIND_PARENTS["sunflower oil"][0] == "cooking oil"  # sunflower oil is a cooking oil, not another food
