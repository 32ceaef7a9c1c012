"""Import files into a project: read -> extract claims -> store -> match, one file at a time.

Each file is all-or-nothing (one transaction); a bad file is reported and skipped while the
good ones go in. Long runs take a plain `progress(done, total, message)` callback and a
`cancel()` predicate, so the CLI can draw a bar and the GUI can wrap them in signals.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from workbench.core.extract.extractor import extract_claims
from workbench.core.ingest.reader import IngestError, article_from_text, expand_paths, read_article
from workbench.core.model import ImportedArticle
from workbench.core.store import Store, StoreError

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]


@dataclass
class ImportResult:
    imported: list[int] = field(default_factory=list)  # new article ids
    duplicates: list[str] = field(default_factory=list)  # files whose text was already in the project
    errors: list[str] = field(default_factory=list)  # one line each: "FILE: reason"
    new_claim_ids: list[int] = field(default_factory=list)
    cancelled: bool = False
    match_error: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "imported": self.imported,
            "duplicates": self.duplicates,
            "errors": self.errors,
            "claims": len(self.new_claim_ids),
            "cancelled": self.cancelled,
        }


def import_paths(
    store: Store,
    paths: Iterable[str | Path],
    *,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    match: bool = True,
) -> ImportResult:
    """Import files and folders; returns what went in and one error line per file that did not."""
    result = ImportResult()
    files, errors = expand_paths(paths)
    result.errors.extend(errors)
    total = len(files)
    for done, path in enumerate(files):
        if cancel and cancel():
            result.cancelled = True
            break
        if progress:
            progress(done, total, path.name)
        try:
            article = read_article(path)
            article_id = _store_with_claims(store, article)
        except (IngestError, StoreError) as exc:
            result.errors.append(str(exc) if str(exc).startswith(str(path)) else f"{path}: {exc}")
            continue
        if article_id is None:
            result.duplicates.append(str(path))
        else:
            result.imported.append(article_id)
    if progress:
        progress(total, total, "")
    _match_new(store, result, progress, cancel, enabled=match)
    return result


def import_text(store: Store, text: str, *, name: str = "pasted text", match: bool = True) -> ImportResult:
    """Import an article pasted from the clipboard."""
    result = ImportResult()
    try:
        article = article_from_text(text, name=name)
        article_id = _store_with_claims(store, article)
    except (IngestError, StoreError) as exc:
        result.errors.append(f"{name}: {exc}")
        return result
    if article_id is None:
        result.duplicates.append(name)
    else:
        result.imported.append(article_id)
    _match_new(store, result, None, None, enabled=match)
    return result


def _store_with_claims(store: Store, article: ImportedArticle) -> int | None:
    if store.has_article_hash(article.content_hash):
        return None
    claims = extract_claims(article.text, published=article.published, title=article.title)
    return store.add_article(article, claims)


def _embed_new(store: Store, result: ImportResult, new_ids: set[int], progress: ProgressFn | None,
               cancel: CancelFn | None) -> None:
    """Embed each new claim once, here at import (it is the slow part of semantic matching), so
    matching only reads stored vectors. A missing or refused model leaves the lexical path."""
    from workbench.core.match.embedding import ModelError, semantic_enabled
    from workbench.core.match.project import embed_claims

    if not new_ids or not semantic_enabled(store):
        return
    try:
        embed_claims(store, new_ids, progress=progress, cancel=cancel)
    except ModelError as exc:
        result.match_error = f"semantic matching off: {exc}"


def _match_new(
    store: Store, result: ImportResult, progress: ProgressFn | None, cancel: CancelFn | None, *, enabled: bool
) -> None:
    """Match the new articles' claims against the rest of the project (incremental)."""
    if not result.imported:
        return
    new_ids = set(store.claim_ids_of_articles(result.imported))
    result.new_claim_ids = sorted(new_ids)
    if result.cancelled:
        return
    _embed_new(store, result, new_ids, progress, cancel)
    if not enabled or len(store.article_ids()) < 2:
        return
    from workbench.core.actions.matching import match_claims

    try:
        match_claims(store, claim_ids=new_ids, progress=progress, cancel=cancel)
    except Exception as exc:  # noqa: BLE001 - matching failure must not lose the import
        result.match_error = f"matching failed: {type(exc).__name__}: {exc}"
