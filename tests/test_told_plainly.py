"""One fact told in plainer and in other words (helper dup145a, sets 145-148): a span in two units
of time in a claim's words (`figures.halves.write_time_parts`), a multiple against the thing's own
past (`language.told_plainly`, `figures.shares`), a bad effect as damage, a way come up with, a fire
put out, "told ... to" as an order, "prior to", a state's head by its people's adjective
(`language.governments`), a state acting at home (`match.same_place`), and the order / fire / aired
rows (`language.synonyms`, `language.verbs`)."""

from workbench.core import figures as fig
from workbench.core.match import knowledge
from workbench.core.match.compare import compare


def test_a_span_in_two_units_is_written_in_the_smaller() -> None:
    out = knowledge.rewritten("The journalist was detained for over a year and eight months.")[0]
    assert "over 20 months" in out and "year" not in out
    c = compare("The activist was held by Egyptian authorities for over two years and three months before his release.",
                "Abdel Fattah spent more than 27 months in custody in Egypt before he was freed.")
    assert c.relation == "duplicate"


def test_a_state_acting_at_home_is_in_its_place() -> None:
    c = compare("The businessman was held by Cape Verdean authorities for over a year and four months prior to his extradition.",
                "Saab spent more than 16 months in custody in Cape Verde before he was extradited.")
    assert c.relation == "duplicate"
    c = compare("Iranian authorities detained the tanker's crew for six months.",
                "The tanker's crew spent six months in custody in Iraq.")
    assert c.relation != "duplicate"


def test_a_multiple_against_its_past_is_a_change() -> None:
    assert "decreased threefold" in knowledge.rewritten("The flames are now three times weaker than before.")[0]
    assert "increase twofold" in knowledge.rewritten("Rice prices are now two times higher than before.")[0]
    # against another thing it stays a comparison, and no multiple of what was
    text = "Wheat yields are three times higher than in neighbouring regions."
    assert "increased" not in knowledge.rewritten(text)[0]
    assert [q.unit for q in fig.quantities_of("Prices are three times lower than in the north.")] != ["×"]
    assert [q.unit for q in fig.quantities_of("The flames are three times weaker than before.")] == ["×"]
    c = compare("The water level of the lake is now three times lower than before, the agency said.",
                "The water level of the lake has decreased threefold, the agency said.")
    assert c.relation == "duplicate"
    c = compare("The volcano's activity is now three times weaker than before, scientists said.",
                "The volcano's activity is now three times stronger than before, scientists said.")
    assert c.relation == "conflict"


def test_a_bad_effect_is_damage() -> None:
    c = compare("The chemical spill adversely affected fish stocks in the river, officials said.",
                "The chemical spill damaged fish stocks in the river, officials said.")
    assert c.relation == "duplicate"
    assert "affected" in knowledge.rewritten("Some 3,000 people were affected by the floods.")[0]


def test_people_living_nearby_are_local_residents() -> None:
    c = compare("The governor said the smoke was negatively affecting the health of local residents.",
                "The governor said the smoke was damaging the health of people living nearby.")
    assert c.relation == "duplicate"


def test_a_way_come_up_with_a_fire_put_out_told_to() -> None:
    out = knowledge.rewritten("Officials were told to come up with a plan to put out the fire.")[0]
    assert "find a plan" in out and "extinguish the fire" in out
    assert "extinguish" not in knowledge.rewritten("The ministry put out a statement on the fire.")[0]
    assert "find" not in knowledge.rewritten("The club came up with the money to pay the players.")[0]
    c = compare("The president told the army to withdraw from the border town.",
                "The president ordered the army to withdraw from the border town.")
    assert c.relation == "duplicate"


def test_a_state_head_by_its_people_adjective() -> None:
    assert "Kenya's President" in knowledge.rewritten("Kenyan President William Ruto ordered an inquiry.")[0]
    assert "Greek" in knowledge.rewritten("The Greek prime minister denounced the attack.")[0]
    c = compare("Turkmen President Gurbanguly Berdimuhamedov has ordered officials to find a way to extinguish the gas crater.",
                "Turkmenistan's leader told his government to come up with a way to put out the fire at the gas crater.")
    assert c.relation == "duplicate"
    c = compare("The Ghanaian president ordered an inquiry into the stadium crush.",
                "Ghana's president ordered an inquiry into the stadium crush.")
    assert c.relation == "duplicate"
    c = compare("The Kenyan president ordered an inquiry into the stadium crush.",
                "The Ugandan president ordered an inquiry into the stadium crush.")
    assert c.relation != "duplicate"


def test_state_television_aired_an_instruction() -> None:
    out = knowledge.rewritten("His instruction was aired on state television.")[0]
    assert "order" in out and "broadcast" in out
    c = compare("State TV aired the king's speech on the flooding on March 3, 2023.",
                "The king's address on the floods was broadcast on state television on 3 March 2023.")
    assert c.relation == "duplicate"
    c = compare("The prime minister's order on the curfew was read out on state television.",
                "The president's order on the curfew was read out on state TV.")
    assert c.relation != "duplicate"
