"""Rulings and refusals told in other words (helper opp89): a court that upheld the
constitutionality or legality of a thing ruled it constitutional or legal
(`language.paraphrases`); a ban or suspension upheld against one lifted (`match.opposites`); an
event that went ahead "without any delay" is on schedule, not postponed; a force that reinforced its
troops sent more of them; a refused act is the event its claim tells of (`knowledge.event_verbs`)."""

from __future__ import annotations

import pytest

from workbench.core.language.paraphrases import rewrite_paraphrases
from workbench.core.match import knowledge
from workbench.core.match.compare import compare, prepared


@pytest.mark.parametrize(("written", "said"), [
    ("The court upheld the constitutionality of the law.", "ruled constitutional"),
    ("The tribunal affirmed the legality of the order.", "ruled legal"),
    ("The launch went ahead without any delay.", "on schedule"),
    ("The navy reinforced its ships in the Gulf.", "sent more ships"),
])
def test_the_paraphrase_is_written_one_way(written, said):
    assert said in rewrite_paraphrases(written, [])


def test_other_uses_are_left_as_written():
    for text in ("Lawmakers challenged the constitutionality of the law.", "The court delayed the verdict.",
                 "Engineers reinforced the dam after the floods."):
        assert rewrite_paraphrases(text, []) == text


@pytest.mark.parametrize(("a", "b"), [
    ("A federal judge ruled the state's voter ID law unconstitutional.",
     "A federal judge upheld the constitutionality of the state's voter ID law."),
    ("The appeals court lifted the ban on the opposition newspaper.",
     "The appeals court upheld the ban on the opposition newspaper."),
    ("The EU maintained sanctions on the Belarusian potash exporter.",
     "The EU lifted sanctions on the Belarusian potash exporter."),
    ("The airline said it had no plans to cut flights to Lagos.", "The airline said it would cut flights to Lagos from June."),
    ("The council said it would reinforce its police presence in the city centre.",
     "The council said it had no plans to send additional police to the city centre."),
    ("Mayor Anna Berg resigned in March under pressure from protesters.",
     "Anna Berg refused to resign despite weeks of protests demanding her removal."),
])
def test_a_ruling_or_act_and_its_opposite_are_a_conflict(a, b):
    assert compare(a, b).relation == "conflict"


def test_a_refused_act_is_the_claims_event_but_a_tried_one_is_not():
    assert "resign" in knowledge.event_verbs(prepared("The mayor refused to resign despite protests.")[0].tokens)
    assert "resign" not in knowledge.event_verbs(prepared("The mayor tried to resign despite protests.")[0].tokens)


def test_look_alikes_stay_apart_from_a_conflict():
    assert compare("The rector refused to resign despite weeks of student protests.",
                   "Students protested outside the rector's office for a third week.").relation != "conflict"
    assert compare("Opposition lawmakers challenged the constitutionality of the pension reform.",
                   "Chile's Constitutional Court ruled the pension reform unconstitutional.").relation != "conflict"
