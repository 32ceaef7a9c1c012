"""The bundled sample project: the articles in workbench/resources/samples/, imported on first run.

Built with the ordinary import pipeline, so it shows exactly what extraction and matching make
of real articles. A sample made before extraction produced any claims is re-extracted.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from workbench.core import paths
from workbench.core.store import ClaimFilter, Store

SAMPLE_PATTERNS = ("*.txt", "*.md", "*.html")


def sample_files() -> list[Path]:
    folder = paths.resources_dir() / "samples"
    files: list[Path] = []
    for pattern in SAMPLE_PATTERNS:
        files += folder.glob(pattern)
    return sorted(files)


def ensure_sample_project(progress: Callable[[int, int, str], None] | None = None) -> Path:
    """Path of the sample project, importing the sample articles into it when it is new."""
    from workbench.core.actions.importing import import_paths

    path = paths.sample_project_path()
    files = sample_files()
    with Store.open(path) as store:
        if not store.article_ids():
            if files:
                import_paths(store, files, progress=progress)
        elif files and store.count_claims(ClaimFilter(kinds=None)) == 0:
            _re_extract(store)
    return path


def _re_extract(store: Store) -> None:
    from workbench.core.extract.extractor import extract_claims

    for article_id in store.article_ids():
        article = store.article(article_id)
        claims = extract_claims(article["text"], published=article.get("published"), title=article.get("title"))
        if claims:
            store.replace_claims(article_id, claims)
