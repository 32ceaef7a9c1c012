"""Shared fixtures for the inspector / similar-claims / import tests.

Import from a test module with `from tests.ui.conftest_panels import *  # noqa: F403` (or name
the fixtures). Projects are real SQLite files in tmp_path; claims and links are written
directly through the store (not by extraction/matching), so these tests do not depend on them.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from workbench.core.ingest.reader import content_hash  # noqa: E402
from workbench.core.model import ExtractedClaim, ImportedArticle, Quantity  # noqa: E402
from workbench.core.store import Store  # noqa: E402

ARTICLES: list[dict[str, Any]] = [
    {
        "title": "Half a million flee Mosul as militants seize the city",
        "outlet": "Middle East Eye",
        "published": "2014-06-11",
        "text": (
            "Some 500,000 people have fled their homes in Mosul, the International Organization for Migration "
            "said on Wednesday. Iraqi officials said hundreds of soldiers were killed in the fighting. "
            "The United States will send 300 military advisers to Baghdad, the Pentagon said."
        ),
        "claims": [
            ("Some 500,000 people have fled their homes in Mosul", "International Organization for Migration",
             [("Some 500,000 people", 500000, 450000, 550000, True, "people")], False),
            ("hundreds of soldiers were killed in the fighting", "Iraqi officials",
             [("hundreds of soldiers", None, 200, 999, True, "soldiers")], True),
            ("The United States will send 300 military advisers to Baghdad", "the Pentagon",
             [("300 military advisers", 300, 300, 300, False, "advisers")], False),
        ],
    },
    {
        "title": "Iraq crisis: dozens of soldiers killed, thousands flee",
        "outlet": "Reuters",
        "published": "2014-06-12",
        "text": (
            "Dozens of soldiers were killed in the fighting for Mosul, a military source said. "
            "Half a million Iraqis have fled the city, aid agencies said. "
            "Washington will send 300 advisors to help the Iraqi army."
        ),
        "claims": [
            ("Dozens of soldiers were killed in the fighting for Mosul", "a military source",
             [("Dozens of soldiers", None, 24, 99, True, "soldiers")], False),
            ("Half a million Iraqis have fled the city", "aid agencies",
             [("Half a million Iraqis", 500000, 500000, 500000, True, "Iraqis")], False),
            ("Washington will send 300 advisors to help the Iraqi army", None,
             [("300 advisors", 300, 300, 300, False, "advisors")], False),
        ],
    },
    {
        "title": "UN: 3,000 advisers figure is wrong",
        "outlet": "Al Jazeera",
        "published": "2014-06-13",
        "text": "US officials confirmed that 3,000 military advisers would be sent to Iraq next month.",
        "claims": [
            ("3,000 military advisers would be sent to Iraq next month", "US officials",
             [("3,000 military advisers", 3000, 3000, 3000, False, "advisers")], False),
        ],
    },
]


def _claim(body: str, quote: str, speaker: str | None, quantities: list[tuple], hedged: bool) -> ExtractedClaim:
    start = body.index(quote)
    qs = []
    for text, value, low, high, approx, counted in quantities:
        qstart = quote.index(text)
        qs.append(Quantity(text=text, value=value, low=low, high=high, approximate=approx, counted=counted,
                           start=qstart, end=qstart + len(text)))
    return ExtractedClaim(text=quote, quote=quote, start=start, end=start + len(quote), speaker=speaker,
                          quantities=qs, hedged=hedged, sentence_start=start, sentence_end=start + len(quote))


def build_sample_project(path: Path) -> dict[str, Any]:
    """Three articles on one event, claims with figures, and links between them.

    Returns {"articles": [ids], "claims": [[ids per article]], "links": {name: id}}.
    """
    store = Store.open(path)
    try:
        article_ids, claim_ids = [], []
        for spec in ARTICLES:
            body = spec["text"]
            article = ImportedArticle(text=body, title=spec["title"], outlet=spec["outlet"],
                                      published=spec["published"], file=f"{spec['outlet']}.txt",
                                      content_hash=content_hash(body))
            claims = [_claim(body, *c) for c in spec["claims"]]
            aid = store.add_article(article, claims)
            assert aid is not None
            article_ids.append(aid)
            claim_ids.append(store.claim_ids_of_articles([aid]))
        fled_a, killed_a, advisers_a = claim_ids[0]
        killed_b, fled_b, advisers_b = claim_ids[1]
        (advisers_c,) = claim_ids[2]
        store.save_links([
            {"claim_a": fled_a, "claim_b": fled_b, "relation": "duplicate", "score": 86.0, "state": "suggested",
             "reasons": ["500,000 ~ half a million", "fled"]},
            {"claim_a": killed_a, "claim_b": killed_b, "relation": "conflict", "score": 78.0, "state": "suggested",
             "reasons": ["hundreds vs dozens"]},
            {"claim_a": advisers_a, "claim_b": advisers_b, "relation": "duplicate", "score": 97.0,
             "state": "confirmed", "reasons": ["300 advisers"]},
            {"claim_a": advisers_a, "claim_b": advisers_c, "relation": "conflict", "score": 81.0,
             "state": "suggested", "reasons": ["300 vs 3,000"]},
        ], scope_claim_ids=None)
        links = {}
        for row in store.links():
            pair = (row["claim_a"], row["claim_b"])
            name = {tuple(sorted((fled_a, fled_b))): "fled", tuple(sorted((killed_a, killed_b))): "killed",
                    tuple(sorted((advisers_a, advisers_b))): "advisers",
                    tuple(sorted((advisers_a, advisers_c))): "advisers_conflict"}[pair]
            links[name] = row["id"]
        return {"articles": article_ids, "claims": claim_ids, "links": links}
    finally:
        store.close()


@pytest.fixture
def project_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("WORKBENCH_HOME", str(tmp_path / "home"))
    return tmp_path / "sample.claims"


@pytest.fixture
def sample(project_path: Path) -> dict[str, Any]:
    return build_sample_project(project_path)


@pytest.fixture
def ctx(qtbot, project_path: Path, sample: dict[str, Any]):
    """A ProjectContext on the sample project (closed at the end of the test)."""
    from PySide6.QtCore import QObject

    from workbench.ui.context import ProjectContext

    holder = QObject()  # parent of the context, so nothing is garbage-collected mid-test
    context = ProjectContext(Store.open(project_path), holder)
    context._test_holder = holder  # type: ignore[attr-defined]
    yield context
    context.close()


def show_widget(qtbot, widget: Any, width: int, height: int) -> Any:
    """Give a panel to qtbot, at a size a dock would give it, and show it."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    return widget


@pytest.fixture
def similar_panel(qtbot, ctx):
    """The similar-claims panel on the sample project (nothing selected yet)."""
    from workbench.ui.views.similar_claims import SimilarClaimsPanel

    widget = show_widget(qtbot, SimilarClaimsPanel(ctx), 360, 700)
    yield widget
    widget.close()  # before the project closes: late focus-out must not reach a closed store


@pytest.fixture
def inspector_panel(qtbot, ctx, sample):
    """The inspector on the sample project, showing "Some 500,000 people have fled..." (IOM)."""
    from workbench.ui.views.inspector import InspectorPanel

    widget = show_widget(qtbot, InspectorPanel(ctx), 360, 900)
    ctx.select_claim(sample["claims"][0][0])
    yield widget
    widget.close()  # before the project closes: late focus-out must not reach a closed store


__all__ = ["ARTICLES", "build_sample_project", "ctx", "inspector_panel", "project_path", "sample", "show_widget",
           "similar_panel"]
