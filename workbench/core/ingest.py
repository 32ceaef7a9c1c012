"""Files and pastes -> ImportedArticle (clean text + metadata). PROVISIONAL: being filled in."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from workbench.core.model import ImportedArticle


class IngestError(Exception):
    """A file that cannot become an article; the message names the file and the reason."""


def content_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).lower().encode()).hexdigest()


def expand_paths(paths: Iterable[str | Path]) -> tuple[list[Path], list[str]]:
    files, errors = [], []
    for p in map(Path, paths):
        if p.is_dir():
            files += sorted(x for x in p.rglob("*") if x.is_file() and x.suffix.lower() in {".txt", ".md", ".html", ".htm"})
        elif p.is_file():
            files.append(p)
        else:
            errors.append(f"{p}: no such file or folder")
    return files, errors


def read_article(path: Path) -> ImportedArticle:
    text = Path(path).read_text(encoding="utf-8")
    return article_from_text(text, name=Path(path).name)


def article_from_text(text: str, name: str = "pasted text") -> ImportedArticle:
    if not text.strip():
        raise IngestError(f"{name}: the file is empty")
    return ImportedArticle(text=text.strip(), title=text.strip().splitlines()[0][:120], file=name, content_hash=content_hash(text))
