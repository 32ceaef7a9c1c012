"""An act and its reversal told of one thing ("loaded onto a ship" / "unloaded from a ship",
frozen / unfrozen, boarded / disembarked) and a standard complied with / not met clash."""

from workbench.core.language.paraphrases import rewrite_paraphrases
from workbench.core.match.compare import compare
from workbench.core.match.opposites import opposites_of
from workbench.core.vocab import Relation


def test_un_verbs_oppose_their_base() -> None:
    assert "unload" in opposites_of("load")
    assert "unlock" in opposites_of("lock")
    assert "disembark" in opposites_of("board")


def test_complied_and_failed_to_meet_are_read() -> None:
    assert "fulfilled" in rewrite_paraphrases("the samples complied with specifications", [])
    assert "missed" in rewrite_paraphrases("the samples did not comply with safety norms", [])
    assert "met the minister" in rewrite_paraphrases("he met the minister", [])


def test_loaded_and_unloaded_clash() -> None:
    a, b = ("The crane collapsed while containers were being loaded onto a freighter bound for Mombasa.",
            "The crane collapsed while containers were being unloaded from a freighter that had arrived from Mombasa.")
    assert compare(a, b).relation == Relation.CONFLICT


def test_complied_and_failed_to_meet_clash() -> None:
    a, b = ("The ministry said the vaccine batches tested in state labs complied with safety standards.",
            "The ministry said the vaccine batches tested in state labs failed to meet safety standards.")
    assert compare(a, b).relation == Relation.CONFLICT
    a, b = ("The ministry said the vaccine batches complied with safety standards.",
            "The ministry said the vaccine batches met safety standards.")
    assert compare(a, b).relation == Relation.DUPLICATE
