"""One count of people of two sorts that exclude each other (the dead / the living, military /
civilian, men / women) is another fact."""

from workbench.core.match.compare import compare
from workbench.core.match.exclusive_sorts import sorts_apart


class _Figure:
    def __init__(self, text: str, counted: str) -> None:
        self.text, self.counted, self.unit = text, counted, None


def test_military_and_civilian_or_armed_and_unarmed_are_apart() -> None:
    pair = [(_Figure("About 120 French military personnel", "personnel"),
             _Figure("About 120 French civilian contractors", "contractors"))]
    assert sorts_apart(pair, ("", ""), (frozenset({"military"}), frozenset({"civilian"}))) is not None
    a = "Some 300 armed guards protect the gold mine near Kibali."
    assert compare(a, "Some 300 unarmed guards protect the gold mine near Kibali.").relation != "duplicate"
    assert compare(a, "Some 300 armed security guards protect the gold mine near Kibali.").relation == "duplicate"


def test_bodies_and_living_migrants_are_apart() -> None:
    a = "Libyan coastguards recovered 61 bodies off Zuwara, the navy said."
    assert compare(a, "Libyan coastguards intercepted 61 migrants off Zuwara, the navy said.").relation != "duplicate"
    assert compare(a, "Libyan coastguards recovered 61 dead off Zuwara, the navy said.").relation == "duplicate"


def test_bodies_of_soldiers_are_not_soldiers_freed() -> None:
    assert compare("The army recovered the bodies of 15 soldiers after the ambush near Diffa.",
                   "The army freed 15 soldiers after the ambush near Diffa.").relation != "duplicate"


def test_men_and_women_counted_are_apart() -> None:
    a = "Police detained 40 men at the protest in Dakar on Friday."
    assert compare(a, "Police detained 40 women at the protest in Dakar on Friday.").relation != "duplicate"
    assert compare(a, "Police detained 40 male protesters at the protest in Dakar on Friday.").relation == "duplicate"
