"""schema.org ClaimReview, one per rated fact.

Rating scale (documented for publishers; `reviewRating`):

| verdict      | ratingValue | alternateName |
|--------------|-------------|---------------|
| False        | 1           | False         |
| Disputed     | 3           | Disputed      |
| Verified     | 5           | Verified      |
| Unverifiable | (none)      | Unverifiable  |

worstRating 1, bestRating 5. "Unverifiable" says nothing about truth, so it is kept off the
truth scale: its rating has only an `alternateName`. Unverified facts get no review.

`url` is where the review is published: an absolute http(s) address (each fact's review is
`url#fact-ID`); anything else is refused with a message, never written. With no address at all
the reviews are written without `url` (never a relative `#claim-N`) and the CLI warns that
publishing them needs one.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from workbench.core.vocab import Status

RATING_VALUES: dict[str, int | None] = {
    Status.FALSE.value: 1,
    Status.DISPUTED.value: 3,
    Status.VERIFIED.value: 5,
    Status.UNVERIFIABLE.value: None,
}
WORST_RATING, BEST_RATING = 1, 5
LABELS = {s.value: s.value.capitalize() for s in Status}


class ReviewUrlError(ValueError):
    """The address given for the reviews is not an absolute http(s) URL; the message is for users."""


#: what the CLI says when a ClaimReview is written with no address
NO_URL_WARNING = ("no --url given: the ClaimReviews carry no url; give --url https://... "
                  "(where the report will be published) before publishing them")


def check_review_url(url: str | None) -> str | None:
    """The absolute http(s) URL the reviews are published at (None when none is given), or
    ReviewUrlError saying what is wrong with the one given."""
    if not url or not url.strip():
        return None
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in url:
        raise ReviewUrlError(f"{url!r} is not an absolute http(s) address (e.g. https://example.org/checks/iraq)")
    return url.split("#", 1)[0]


def appearance_item(a: dict[str, Any]) -> dict[str, Any]:
    """An appearance of a claim (an article) as a schema.org CreativeWork; only http(s) URLs are kept."""
    item: dict[str, Any] = {"@type": "CreativeWork"}
    url = (a.get("url") or "").strip()
    if url and urlsplit(url).scheme in ("http", "https"):
        item["url"] = url
    if a.get("title"):
        item["headline"] = a["title"]
    if a.get("published"):
        item["datePublished"] = a["published"]
    if a.get("outlet"):
        item["publisher"] = {"@type": "Organization", "name": a["outlet"]}
    return item


def _author(analyst: str | None, organisation: str | None) -> dict[str, Any] | None:
    if organisation:
        return {"@type": "Organization", "name": organisation}
    if analyst:
        return {"@type": "Person", "name": analyst}
    return None


def _claim_author(entry: dict[str, Any]) -> dict[str, Any] | None:
    first = entry.get("first_appearance") or {}
    if first.get("speaker"):
        return {"@type": "Person", "name": first["speaker"]}
    if first.get("outlet"):
        return {"@type": "Organization", "name": first["outlet"]}
    return None


def fact_claim_reviews(facts: list[dict[str, Any]], *, url: str | None, date: str, analyst: str | None = None,
                       organisation: str | None = None) -> list[dict[str, Any]]:
    """One ClaimReview per rated fact entry (see `core.report.facts.fact_entries`)."""
    base = check_review_url(url)
    author = _author(analyst, organisation)
    reviews = []
    for entry in facts:
        if entry["status"] not in RATING_VALUES:
            continue
        appearances = [appearance_item(a) for a in entry["appearances"]]
        item: dict[str, Any] = {"@type": "Claim", "appearance": appearances}
        claim_author = _claim_author(entry)
        if claim_author:
            item["author"] = claim_author
        first = entry.get("first_appearance")
        if first:
            item["firstAppearance"] = appearance_item(first)
        if entry.get("first_published"):
            item["datePublished"] = entry["first_published"]
        rating: dict[str, Any] = {"@type": "Rating", "alternateName": LABELS[entry["status"]]}
        value = RATING_VALUES[entry["status"]]
        if value is not None:
            rating.update(ratingValue=value, bestRating=BEST_RATING, worstRating=WORST_RATING)
        review: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "claimReviewed": " ".join(entry["text"].split()),
            "itemReviewed": item,
            "datePublished": date,
            "reviewRating": rating,
        }
        if base:
            review["url"] = f"{base}#fact-{entry['id']}"
        if author:
            review["author"] = author
        if entry.get("notes"):
            review["reviewBody"] = entry["notes"]
        reviews.append(review)
    return reviews
