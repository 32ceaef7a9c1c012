"""Sets 161-164 readings (helper conf161): ordinals of a line joined or held in turn, a thing put on
a list against taken off it, and a thing lacked against a thing had."""

from __future__ import annotations

from workbench.core.figures.ordinals import ordinals_clash, ordinals_of
from workbench.core.language.lacked import rewrite_lacked
from workbench.core.match import knowledge
from workbench.core.match.compare import compare


def _relation(a: str, b: str) -> str:
    return compare(a, b).relation


def test_ordinals_of_a_succession_noun() -> None:
    assert ordinals_of("Liechtenstein became the IMF's 191st member") == {"member": frozenset({191})}
    assert ordinals_clash("Sweden became the alliance's 32nd member in March.",
                          "Sweden became the alliance's 31st member in March.") == ("member", 32, 31)
    assert ordinals_clash("Leo XIV became the 267th pope.", "Leo XIV became the 266th pope.") is not None
    assert ordinals_clash("Finland became NATO's 31st member.", "Finland joined NATO as its 31st member.") is None


def test_two_ordinals_of_one_member_conflict() -> None:
    assert _relation("Croatia became the euro zone's 20th member on January 1.",
                     "Croatia became the 21st member of the euro zone on January 1.") == "conflict"


def test_an_ordinal_member_of_a_group_is_still_read_against_its_count() -> None:
    # "member" is no series noun for `ordinal_members`: a second member is not three members
    assert _relation("A second member of the crew was found dead on Sunday.",
                     "Three members of the crew were found dead on Sunday.") != "duplicate"


def test_put_on_a_list_is_written_included() -> None:
    assert knowledge.rewrite("The EU added Vietnam to its list of high-risk countries.")[0] \
        .endswith("included Vietnam in its list of high-risk countries.")
    assert "He added that" in knowledge.rewrite("He added that the list would be published.")[0]


def test_added_to_and_removed_from_a_list_conflict() -> None:
    assert _relation("The EU added Vietnam to its list of high-risk third countries on Friday.",
                     "The EU removed Vietnam from its list of high-risk third countries on Friday.") == "conflict"


def test_lacked_is_written_had_no() -> None:
    hits: list[str] = []
    assert rewrite_lacked("the contract lacked a legal basis", hits) == "the contract had no legal basis"
    assert rewrite_lacked("a plan lacking in detail", []) == "a plan lacking in detail"
    assert rewrite_lacked("the bank never lacked capital", []) == "the bank never lacked capital"
    assert rewrite_lacked("a lack of evidence", []) == "a lack of evidence"


def test_lacked_against_had_conflicts_and_had_no_stays_a_duplicate() -> None:
    assert _relation("The auditor found that the contract lacked a legal basis.",
                     "The auditor found that the contract had a legal basis.") == "conflict"
    assert _relation("The court said the decree lacked a legal basis.",
                     "The court said the decree had no legal basis.") == "duplicate"
