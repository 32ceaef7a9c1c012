"""match_project on real SQLite projects: links, clusters, analyst decisions, increments, events."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from workbench.core.ingest.reader import content_hash
from workbench.core.match import decision, matching
from workbench.core.match.matching import MatchCancelled, figures_over_time, independence, match_project
from workbench.core.model import ExtractedClaim, ImportedArticle
from workbench.core.store import Store

DATA = Path(__file__).parent / "data"


def add(store: Store, text: str, *, title: str, outlet: str, published: str | None = None,
        min_words: int = 4) -> int:
    """Add an article whose claims are its lines (spans exact)."""
    claims, pos = [], 0
    for line in text.split("\n"):
        start = text.index(line, pos)
        pos = start + len(line)
        if len(line.split()) >= min_words and not line.startswith("http"):
            claims.append(ExtractedClaim(text=line.strip(), quote=line, start=start, end=start + len(line)))
    aid = store.add_article(ImportedArticle(text=text, title=title, outlet=outlet, published=published,
                                            file=f"{title}.txt", content_hash=content_hash(text)), claims)
    assert aid is not None
    return aid


IRAQ_A = """Iraq crisis deepens as militants advance
Some 500,000 people fled their homes in Mosul after militants seized the city.
The United States will send 300 military advisers to Baghdad, the White House said.
Hundreds of soldiers had been killed in the fighting near Tikrit, a spokesman said.
Kerry arrived in Baghdad on Monday for talks with Maliki."""
IRAQ_B = """Exodus from Mosul
Half a million Iraqis have fled Mosul after militants seized the city.
The US will send 300 military advisors to Baghdad.
Dozens of soldiers had been killed in the fighting near Tikrit.
Oil prices rose sharply on world markets."""
IRAQ_C = """Later report
The US is sending 3,000 military advisers to Baghdad.
Rebels captured the al-Waleed border crossing on the Syrian border."""
IRAQ_D = """Border crossing falls
Rebels captured the al-Walid border crossing on the Syrian border."""


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "p.db")
    add(s, IRAQ_A, title="A", outlet="Middle East Eye", published="2014-06-12")
    add(s, IRAQ_B, title="B", outlet="Other Outlet", published="2014-06-13")
    return s


def texts_by_id(store: Store) -> dict[int, str]:
    return {c["id"]: c["text"] for c in store.claims_for_matching()}


def relation_between(store: Store, needle_a: str, needle_b: str) -> dict | None:
    t = texts_by_id(store)
    for lk in store.links():
        x, y = t[lk["claim_a"]], t[lk["claim_b"]]
        if (needle_a in x and needle_b in y) or (needle_a in y and needle_b in x):
            return lk
    return None


def test_match_links_duplicates_and_conflicts(store):
    summary = match_project(store)
    assert summary.claims == len(store.claims_for_matching())
    assert relation_between(store, "500,000", "Half a million")["relation"] == "duplicate"
    assert relation_between(store, "300 military advisers", "300 military advisors")["relation"] == "duplicate"
    assert relation_between(store, "Hundreds of soldiers", "Dozens of soldiers")["relation"] == "conflict"
    assert relation_between(store, "Kerry", "Oil prices") is None
    # claims within one article are never linked
    t = {c["id"]: c["article_id"] for c in store.claims_for_matching()}
    assert all(t[lk["claim_a"]] != t[lk["claim_b"]] for lk in store.links())
    # clusters are stored per claim
    assert summary.clusters
    clustered = {cid for g in summary.clusters for cid in g}
    stored = {c["id"] for c in store.claims() if c.get("cluster_id")}
    assert clustered == stored


def test_two_thresholds(store):
    match_project(store)
    for lk in store.links():
        if lk["relation"] == "duplicate" and lk["score"] >= 100 * decision.threshold("auto_link"):
            assert lk["state"] == "confirmed" and lk["auto"]
        else:
            assert lk["state"] == "suggested"


def test_analyst_decisions_survive_rematch(store):
    match_project(store)
    dup = relation_between(store, "500,000", "Half a million")
    conflict = relation_between(store, "Hundreds of soldiers", "Dozens of soldiers")
    store.set_link_state(dup["id"], "rejected")
    store.set_link_state(conflict["id"], "confirmed")
    match_project(store)
    match_project(store)
    assert store.link(dup["id"])["state"] == "rejected"
    assert store.link(conflict["id"])["state"] == "confirmed"
    # a rejected duplicate no longer holds its claims together
    clusters = matching.project_clusters(store)
    assert not any(dup["claim_a"] in g and dup["claim_b"] in g and len(g) == 2 for g in clusters)


def test_incremental_match_only_touches_new_claims(store):
    match_project(store)
    before = {(lk["claim_a"], lk["claim_b"]): lk for lk in store.links()}
    new_article = add(store, IRAQ_C, title="C", outlet="Third", published="2014-06-14")
    new_ids = set(store.claim_ids_of_articles([new_article]))
    match_project(store, claim_ids=new_ids)
    after = {(lk["claim_a"], lk["claim_b"]): lk for lk in store.links()}
    assert set(before) <= set(after)  # nothing old was dropped
    added = set(after) - set(before)
    assert added and all(a in new_ids or b in new_ids for a, b in added)
    lk = relation_between(store, "3,000 military advisers", "300 military advisers")
    assert lk["relation"] == "conflict"
    # the same result as a full re-match
    match_project(store)
    full = {(lk["claim_a"], lk["claim_b"]) for lk in store.links()}
    assert full == set(after)


def test_cancel_writes_nothing(store):
    with pytest.raises(MatchCancelled):
        match_project(store, cancel=lambda: True)
    assert store.links() == []
    calls = []

    def progress(done, total, message):
        calls.append((done, total, message))

    match_project(store, progress=progress)
    assert calls and store.links()


def test_exact_copies_and_wire_groups(tmp_path):
    s = Store.open(tmp_path / "w.db")
    a = add(s, IRAQ_A, title="AP story", outlet="Outlet One", published="2014-06-12")
    b = add(s, "By Staff\n" + IRAQ_A, title="AP story (copy)", outlet="Outlet Two", published="2014-06-12")
    c = add(s, IRAQ_B, title="B", outlet="Outlet Three", published="2014-06-13")
    summary = match_project(s)
    assert summary.wire_groups == [sorted([a, b])]
    assert summary.exact_copies >= 4
    assert {x["id"]: x["wire_group"] for x in s.articles()}[a] == min(a, b)
    # copies of one wire story count as one source
    cluster = next(g for g in summary.clusters if len({x["article_id"] for x in s.claims_for_matching(g)}) == 3)
    ind = independence(s, cluster)
    assert ind["articles"] == 3 and ind["independent_sources"] == 2
    assert c


def test_figures_over_time(tmp_path):
    s = Store.open(tmp_path / "f.db")
    add(s, "Toll rises\nAt least 20 people were killed in the market bombing in Karrada.", title="1",
        outlet="One", published="2016-07-03")
    add(s, "Toll rises\nAt least 20 people were killed in the market bombing in Karrada.\n"
        "Police said it was a car bomb.", title="1b", outlet="Two", published="2016-07-03")
    add(s, "Toll rises again\n125 people were killed in the market bombing in Karrada.", title="2",
        outlet="Three", published="2016-07-05")
    add(s, "Toll\n80 people were killed in the market bombing in Karrada.", title="3",
        outlet="Four", published="2016-07-04")
    summary = match_project(s)
    cluster = max(summary.clusters, key=len)
    points = figures_over_time(s, cluster)
    assert [p["published"] for p in points] == sorted(p["published"] for p in points)
    readings = [p["reading"] for p in points]
    assert readings[0] == "first report"
    assert readings[1] == "same as earlier"
    assert readings[2:] == ["higher than earlier (possible update)"] * 2
    # the disagreeing figures are still conflicts for the analyst to judge
    assert any(lk["relation"] == "conflict" for lk in s.links())


def test_a_facts_figure_timeline_reads_its_conflicting_versions_too(tmp_path):
    # the toll's versions are conflicting facts; read together they show the update
    from workbench.core.facts import fact_of_claim, figure_timeline

    s = Store.open(tmp_path / "t.db")
    add(s, "Toll\nAt least 20 people were killed in the market bombing in Karrada.", title="1", outlet="One",
        published="2016-07-03")
    add(s, "Toll\n80 people were killed in the market bombing in Karrada.", title="2", outlet="Two",
        published="2016-07-04")
    add(s, "Toll\n125 people were killed in the market bombing in Karrada.", title="3", outlet="Three",
        published="2016-07-05")
    match_project(s)
    eighty = next(c["id"] for c in s.claims_by_ids(s.query_claim_ids()) if c["text"].startswith("80"))
    fact = fact_of_claim(s, eighty)
    assert fact["conflicting_facts"], "80 and 125 killed are conflicting versions"
    points = figure_timeline(s, fact)
    assert [p["figures"][0]["value"] for p in points] == [20, 80, 125]
    assert [p["fact_id"] == fact["id"] for p in points].count(True) == len(fact["claims"])
    assert points[-1]["reading"] == "higher than earlier (possible update)"


def _ecb_project(tmp_path) -> tuple[Store, dict[int, str]]:
    root = DATA / "ecbplus_t12"
    s = Store.open(tmp_path / "ecb.db")
    sub = {}
    with (root / "index.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            text = (root / Path(row["file"]).name).read_text(encoding="utf-8")
            aid = add(s, text, title=row["first_line"][:60], outlet=row["file"], min_words=6)
            sub[aid] = row["subtopic"]
    return s, sub


def test_look_alike_events_kept_apart(tmp_path):
    """ECB+ topic 12: two Indian-navy-captures-Somali-pirates events, years apart, share many words."""
    s, sub = _ecb_project(tmp_path)
    match_project(s)
    art = {c["id"]: c["article_id"] for c in s.claims_for_matching()}
    same = cross = 0
    for lk in s.links():
        if lk["relation"] not in ("duplicate", "conflict"):
            continue
        if sub[art[lk["claim_a"]]] == sub[art[lk["claim_b"]]]:
            same += 1
        else:
            cross += 1
    assert same >= 200
    assert cross <= 0.03 * (same + cross)
    # and without event context the look-alikes would be linked more often
    rows = s.claims_for_matching()
    plain = matching.find_links([r["text"] for r in rows],
                                skip=lambda i, j: rows[i]["article_id"] == rows[j]["article_id"])
    plain_cross = sum(sub[rows[i]["article_id"]] != sub[rows[j]["article_id"]] for i, j, _ in plain)
    assert plain_cross > cross


def test_an_exact_copy_of_a_bare_line_is_not_linked_across_two_events(tmp_path):
    """'It was unclear.' in reports of two different quakes months apart is no fact verified once;
    a copy with an anchor of its own (a figure) in articles of one event still is."""
    s = Store.open(tmp_path / "copies.db")
    quake = "Quake hits {place}\nA strong earthquake shook {place} early on {day}.\nIt was unclear whether anyone was hurt.\n"
    add(s, quake.format(place="Napa", day="Sunday"), title="Napa", outlet="One", published="2014-08-24")
    add(s, quake.format(place="Chile", day="Tuesday"), title="Chile", outlet="Two", published="2014-04-01")
    fire = "{head} in {town}\nAt least 12 homes burned in the fire near {town}.\nIt was unclear how the fire started.\n"
    add(s, fire.format(head="Fire", town="Redding"), title="Fire 1", outlet="Three", published="2018-07-27")
    add(s, fire.format(head="Blaze", town="Redding"), title="Fire 2", outlet="Four", published="2018-07-27")
    match_project(s)
    texts = {c["id"]: c["text"] for c in s.claims()}
    linked = {frozenset((texts[lk["claim_a"]], texts[lk["claim_b"]])) for lk in s.links()}
    assert frozenset(["It was unclear whether anyone was hurt."]) not in linked
    assert frozenset(["At least 12 homes burned in the fire near Redding."]) in linked
