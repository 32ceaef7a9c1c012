"""Issue 11: the semantic path, the explicit knowledge, groups that do not chain, re-match on edit.

Tests marked with the `semantic` fixture run the real model on a handful of sentences; the rest
run the lexical path, which must stay complete without the model.
"""

from __future__ import annotations

import hashlib

import pytest
from test_matching_project import IRAQ_A, IRAQ_B, add, relation_between

from workbench.core import figures as fig
from workbench.core.match import embedding, knowledge, opposites
from workbench.core.match.compare import compare, compare_many
from workbench.core.match.grouping import average_linkage_groups
from workbench.core.match.matching import cluster_texts, group_links
from workbench.core.match.normalize import normalize
from workbench.core.match.project import embed_claims, match_project, rematch_claims
from workbench.core.store import Store

# -- explicit knowledge (lexical path) --------------------------------------------------------


def _dates(a: str, b: str) -> knowledge.DateCheck:
    return knowledge.compare_dates(fig.dates_of(a), fig.dates_of(b))


def test_same_day_in_any_format_agrees_and_other_days_conflict():
    assert _dates("clashes broke out on 3 March", "the clashes began on March 3").verdict == "agree"
    assert _dates("on 13 June 2014", "on June 13").verdict == "agree"
    assert _dates("clashes broke out on 3 March", "the clashes began on March 13").verdict == knowledge.DATES_DIFFER
    assert _dates("they met on Friday", "they met on Saturday").verdict == knowledge.DATES_DIFFER
    c = compare("Clashes broke out in Homs on 3 March", "The clashes in Homs began on March 13")
    assert c.relation == "conflict" and any("dates differ" in r for r in c.reasons)
    c = compare("Clashes broke out in Homs on 3 March", "The clashes in Homs began on March 3")
    assert c.relation == "duplicate" and any("same date" in r for r in c.reasons)


def test_opposite_outcomes_are_never_duplicates():
    assert opposites.opposite_outcome(normalize("the army recaptured the airport").tokens,
                                      normalize("the army lost the airport").tokens)
    for a, b in [("The army recaptured the airport", "The army lost the airport"),
                 ("The border crossing was opened on Monday", "The border crossing was closed on Monday"),
                 ("The ministry confirmed the report", "The ministry denied the report")]:
        c = compare(a, b)
        assert c.relation != "duplicate", (a, b, c)
    assert compare("the army recaptured the airport", "the army lost the port").relation != "duplicate"


def test_actor_aliases_and_event_verbs_are_the_same():
    text, hits = knowledge.rewrite("Moscow has dispatched 40 engineers")
    assert text == knowledge.rewrite("Russia has sent 40 engineers")[0]
    assert any("capital" in h for h in hits)
    # a capital after a locative preposition is a place, not a government
    assert knowledge.rewrite("clashes in Moscow")[0] == "clashes in Moscow"  # ("fighting" is written "clashes")
    assert knowledge.rewrite("the Russian Federation")[0] == knowledge.rewrite("the Russia")[0]
    c = compare("Moscow has dispatched 40 engineers", "Russia has sent 40 engineers")
    assert c.relation == "duplicate" and any("Moscow = Russia" in r for r in c.reasons)
    c = compare("Clashes broke out on 3 March", "The clashes began on March 3")
    assert c.relation == "duplicate" and any("broke out = begin" in r for r in c.reasons)


def test_probability_is_calibrated_between_0_and_1():
    same = compare("Some 500,000 people fled Mosul", "Half a million people fled Mosul")
    other = compare("Some 500,000 people fled Mosul", "Oil prices rose on world markets")
    assert 0 <= other.probability < 0.25 < 0.5 <= same.probability <= 1
    assert same.score == round(100 * same.probability, 1)


# -- groups that do not chain ------------------------------------------------------------------


def test_average_linkage_does_not_chain():
    # a - b - c with no a~c link: c does not join a's group through b alone
    assert average_linkage_groups([(1, 2, 0.9), (2, 3, 0.8)], threshold=0.5) == [[1, 2]]
    assert average_linkage_groups([(1, 2, 0.9), (2, 3, 0.8), (1, 3, 0.7)], threshold=0.5) == [[1, 2, 3]]
    # two tight groups with one link between them stay two groups
    links = [(1, 2, 0.9), (3, 4, 0.9), (2, 3, 0.9)]
    assert average_linkage_groups(links, threshold=0.5) == [[1, 2], [3, 4]]


def test_average_linkage_never_merges_the_two_ends_of_a_conflict():
    # "about 120" (3) is close to both "120" (1) and "125" (2), and 1, 2 and 3 are close on
    # average; with 1 / 2 a conflict, 3 joins one version and the other stays apart
    links = [(1, 3, 0.95), (2, 3, 0.9), (1, 2, 0.9)]
    assert average_linkage_groups(links, threshold=0.5) == [[1, 2, 3]]
    assert average_linkage_groups(links, threshold=0.5, cannot=[(1, 2)]) == [[1, 3]]
    assert group_links([(1, 3, "duplicate", 95.0), (2, 3, "duplicate", 90.0), (1, 2, "conflict", 47.0),
                        (4, 5, "duplicate", 90.0)]) == [[1, 3], [4, 5]]


def test_conflict_never_glues_groups_in_cluster_output():
    texts = ["US sends 300 military advisers to Iraq", "The US will send 300 military advisers to Iraq",
             "US sends 3,000 military advisers to Iraq", "The US will send 3,000 military advisers to Iraq"]
    groups, links = cluster_texts(texts)
    assert [0, 1] in groups and [2, 3] in groups
    assert any(rel == "conflict" for _, _, rel, _ in links)


# -- the model: checked, optional ----------------------------------------------------------------


def test_a_model_file_with_another_checksum_is_refused(tmp_path, monkeypatch):
    bogus = tmp_path / "model.onnx"
    bogus.write_bytes(b"not the model")
    monkeypatch.setenv("WORKBENCH_MODEL_PATH", str(bogus))
    embedding._load.cache_clear()
    with pytest.raises(embedding.ModelError, match="not the checked one"):
        embedding.get_embedder()
    embedding._load.cache_clear()


def test_the_shipped_tokenizer_is_the_pinned_file():
    data = embedding.tokenizer_path().read_bytes()
    assert hashlib.sha256(data).hexdigest() == embedding.TOKENIZER_SHA256


def test_lexical_path_is_used_when_semantic_is_off(monkeypatch):
    monkeypatch.setenv("WORKBENCH_SEMANTIC", "0")
    assert not embedding.semantic_enabled()
    c = compare_many([("Some 500,000 people fled Mosul", "Half a million people fled Mosul")])[0]
    assert c.relation == "duplicate" and not any(r.startswith("meaning:") for r in c.reasons)


def test_project_setting_turns_semantic_off(store, semantic):
    assert embedding.semantic_enabled(store)
    store.set_setting(embedding.SETTING_KEY, "off")
    assert not embedding.semantic_enabled(store)
    assert not embedding.semantic_enabled(store, flag=False)


def test_semantic_scorer_matches_meaning(semantic):
    vectors = embedding.get_embedder().embed(["Russia has sent 40 engineers", "Russia has sent 40 engineers",
                                              "Oil prices rose sharply"])
    assert vectors.shape == (3, embedding.DIM)
    assert abs(float(vectors[0] @ vectors[1]) - 1) < 1e-5 and float(vectors[0] @ vectors[2]) < 0.5
    c = compare_many([("Moscow has dispatched 40 engineers", "Russia has sent 40 engineers")])[0]
    assert c.relation == "duplicate" and c.reasons[0].startswith("meaning: cosine")


# -- vectors stored once; re-match on edit ---------------------------------------------------------


@pytest.fixture
def project(tmp_path):
    s = Store.open(tmp_path / "p.db")
    add(s, IRAQ_A, title="A", outlet="Middle East Eye", published="2014-06-12")
    add(s, IRAQ_B, title="B", outlet="Other Outlet", published="2014-06-13")
    yield s
    s.close()


def test_each_claim_is_embedded_once_and_again_only_after_an_edit(project, semantic):
    n = len(project.claims_for_matching())
    assert embed_claims(project) == n
    assert embed_claims(project) == 0  # never twice for the same text
    summary = match_project(project)
    assert summary.semantic and embed_claims(project) == 0
    cid = project.claims_for_matching()[0]["id"]
    project.update_claim(cid, text="A completely different statement about the weather")
    assert embed_claims(project) == 1


def test_rematch_on_edit_recomputes_machine_links_and_keeps_decisions(project):
    match_project(project)
    dup = relation_between(project, "500,000", "Half a million")
    conflict = relation_between(project, "Hundreds of soldiers", "Dozens of soldiers")
    assert dup and conflict
    project.set_link_state(conflict["id"], "confirmed")
    # the claim is rewritten to say something else: its machine links go, the decision stays
    project.update_claim(dup["claim_a"], text="The weather in Basra was hot on Tuesday.")
    project.update_claim(conflict["claim_a"], text="Tikrit's football stadium reopened.")
    rematch_claims(project, {dup["claim_a"], conflict["claim_a"]})
    assert relation_between(project, "Basra", "Half a million") is None
    kept = project.link(conflict["id"])
    assert kept["state"] == "confirmed" and not kept["auto"]


def test_the_edit_action_rematches_and_its_undo_puts_the_links_back(project):
    from workbench.core.actions import claims as claim_actions

    match_project(project)
    dup = relation_between(project, "500,000", "Half a million")
    before = project.links_snapshot(dup["claim_a"])
    edit = claim_actions.edit_text(project, dup["claim_a"], "The weather in Basra was hot on Tuesday.")
    assert relation_between(project, "Basra", "Half a million") is None  # its machine link went
    edit.undo(project)
    assert project.links_snapshot(dup["claim_a"]) == before
    edit.redo(project)
    assert relation_between(project, "Basra", "Half a million") is None


def test_undoing_an_edit_puts_every_cluster_back(project):
    from workbench.core.actions import claims as claim_actions

    match_project(project)
    clusters = project.cluster_ids()
    assert clusters, "the fixture needs clustered claims"
    dup = relation_between(project, "500,000", "Half a million")
    edit = claim_actions.edit_text(project, dup["claim_a"], "The weather in Basra was hot on Tuesday.")
    assert project.cluster_ids() != clusters  # the rewritten claim left its cluster
    edit.undo(project)
    assert project.cluster_ids() == clusters  # every claim's cluster as before, not wiped


def test_two_deadlines_that_differ_are_a_conflict_not_another_event():
    c = compare("Lawmakers extended the curfew until 2027", "Lawmakers extended the curfew until 2029")
    assert c.relation == "conflict" and any(r.startswith("deadlines differ") for r in c.reasons), c.reasons
    c = compare("The ceasefire must hold by June 2026, mediators said", "The ceasefire must hold by June 2025, mediators said")
    assert c.relation == "conflict"
    # when it happened, not a deadline: years apart are another event
    c = compare("Rebels took the airport in 2015", "Rebels took the airport in 2019")
    assert c.relation == "related" and any("a different event" in r for r in c.reasons)


def test_two_tallies_open_the_same_way_at_different_numbers_disagree():
    c = compare("At least 87 bodies were found near the camp", "At least 78 bodies were found near the camp")
    assert c.relation == "conflict" and any("figures disagree" in r for r in c.reasons), c.reasons
    assert compare("Up to 50 trucks crossed", "Up to 40 trucks crossed").relation == "conflict"
    # the same bound written two ways agrees
    assert compare("More than 50 air strikes hit the city", "Over 50 air strikes hit the city").relation == "duplicate"


def test_two_hedged_figures_whose_ranges_part_are_a_clear_clash():
    c = compare("Gangs freed about 3,700 inmates from the prison", "Gangs freed about 4,700 inmates from the prison")
    assert c.relation == "conflict", c.reasons
    assert compare("About 120 people were hurt", "Nearly 125 people were hurt").relation == "duplicate"


def test_a_verbs_over_is_no_hedge_and_no_one_is_nobody():
    c = compare("Hamas handed over three hostages to the Red Cross", "Hamas handed over four hostages to the Red Cross")
    assert c.relation == "conflict" and any('"three hostages" (3) vs "four hostages" (4)' in r for r in c.reasons), c.reasons
    assert fig.quantities_of("Rebels took over 200 prisoners")[0].high is None  # "more than 200"
    assert fig.quantities_of("Police said no one was injured in the blast") == []
    assert compare("Police said no one was injured in the blast",
                   "Police said several people were injured in the blast").relation != "duplicate"


def test_short_wire_dates_compare_as_days():
    assert _dates("Shells fell on Daraa on 13/06", "Shells fell on Daraa on June 13th").verdict == "agree"
    assert _dates("Shells fell on Daraa on the 14th", "Shells fell on Daraa on 14 June").verdict == "agree"
    assert _dates("Shells fell on Daraa on the 14th", "Shells fell on Daraa on June 13").verdict == knowledge.DATES_DIFFER
    assert _dates("Shells fell on Daraa on 13/06", "Shells fell on Daraa on June 3").verdict == knowledge.DATES_DIFFER
    # either way round: read as no date, so neither agrees nor clashes
    assert _dates("our experience on 9/11", "the attacks of Sept. 11th").verdict is None
    assert _dates("Shells fell on Daraa on 8/06", "Shells fell on Daraa on 8 June").verdict == "agree"


def test_a_thing_refused_is_no_denial_but_the_opposite_of_granting_it():
    from workbench.core.language.negation import denies

    assert not denies("Forty aid trucks were denied access to the camp")
    assert denies("The ministry denied the reports")
    assert compare("Forty aid trucks were denied access to Kadugli on 3 May",
                   "Forty aid trucks were turned back from Kadugli on 3 May").relation == "duplicate"
    assert compare("The judge granted bail to the two reporters",
                   "The judge denied bail to the two reporters").relation != "duplicate"
    assert compare("The UN delivered 40 aid trucks to Idlib on 3 June",
                   "The UN sent 40 aid trucks into Idlib on June 3").relation == "duplicate"


def test_a_figure_paired_by_number_alone_counts_nothing_known_the_same():
    def q(text):
        return fig.quantities_of(text)[0]

    assert fig.count_the_same(q("40 trucks arrived"), q("40 aid trucks arrived"))  # one noun
    assert fig.count_the_same(q("40 trucks arrived"), q("forty lorries arrived"))  # a synonym group
    assert fig.count_the_same(q("The toll rose to 40"), q("40 lorries arrived"))  # one names nothing
    assert not fig.count_the_same(q("3,500 rockets were fired"), q("3,500 candidates were barred"))


def test_a_figure_paired_by_number_alone_anchors_more_readily_in_the_same_place():
    # the same count, day and place: the nouns ("militants" / "fighters") are the words' choice;
    # without a place in common the statements must be closer alike
    a = "800 militants were killed in El Geneina on 19 June 2024."
    assert compare(a, "On 19 June 2024, the army left 800 fighters dead in El Geneina.").relation == "duplicate"
    assert compare(a, "On 19 June 2024, the army left 800 fighters dead in Kadugli.").relation != "duplicate"


def test_the_same_figure_in_the_same_place_anchors_when_one_claim_gives_no_date():
    # a retelling that leaves the day out ("... in Kidal.") is no other fact; another place is,
    # and without a place in common the undated figure anchors nothing
    a = "Officials said 140 prisoners were freed by rebels in Kidal."
    b = "Officials said 140 prisoners were freed by rebel fighters in {} on 3 May 2024, as the fighting spread."
    assert compare(a, b.format("Kidal")).relation == "duplicate"
    assert compare(a, b.format("Gao")).relation != "duplicate"
    assert compare(a.replace(" in Kidal", ""), b.replace(" in {}", "")).relation != "duplicate"


def test_an_anchored_retelling_is_one_statement_when_its_words_say_so_whatever_its_cosine():
    # a headline-like retelling with another voice and synonyms has a middling cosine; the same
    # figure on the same day then joins when either model reads one statement
    a, b = "Raqqa was hit by sixty air raids on Tuesday, 11 June.", \
        "Turkish-backed fighters conducted sixty airstrikes on Raqqa on 11th June."
    assert compare(a, b, cosine=0.5).relation == "duplicate"
    assert compare(a, b.replace("sixty", "seventy"), cosine=0.5).relation != "duplicate"


def test_children_women_and_men_are_no_count_of_people_at_large():
    def q(text):
        return fig.quantities_of(text)[0]

    # "half a million Iraqis" / "500,000 people" count the same kind; children are a part of them
    assert fig.count_the_same(q("500,000 people fled"), q("500,000 Iraqis fled"))
    assert not fig.count_the_same(q("300 children were displaced"), q("300 civilians were displaced"))
    assert not fig.count_the_same(q("40 women were detained"), q("40 children were detained"))
