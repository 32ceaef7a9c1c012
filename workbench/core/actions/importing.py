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
    warnings: list[str] = field(default_factory=list)  # one line each: "FILE: what was repaired"

    def to_dict(self) -> dict[str, object]:
        return {
            "imported": self.imported,
            "duplicates": self.duplicates,
            "errors": self.errors,
            "claims": len(self.new_claim_ids),
            "cancelled": self.cancelled,
            **({"warnings": self.warnings} if self.warnings else {}),
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
            result.warnings.extend(article.warnings)
            article_id = _store_with_claims(store, article, pending_match=match,
                                            progress=_part_progress(progress, done, total))
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


def _part_progress(progress: ProgressFn | None, done: int, total: int) -> Callable[[str], None] | None:
    """Progress inside one long file, reported as a message at that file's place in the run."""
    if progress is None:
        return None
    report = progress
    return lambda message: report(done, total, message)


def import_text(store: Store, text: str, *, name: str = "pasted text", match: bool = True) -> ImportResult:
    """Import an article pasted from the clipboard."""
    result = ImportResult()
    try:
        article = article_from_text(text, name=name)
        article_id = _store_with_claims(store, article, pending_match=match)
    except (IngestError, StoreError) as exc:
        result.errors.append(f"{name}: {exc}")
        return result
    if article_id is None:
        result.duplicates.append(name)
    else:
        result.imported.append(article_id)
    _match_new(store, result, None, None, enabled=match)
    return result


def finish_pending(store: Store, *, progress: ProgressFn | None = None, cancel: CancelFn | None = None) -> bool:
    """Complete the matching an interrupted import or match left pending (call on open).

    Returns True when there was something to do; a failure is raised, the work stays pending.
    """
    if store.read_only or not (store.pending("match") or store.pending("match-all")):
        return False
    result = ImportResult()
    _match_new(store, result, progress, cancel, enabled=True)
    if result.match_error:
        raise StoreError(result.match_error)
    return True


def _store_with_claims(store: Store, article: ImportedArticle, *, pending_match: bool = False,
                       progress: Callable[[str], None] | None = None) -> int | None:
    """Store one article with its claims; with `pending_match`, its claims are recorded as
    waiting for matching in the same transaction, so a kill before matching ends is made good."""
    if store.has_article_hash(article.content_hash):
        return None
    if len(article.text) > PART_CHARS:
        return _store_in_parts(store, article, pending_match=pending_match, progress=progress)
    claims = extract_claims(article.text, published=article.published, title=article.title)
    with store.atomic():
        article_id = store.add_article(article, claims)
        if article_id is not None and pending_match:
            store.add_pending("match", store.claim_ids_of_articles([article_id]))
    return article_id


#: Longer texts are extracted and stored a part (a run of paragraphs) at a time: memory stays
#: bounded and no transaction holds the write lock for long. Shorter ones (every real article)
#: are extracted whole, in one transaction.
PART_CHARS = 200_000


def text_parts(text: str, size: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of consecutive parts of about `size` characters, cut at a paragraph break
    (else a line break, else a sentence end, else a space) so no sentence is split."""
    size = size or PART_CHARS
    parts: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            window = text[start + size // 2:end]
            for sep in ("\n\n", "\n", ". ", " "):
                cut = window.rfind(sep)
                if cut >= 0:
                    end = start + size // 2 + cut + len(sep)
                    break
        parts.append((start, end))
        start = end
    return parts


def _store_in_parts(store: Store, article: ImportedArticle, *, pending_match: bool,
                    progress: Callable[[str], None] | None) -> int | None:
    """A very long text: the article first (recorded as an unfinished import), then its claims
    part by part, each part its own short transaction; the record is cleared in the last one.
    A kill in between leaves the record, and the next open removes the article whole."""
    with store.atomic():
        article_id = store.add_article(article, [])
        if article_id is None:
            return None
        store.add_pending("import", [article_id], owned=True)
    parts = text_parts(article.text)
    body = article.text
    for k, (start, end) in enumerate(parts):
        if progress:
            progress(f"{article.file or 'article'}: part {k + 1} of {len(parts)}")
        claims = extract_claims(body[start:end], published=article.published, title=article.title if k == 0 else None)
        for claim in claims:
            claim.start += start
            claim.end += start
            if claim.sentence_start is not None:
                claim.sentence_start += start
            if claim.sentence_end is not None:
                claim.sentence_end += start
        store.append_claims(article_id, claims, body=body)
        store.pause_for_others()
        del claims
    with store.atomic():
        store.clear_pending("import", [article_id])
        if pending_match:
            store.add_pending("match", store.claim_ids_of_articles([article_id]))
    return article_id


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
    """Match the new articles' claims against the rest of the project (incremental), together
    with any claims an interrupted earlier run left unmatched."""
    new_ids = set(store.claim_ids_of_articles(result.imported)) if result.imported else set()
    result.new_claim_ids = sorted(new_ids)
    if result.cancelled or store.read_only:
        return
    _embed_new(store, result, new_ids, progress, cancel)
    if not enabled:
        return
    if store.pending("match-all"):
        to_match: set[int] | None = None
    else:
        to_match = new_ids | set(store.pending("match"))
        if not to_match:
            return
    if len(store.article_ids()) < 2:
        store.clear_pending("match")
        return
    from workbench.core.actions.matching import match_claims

    try:
        match_claims(store, claim_ids=to_match, progress=progress, cancel=cancel)
    except Exception as exc:  # noqa: BLE001 - matching failure must not lose the import
        result.match_error = f"matching failed: {type(exc).__name__}: {exc}"
