"""The claims table model: ids from SQL, rows fetched lazily, precise refreshes, filter bar."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from workbench.core.ingest.reader import content_hash
from workbench.core.model import ExtractedClaim, ImportedArticle
from workbench.core.store import SORT_KEYS, ClaimFilter, Store
from workbench.ui.context import ProjectContext
from workbench.ui.models.claims_model import COLUMNS, PAGE_SIZE, ClaimsModel

WORDS = ["soldiers", "killed", "fighting", "border", "crossing", "militants", "seized", "town", "airport", "refugees", "fled", "homes", "advisers", "embassy", "minister", "said", "officials", "reported", "army", "retook", "province"]


def _big_project(path: Path, articles: int = 40, per_article: int = 100) -> Path:
    rng = random.Random(7)
    with Store.open(path) as store:
        for a in range(articles):
            sentences = []
            for s in range(per_article):
                words = " ".join(rng.choice(WORDS) for _ in range(8))
                sentences.append(f"Claim {a}-{s} says {words}.")
            text = " ".join(sentences)
            claims, pos = [], 0
            for sentence in sentences:
                start = text.index(sentence, pos)
                pos = start + len(sentence)
                claims.append(ExtractedClaim(text=sentence, quote=sentence, start=start, end=pos,
                                             speaker=rng.choice([None, "an official", "Reuters"])))
            store.add_article(ImportedArticle(text=text, title=f"Article {a:03d}", outlet=f"Outlet {a % 7}",
                                              published=f"2014-06-{1 + a % 28:02d}",
                                              content_hash=content_hash(text)), claims)
    return path


@pytest.fixture
def big(qapp, tmp_path):  # noqa: ANN001
    store = Store.open(_big_project(tmp_path / "big.wbproj"))
    ctx = ProjectContext(store)
    model = ClaimsModel(store, ctx)
    store.subscribe(model.apply_changes)
    yield ctx, model
    ctx.close()


def test_rows_are_fetched_lazily_in_pages(big):
    ctx, model = big
    model.set_filter(ClaimFilter())
    assert model.rowCount() == 4000
    assert model.cached_count() == 0 and model.fetches == 0
    index = model.index(3000, COLUMNS.index(("text", "Claim", "text")))
    assert model.data(index).startswith("Claim 30-0 says")
    assert model.fetches == 1 and model.cached_count() == PAGE_SIZE
    model.data(model.index(3001, 0))
    assert model.fetches == 1  # same page, no new query


@pytest.mark.parametrize("column", range(len(COLUMNS)))
def test_every_column_sorts_in_sql_both_ways(big, column):
    ctx, model = big
    key = COLUMNS[column][2]
    assert key in SORT_KEYS
    for order, descending in ((Qt.SortOrder.AscendingOrder, False), (Qt.SortOrder.DescendingOrder, True)):
        model.sort(column, order)
        assert model.ids() == ctx.store.query_claim_ids(ClaimFilter(), key, descending)


def test_filters_status_article_source_and_full_text(big):
    ctx, model = big
    store = ctx.store
    ids = store.query_claim_ids(ClaimFilter())
    for cid in ids[:5]:
        store.update_claim(cid, status="verified")
    model.set_filter(ClaimFilter(statuses=["verified"]))
    assert sorted(model.ids()) == sorted(ids[:5])
    article = store.article_ids()[3]
    model.set_filter(ClaimFilter(article_id=article))
    assert model.rowCount() == 100
    model.set_filter(ClaimFilter(search="claim 12-73"))  # FTS5: every word, the last as a prefix
    assert [model.claim(r)["text"][:12] for r in range(model.rowCount())] == ["Claim 12-73 "]
    model.set_filter(ClaimFilter(search="Claim 1-7"))
    texts = [model.claim(r)["text"].split()[1] for r in range(model.rowCount())]
    assert set(texts) == {"1-7", "7-1", *(f"1-{n}" for n in range(70, 80))}
    source = store.add_source("Reuters", "agency", "B")
    store.update_claim(ids[10], source_id=source)
    model.set_filter(ClaimFilter(source_id=source))
    assert model.ids() == [ids[10]]
    assert model.data(model.index(0, COLUMNS.index(("source", "Source", "source")))) == "Reuters"


def test_an_edit_refreshes_only_its_row(big, qtbot):
    ctx, model = big
    model.set_filter(ClaimFilter())
    target = model.claim_id(1234)
    model.data(model.index(1234, 0))
    changed = []
    model.dataChanged.connect(lambda a, b, roles=(): changed.append((a.row(), b.row())))
    with qtbot.assertNotEmitted(model.modelReset):
        ctx.store.update_claim(target, status="disputed")
    assert changed == [(1234, 1234)]
    status_col = COLUMNS.index(("status", "Status", "status"))
    assert model.data(model.index(1234, status_col)) == "Disputed"


def test_insert_and_delete_move_rows_without_a_reset(big, qtbot):
    ctx, model = big
    model.set_filter(ClaimFilter())
    store = ctx.store
    victim = model.claim_id(10)
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.rowsRemoved):
        snapshot = store.delete_claim(victim)
    assert model.rowCount() == 3999 and model.row_of(victim) == -1
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.rowsInserted):
        store.restore_claim(snapshot)
    assert model.row_of(victim) == 10


def test_filter_bar_answers_as_you_type(window, qtbot):
    panel = window.claims_panel
    panel.set_scope("all")
    assert panel.model.rowCount() == window.ctx.store.count_claims()
    qtbot.keyClicks(panel.search, "advis")
    qtbot.waitUntil(lambda: panel.model.claim_filter.search == "advis", timeout=30_000)
    texts = [panel.model.claim(r)["text"] for r in range(panel.model.rowCount())]
    assert texts and all("advis" in t.lower() for t in texts)
    assert panel.count.text() == f"{len(texts)} claims"
    panel.status.setCurrentIndex(panel.status.findData("unverified"))
    assert panel.model.claim_filter.statuses == ["unverified"]
    panel.search.clear()
    qtbot.waitUntil(lambda: panel.model.claim_filter.search is None, timeout=30_000)
    panel.set_scope("article")
    assert panel.model.claim_filter.article_id == window.ctx.current_article_id


def test_background_queries_answer_only_the_latest_request(big, qtbot):
    ctx, model = big
    model.enable_background_queries(ctx.store.path)
    try:
        with qtbot.waitSignal(model.countsChanged, timeout=10000):
            model.set_filter(ClaimFilter())
        assert model.rowCount() == 4000
        resets = []
        model.modelReset.connect(lambda: resets.append(model.claim_filter.search))
        with qtbot.waitSignal(model.countsChanged, timeout=10000):
            for typed in ("c", "cl", "cla", "claim", "claim 3", "claim 3-1"):
                model.update_filter(search=typed)
        qtbot.wait(100)
        assert resets[-1] == "claim 3-1" and len(resets) <= 2
        assert model.ids() == ctx.store.query_claim_ids(ClaimFilter(search="claim 3-1"))
        with qtbot.waitSignal(model.layoutChanged, timeout=10000):
            model.sort(COLUMNS.index(("text", "Claim", "text")), Qt.SortOrder.DescendingOrder)
        assert model.ids() == ctx.store.query_claim_ids(ClaimFilter(search="claim 3-1"), "text", True)
    finally:
        model.shutdown()


def test_header_sorting_and_back_to_reading_order(window):
    panel = window.claims_panel
    panel.set_scope("all")
    store = window.ctx.store
    header = panel.table.horizontalHeader()
    panel.table.sortByColumn(COLUMNS.index(("text", "Claim", "text")), Qt.SortOrder.DescendingOrder)
    assert panel.model.ids() == store.query_claim_ids(ClaimFilter(), "text", True)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    assert panel.model.ids() == store.query_claim_ids(ClaimFilter(), "position")
    header.setSectionHidden(COLUMNS.index(("source", "Source", "source")), True)
    assert panel.header_state()


def test_tagged_rows_stay_put_under_a_status_filter(window, qtbot):
    panel = window.claims_panel
    panel.status.setCurrentIndex(panel.status.findData("unverified"))
    ids = list(panel.model.ids())
    window.ctx.select_claim(ids[0])
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_V)
    assert panel.model.ids() == ids  # no row jumped away under the analyst
    assert panel.model.data(panel.model.index(0, 1), Qt.ItemDataRole.ForegroundRole) is not None
    assert "leaves when the filter" in panel.model.data(panel.model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    panel.apply_filter()
    assert ids[0] not in panel.model.ids()
