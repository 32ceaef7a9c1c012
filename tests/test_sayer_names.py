"""Two bodies named as sayers of their own acts are two statements (`match/sayer_names`); one body
named two ways, or people speaking for one state, stay one."""

from workbench.core.match.compare import compare


def _apart(c) -> bool:
    return any(r.startswith("another sayer") for r in c.reasons)


def test_two_named_bodies_saying() -> None:
    for a, b in (("Lufthansa said it would stop flying to Tehran until further notice.",
                  "Air France said it would stop flying to Tehran until further notice."),
                 ("Netflix said it would suspend its service in Russia.",
                  "Spotify said it would suspend its service in Russia."),
                 ("Shell said it would sell its stake in the Nigerian oil fields.",
                  "TotalEnergies said it would sell its stake in the Nigerian oil fields.")):
        c = compare(a, b)
        assert c.relation != "duplicate" and _apart(c), (a, b, c.reasons)


def test_one_body_named_two_ways() -> None:
    for a, b in (("Qantas said it would suspend flights to Hong Kong.",
                  "The Australian carrier Qantas said it would suspend flights to Hong Kong."),
                 ("Qantas Airways said it would suspend flights to Hong Kong.",
                  "Qantas said it would suspend flights to Hong Kong."),
                 ("Singapore Airlines said it would cut 4,300 jobs.", "SIA said it would cut 4,300 jobs."),
                 ("Nestle said it would close its factory in Ohio.", "Nestle SA said it would close its Ohio factory.")):
        c = compare(a, b)
        assert c.relation == "duplicate" and not _apart(c), (a, b, c.reasons)


def test_two_people_telling_one_state_decision() -> None:
    c = compare("Scholz said Germany would send tanks to Ukraine in March.",
                "Pistorius said Germany would deliver tanks to Ukraine in March.")
    assert not _apart(c)
