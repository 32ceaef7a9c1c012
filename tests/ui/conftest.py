"""Fixtures for the window tests: a real project file in tmp_path, built through the store.

Claims are written with `store.add_article(ImportedArticle(...), [ExtractedClaim(...)])`, one per
sentence, so these tests do not depend on the extraction engine. WORKBENCH_HOME is a fresh
folder for every test (tests/conftest.py), so window settings never leak between tests.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from workbench.core.ingest.reader import content_hash  # noqa: E402
from workbench.core.model import ExtractedClaim, ImportedArticle  # noqa: E402
from workbench.core.store import Store  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "data"

OTHER_ARTICLES = [
    {
        "title": "Militants seize Iraqi border crossing with Syria",
        "outlet": "Reuters",
        "author": "Staff",
        "published": "2014-06-22",
        "url": "https://example.org/reuters/iraq-border",
        "text": (
            "Sunni militants seized the al-Walid border crossing with Syria on Sunday, security sources said.\n\n"
            "Dozens of soldiers were killed in the fighting, a military source told Reuters.\n\n"
            "Half a million Iraqis have fled their homes since the offensive began, aid agencies said.\n\n"
            "The United States has sent 300 military advisers to Iraq."
        ),
    },
    {
        "title": "Kerry in Baghdad pledges support",
        "outlet": "Al Jazeera",
        "author": None,
        "published": "2014-06-23",
        "url": "https://example.org/aljazeera/kerry-baghdad",
        "text": (
            "US Secretary of State John Kerry arrived in Baghdad on Monday for talks with Prime Minister "
            "Nouri al-Maliki.\n\n"
            "Kerry said US support for Iraq would be intense and sustained.\n\n"
            "Washington has sent 3,000 advisers to Iraq, a spokesman said."
        ),
    },
]

SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"”]?|$)")


def sentence_claims(text: str) -> list[ExtractedClaim]:
    """One claim per sentence of real length (a stand-in for the extraction engine)."""
    claims = []
    for match in SENTENCE.finditer(text):
        quote = match.group(0)
        start = match.start() + (len(quote) - len(quote.lstrip()))
        quote = quote.strip()
        if len(quote.split()) < 6:
            continue
        speaker = None
        said = re.search(r",\s*([^,]+?)\s+(?:said|told)\b", quote)
        if said:
            speaker = said.group(1).strip()
        claims.append(ExtractedClaim(text=quote, quote=quote, start=start, end=start + len(quote), speaker=speaker))
    return claims


def mee_text() -> str:
    raw = (DATA / "mee-iraq-border-crossing.txt").read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in raw.split("\n\n") if p.strip()]
    keep = [p for p in paragraphs if len(p.split()) > 12 and "newsletter" not in p.lower()
            and not p.lower().startswith("sign up")]
    return "\n\n".join(keep)


def wait_derived(qtbot, ctx, timeout: int = 30000) -> None:  # noqa: ANN001 - pytest-qt's qtbot
    """Until the background re-matching and regrouping (ui.derived) has nothing left to do."""
    qtbot.waitUntil(lambda: not ctx.derived.busy, timeout=timeout)


def add_article(store: Store, text: str, claims: list[ExtractedClaim] | None = None, **meta: object) -> int:
    article = ImportedArticle(text=text, content_hash=content_hash(text), file=f"{meta.get('outlet', 'a')}.txt",
                              **meta)  # type: ignore[arg-type]
    article_id = store.add_article(article, sentence_claims(text) if claims is None else claims)
    assert article_id is not None
    return article_id


def build_demo_project(path: Path, *, tagged: bool = False) -> Path:
    """Three articles on one story, one claim per sentence, a duplicate and a conflict link."""
    with Store.open(path) as store:
        add_article(store, mee_text(), title="Iraqi officials: army retakes Syria border crossing",
                    outlet="Middle East Eye", author="MEE staff", published="2014-06-23",
                    url="https://www.middleeasteye.net/news/iraqi-officials-army-retakes-syria-border-crossing")
        for meta in OTHER_ARTICLES:
            add_article(store, **meta)  # type: ignore[arg-type]
        claims = store.claims()
        by_text = {c["text"]: c["id"] for c in claims}

        def find(words: str) -> int:
            return next(cid for text, cid in by_text.items() if words in text)

        store.add_link(find("500,000 people"), find("Half a million"), "duplicate", 91.0)
        store.add_link(find("US has already sent 300"), find("3,000 advisers"), "conflict", 78.0, state="suggested")
        store.add_link(find("hundreds\" of soldiers"), find("Dozens of soldiers"), "conflict", 74.0)
        if tagged:
            store.update_claim(find("fought back"), status="verified", confidence="high")
            store.update_claim(find("al-Waleed border crossing fell"), status="verified", confidence="moderate")
            store.update_claim(find("hundreds\" of soldiers"), status="disputed", confidence="low")
            store.update_claim(find("Tal Afar"), status="unverifiable")
            store.update_claim(find("3,000 advisers"), status="false", confidence="high")
    return path


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return build_demo_project(tmp_path / "demo.wbproj")


@pytest.fixture
def window(qtbot, project_path: Path) -> Iterator[object]:  # noqa: ANN001 - pytest-qt's qtbot
    from workbench.ui.app import create_application
    from workbench.ui.main_window import MainWindow

    create_application()
    win = MainWindow(restore_layout=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_project(project_path)
    wait_derived(qtbot, win.ctx)  # facts are grouped in the background: tests start on current facts
    with qtbot.waitActive(win):  # single-key shortcuts need an active window
        win.activateWindow()
    yield win
    win.close()
