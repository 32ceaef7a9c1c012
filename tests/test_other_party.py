"""The other party of an act done together is a slot (`roles.partner`, read by
`named_objects.objects_apart`): "signed an agreement with the FARC" / "reached a deal with the ELN
rebels" are two facts; a party named in part in the other claim ("with Muhammad Yunus" /
"alongside Yunus") is one."""

from __future__ import annotations

from workbench.core.match.compare import compare
from workbench.core.match.roles import partner


def test_the_with_phrase_after_the_verb_is_the_other_party():
    assert partner("syria agreed an agreement with the kurdish led sdf in march to integrate its fighters") \
        == {"kurdish", "lead", "sdf"}
    assert partner("the army recaptured the town from the rebels") == frozenset()


def test_two_other_parties_named_are_two_facts():
    a = "The government signed a peace deal with the FARC in 2016 to end the conflict."
    b = "The government reached a deal with the ELN rebels in 2016 to end fighting in the north."
    assert compare(a, b).relation != "duplicate"
    a = "Airbus signed a deal with Lufthansa in June to supply 40 jets."
    assert compare(a, a.replace("Lufthansa", "Qantas")).relation != "duplicate"


def test_one_party_told_two_ways_stays_one_fact():
    assert compare("Putin met with Xi Jinping in Beijing on Monday.",
                   "Putin held talks with Chinese President Xi in Beijing on Monday.").relation == "duplicate"
