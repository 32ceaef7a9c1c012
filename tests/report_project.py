"""A small real project for the report tests: three outlets, tagged claims, evidence, links and hostile text.

Built straight through the store (no extraction engine), so the report tests do not depend on it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from workbench.core.model import ExtractedClaim, ImportedArticle
from workbench.core.store import Store

HOSTILE_TITLE = "Border <b>crisis</b> & the <script>alert('t')</script> title"
HOSTILE_SCRIPT = "<script>alert(1)</script>"
HOSTILE_IMG = "<img src=http://evil.example/x.png>"
HOSTILE_LINK_TEXT = "[click here](javascript:alert(2))"
FORMULA_NOTE = "=HYPERLINK(\"http://evil.example\",\"x\")"

ARTICLES = [
    {
        "title": "Iraq loses control of border crossing with Syria",
        "outlet": "Middle East Eye",
        "author": "MEE staff",
        "published": "2014-06-21",
        "url": "https://www.middleeasteye.net/news/iraq-border",
        "file": "mee.txt",
        "text": (
            "Sunni militants seized the al-Qaim border crossing with Syria on Saturday. "
            "Maliki's security spokesman Lieutenant General Qassem Atta admitted that \"hundreds\" of soldiers "
            "had been killed in the fighting. "
            "Some 500,000 people fled their homes in Mosul in just a few days."
        ),
        "claims": [
            ("Sunni militants seized the al-Qaim border crossing with Syria", "Sunni militants seized the al-Qaim border crossing with Syria", None),
            ("Hundreds of soldiers had been killed in the fighting", "\"hundreds\" of soldiers had been killed in the fighting",
             "Lieutenant General Qassem Atta"),
            ("Some 500,000 people fled their homes in Mosul", "Some 500,000 people fled their homes in Mosul", None),
        ],
    },
    {
        "title": "Militants take Syria border post, officials say",
        "outlet": "Reuters",
        "author": None,
        "published": "2014-06-22",
        "url": "https://www.reuters.com/article/iraq-border",
        "file": "reuters.html",
        "text": (
            "Militants took the al-Qaim border crossing with Syria, security sources said. "
            "About 300,000 people fled Mosul, the UN said. "
            "Dozens of soldiers were killed, a police colonel said."
        ),
        "claims": [
            ("Militants took the al-Qaim border crossing with Syria", "Militants took the al-Qaim border crossing with Syria", "security sources"),
            ("About 300,000 people fled Mosul", "About 300,000 people fled Mosul", "the UN"),
            ("Dozens of soldiers were killed", "Dozens of soldiers were killed", "a police colonel"),
        ],
    },
    {
        "title": HOSTILE_TITLE,
        "outlet": "Evil <Outlet> =cmd",
        "author": "@attacker",
        "published": "2014-06-23",
        "url": "javascript:alert(3)",
        "file": "evil.html",
        "text": (
            f"Officials said {HOSTILE_SCRIPT} the crossing fell. "
            f"An image {HOSTILE_IMG} showed the post. "
            f"Read more {HOSTILE_LINK_TEXT} now. "
            "=1+2 was the count of trucks."
        ),
        "claims": [
            (f"The crossing fell {HOSTILE_SCRIPT}", f"{HOSTILE_SCRIPT} the crossing fell", "Officials"),
            (f"An image {HOSTILE_IMG} showed the post", f"An image {HOSTILE_IMG} showed the post", None),
            ("=1+2 was the count of trucks", "=1+2 was the count of trucks", None),
            (f"Read more {HOSTILE_LINK_TEXT}", f"Read more {HOSTILE_LINK_TEXT}", None),
        ],
    },
]


def make_project(path: Path) -> dict:
    """Create the project at `path`; returns ids by name for the tests."""
    store = Store.open(path)
    ids: dict[str, int] = {}
    claim_ids: list[list[int]] = []
    for spec in ARTICLES:
        claims = []
        for text, quote, speaker in spec["claims"]:
            start = spec["text"].index(quote)
            claims.append(ExtractedClaim(text=text, quote=quote, start=start, end=start + len(quote), speaker=speaker))
        article = ImportedArticle(
            text=spec["text"], title=spec["title"], outlet=spec["outlet"], author=spec["author"],
            published=spec["published"], url=spec["url"], file=spec["file"],
            content_hash=hashlib.sha256(spec["text"].encode()).hexdigest(), format="text",
        )
        article_id = store.add_article(article, claims)
        assert article_id
        ids[spec["file"]] = article_id
        claim_ids.append(store.claim_ids_of_articles([article_id]))
    mee, reuters, evil = claim_ids
    atta = store.add_source("Lieutenant General Qassem Atta", kind="person", reliability="C")
    un = store.add_source("UNHCR", kind="organisation", reliability="B")
    store.update_claim(mee[0], status="verified", confidence="high", notes="Confirmed by two independent outlets.")
    store.update_claim(mee[1], status="disputed", confidence="moderate", source_id=atta,
                       notes="Government figure; Reuters reports dozens.\nNeeds a second source.")
    store.update_claim(mee[2], status="false", confidence="moderate", source_id=un, notes=FORMULA_NOTE)
    store.update_claim(evil[0], status="unverifiable", confidence="low", notes=f"Hostile note {HOSTILE_SCRIPT}")
    store.update_claim(evil[2], status="false", confidence="low", notes="-2 trucks; @mention\ttab")
    store.add_evidence(mee[0], ids["reuters.html"], "supports", "Reuters independently reports the seizure.")
    store.add_evidence(mee[2], ids["reuters.html"], "contradicts", "UN figure is 300,000, not 500,000.")
    store.add_evidence(mee[1], ids["evil.html"], "contradicts", f"Hostile evidence note {HOSTILE_IMG}")
    store.save_links([
        {"claim_a": mee[0], "claim_b": reuters[0], "relation": "duplicate", "score": 91.5,
         "state": "confirmed", "reasons": ["same event", "same place"]},
        {"claim_a": mee[0], "claim_b": evil[0], "relation": "duplicate", "score": 70.0,
         "state": "suggested", "reasons": ["similar wording"]},
        {"claim_a": mee[2], "claim_b": reuters[1], "relation": "conflict", "score": 88.0,
         "state": "confirmed", "reasons": ["500000 vs 300000 people"]},
        {"claim_a": mee[1], "claim_b": reuters[2], "relation": "conflict", "score": 60.0,
         "state": "rejected", "reasons": ["hundreds vs dozens"]},
    ], scope_claim_ids=None)
    store.set_clusters([[mee[0], reuters[0], evil[0]], [mee[2], reuters[1]]])
    store.close()
    return {"articles": ids, "mee": mee, "reuters": reuters, "evil": evil, "atta": atta, "un": un}


#: the fixed generation time of the report tests' outputs
STAMP = "2026-01-02T03:04:05+00:00"
