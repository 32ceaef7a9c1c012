"""Files and pastes -> ImportedArticle: clean plain text plus title, outlet, author, date and URL.

Bytes are checked and decoded here (size, binary formats, BOMs, legacy code pages), HTML is
reduced to its article text by trafilatura (never executed, nothing fetched), and text copied
from web pages loses its navigation and sign-up boilerplate (see `textclean`). Every problem
becomes an `IngestError` whose message names the file and the reason in one line.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from workbench.core.ingest import textclean
from workbench.core.model import ImportedArticle

#: Larger files are refused: no news article is 20 MB of text.
MAX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".shtml"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}

#: Magic numbers of formats people may drop by mistake, with what to tell them.
BINARY_SIGNATURES: list[tuple[bytes, str]] = [
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or Office document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "a program (ELF binary)"),
    (b"MZ", "a Windows program"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"SQLite format 3", "an SQLite database"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"{\\rtf", "an RTF document"),
]


class IngestError(Exception):
    """A file that cannot become an article; the message names the file and the reason."""


def content_hash(text: str) -> str:
    """Hash of the normalised text, so re-importing the same article (reflowed, recased) adds nothing."""
    normal = " ".join(unicodedata.normalize("NFKC", text).split()).casefold()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def expand_paths(paths: Iterable[str | Path]) -> tuple[list[Path], list[str]]:
    """Files to import (folders expanded to the article files inside them) and errors for missing paths."""
    files: list[Path] = []
    errors: list[str] = []
    seen: set[Path] = set()
    for path in map(Path, paths):
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES and not p.name.startswith(".")
            )
            if not found:
                errors.append(f"{path}: the folder holds no .txt, .md or .html files")
            candidates = found
        elif path.is_file():
            candidates = [path]
        else:
            errors.append(f"{path}: no such file or folder")
            continue
        for candidate in candidates:
            key = candidate.resolve()
            if key not in seen:
                seen.add(key)
                files.append(candidate)
    return files, errors


def read_article(path: str | Path) -> ImportedArticle:
    """Read one file into an article, or raise IngestError("PATH: reason")."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise IngestError(f"{path}: the file is too large ({size / 1e6:.1f} MB; the limit is {MAX_BYTES // 2**20} MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"{path}: cannot read the file ({exc.strerror or exc})") from exc
    try:
        article = article_from_bytes(data, name=path.name, suffix=path.suffix.lower())
    except IngestError as exc:
        raise IngestError(f"{path}: {exc}") from exc
    article.warnings = [f"{path}: {w}" for w in article.warnings]
    return article


def article_from_bytes(data: bytes, *, name: str, suffix: str = "") -> ImportedArticle:
    """Bytes of a file -> article; errors carry only the reason (the caller adds the file)."""
    if not data.strip():
        raise IngestError("the file is empty")
    if len(data) > MAX_BYTES:
        raise IngestError(f"the file is too large ({len(data) / 1e6:.1f} MB)")
    text, warnings = decode_with_warnings(data)
    if suffix in HTML_SUFFIXES or (suffix not in MARKDOWN_SUFFIXES and looks_like_html(text)):
        article = _from_html(text, name)
    elif suffix in MARKDOWN_SUFFIXES:
        article = _from_plain(textclean.markdown_to_text(text), name, fmt="markdown")
    else:
        article = _from_plain(text, name, fmt="text")
    article.warnings = warnings
    return article


def article_from_text(text: str, name: str = "pasted text") -> ImportedArticle:
    """Text pasted from the clipboard (HTML if it looks like it)."""
    if not text.strip():
        raise IngestError("the clipboard holds no text")
    return _from_html(text, name) if looks_like_html(text) else _from_plain(text, name, fmt="paste")


# -- decoding ----------------------------------------------------------------------------------

def decode(data: bytes) -> str:
    """Bytes -> text: BOMs first, then strict UTF-8, then UTF-16 without BOM, then legacy code pages."""
    return decode_with_warnings(data)[0]


def decode_with_warnings(data: bytes) -> tuple[str, list[str]]:
    """`decode`, plus what the user should know (bytes replaced); see `decode`."""
    for signature, what in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise IngestError(f"this is {what}, not an article (save it as text or HTML first)")
    if data.startswith(b"\xef\xbb\xbf"):
        return _utf8_with_replacements(data[3:])
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _checked(data.decode("utf-16"), "UTF-16"), []
        except UnicodeDecodeError as exc:
            raise IngestError("the bytes are not valid UTF-16 although the file says it is") from exc
    try:
        return _checked(data.decode("utf-8"), "UTF-8"), []
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return _utf8_with_replacements(data)
    sample = data[:4096]
    if sample.count(0) > len(sample) // 4:
        # UTF-16 without BOM has a zero in every other byte of ASCII text.
        even_zeros = sample[0::2].count(0)
        odd_zeros = sample[1::2].count(0)
        codec = "utf-16-be" if even_zeros > odd_zeros else "utf-16-le"
        try:
            return _checked(data.decode(codec), "UTF-16"), []
        except UnicodeDecodeError as exc:
            raise IngestError("this looks like a binary file, not text") from exc
    if b"\x00" in sample:
        raise IngestError("this looks like a binary file, not text")
    western = _as_western(data)
    if western is not None:
        return _checked(western, "Windows-1252"), []
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise IngestError("the bytes cannot be decoded as text in any known encoding")
    return _checked(str(best), best.encoding), []


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few bad bytes: its valid multi-byte characters outnumber the bad sequences.

    A legacy (Windows-1252) file has almost no valid UTF-8 multi-byte sequences, so decoding a
    UTF-8 article with five stray bytes wholesale as Windows-1252 ("Iraqâ€™s") is avoided.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    good = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    return good > 0 and bad <= good


def _utf8_with_replacements(data: bytes) -> tuple[str, list[str]]:
    """UTF-8 with each invalid byte sequence replaced by U+FFFD, and a warning that counts them."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    warnings = [f"{bad} invalid UTF-8 byte sequence{'s' if bad != 1 else ''} replaced with \ufffd"] if bad else []
    return _checked(text, "UTF-8"), warnings


def _as_western(data: bytes) -> str | None:
    """Windows-1252 (a superset of Latin-1 in practice) when the text reads as a Western language.

    Statistical detectors misjudge short Western texts (cp775 for "Café"), so try the most common
    legacy encoding first: in English or French text, accented letters are a small share of all
    letters, while Cyrillic or Greek decoded this way would be nearly all "accented".
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return None
    foreign = sum(1 for ch in letters if ord(ch) > 127)
    return text if foreign / len(letters) < 0.15 else None


def _checked(text: str, encoding: str) -> str:
    """Refuse text that decoded but is mostly control characters (a binary file in disguise)."""
    sample = text[:20000]
    if not sample:
        return text
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > max(8, len(sample) // 100):
        raise IngestError(f"this looks like a binary file, not text ({controls} control characters as {encoding})")
    if sample.count("\ufffd") > max(8, len(sample) // 100):
        raise IngestError(f"the text is garbled: too many undecodable bytes as {encoding}")
    return text


def looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in text[:5000].lower():
        return True
    return len(re.findall(r"<(p|div|body|article|span|a|br|h[1-6])\b", text[:20000], flags=re.I)) >= 5


# -- HTML ------------------------------------------------------------------------------------------

def _from_html(html: str, name: str) -> ImportedArticle:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False, include_images=False,
            include_links=False, deduplicate=True,
        )
    except Exception:  # noqa: BLE001 - a parser crash on malformed markup is just "no text"
        doc = None
    meta = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    text = meta.get("text") or ""
    if len(text.split()) < 20:
        text = textclean.html_paragraph_text(html) or text
    body = textclean.normalise(text)
    body, found = textclean.strip_boilerplate(body)
    if len(body.split()) < 5:
        raise IngestError("no article text found in the HTML")
    title = _clean_meta(meta.get("title")) or found.get("title")
    published = textclean.parse_date(meta.get("date") or "") or found.get("published")
    url = meta.get("url") or found.get("url")
    outlet = _clean_meta(meta.get("sitename")) or found.get("outlet") or textclean.outlet_from_url(url)
    author = _clean_meta(meta.get("author")) or found.get("author")
    if title and body.startswith(title):
        body = body[len(title):].lstrip()
    return ImportedArticle(
        text=body, title=title, outlet=outlet, author=author, published=published, url=_safe_url(url),
        file=name, content_hash=content_hash(body), format="html",
    )


# -- plain text and Markdown ---------------------------------------------------------------------

def _from_plain(text: str, name: str, *, fmt: str) -> ImportedArticle:
    text = textclean.normalise(text)
    body, found = textclean.strip_boilerplate(text, take_title=True, never_empty=True)
    if len(body.split()) < 3:
        raise IngestError("no article text left after removing navigation and boilerplate")
    url = found.get("url")
    return ImportedArticle(
        text=body,
        title=found.get("title") or _title_from_body(body),
        outlet=found.get("outlet") or textclean.outlet_from_url(url),
        author=found.get("author"),
        published=found.get("published"),
        url=_safe_url(url),
        file=name,
        content_hash=content_hash(body),
        format=fmt,
    )


def _title_from_body(body: str, limit: int = 90) -> str:
    """For text with no headline: its first sentence, cut at a word boundary."""
    first_line = body.strip().split("\n", 1)[0]
    first = re.split(r"(?<=[.!?])\s", first_line, maxsplit=1)[0]
    if len(first) <= limit:
        return first.rstrip(".")
    return first[:limit].rsplit(" ", 1)[0] + "\u2026"


def _clean_meta(value: object) -> str | None:
    if not value or not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _safe_url(url: str | None) -> str | None:
    """Keep only http(s) URLs: a javascript: or data: 'URL' must never reach a link in a report."""
    if url and re.match(r"https?://", url.strip(), flags=re.I):
        return url.strip()
    return None
