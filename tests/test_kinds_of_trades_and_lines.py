"""Members of one kind no earlier table knew apart (`language.kinds`, `actors.KINDS` in
`kind_slots`): people by their trade ("a judge" / "a lawyer"), masts and power lines, boats
smugglers use, what a crowd throws. A wider word or a shared one still bridges."""

from __future__ import annotations

from workbench.core.match.compare import compare
from workbench.core.match.kind_slots import kinds_named, other_member


def _rel(a: str, b: str) -> str:
    return compare(a, b).relation


def test_people_of_two_trades_are_two_facts():
    assert _rel("A judge investigating the bombing was shot dead in Lima on Monday",
                "A lawyer investigating the bombing was shot dead in Lima on Monday") != "duplicate"
    assert other_member("gunmen kidnapped two aid workers", "gunmen kidnapped two doctors") is not None
    # two kinds of people in two roles are no clash ("troops wounded 36 officers" / "... were wounded by the army")
    assert other_member("soldiers wounded 36 officers", "36 police officers were wounded by the army") is None


def test_a_trade_and_its_wider_kind_stay_one():
    assert other_member("gunmen kidnapped two nurses", "gunmen kidnapped two health workers") is None
    assert other_member("gunmen kidnapped two judges", "gunmen kidnapped two civilians") is None
    # children may be of any trade: the ones given a vaccine are no other people than its givers
    assert other_member("health workers gave the vaccine", "children were given the vaccine") is None


def test_masts_power_lines_and_boats():
    assert _rel("Rebels blew up a mobile phone tower near Goma overnight",
                "A power line near Goma was blown up by rebels overnight") != "duplicate"
    assert _rel("Police seized a semi-submersible carrying cocaine off the coast of Tumaco",
                "Police seized a speedboat carrying cocaine off the coast of Tumaco") != "duplicate"


def test_what_a_crowd_throws():
    assert _rel("Fans threw stones at police outside the stadium",
                "Fans hurled bottles at police outside the stadium") != "duplicate"
    assert other_member("fans threw stones at police", "fans threw a stone at police") is None


def test_a_wider_word_before_a_member_describes_it():
    assert kinds_named("hezbollah launched an explosive drone at the post") == {"drones": "dron"}
    assert _rel("Hezbollah fired an anti-tank missile at an army post near Kiryat Shmona",
                "Hezbollah launched an explosive drone at an army post near Kiryat Shmona") != "duplicate"
    # a wider word of its own stays a hedge that may be the member ("weapons and a drone")
    assert "weapons" in kinds_named("troops seized weapons and a drone")
