"""Sentence segmentation with exact character offsets.

Each line of the body is a paragraph (news text has no sentence crossing a line break; headlines
and datelines are their own line). Within a paragraph, sentence boundaries come from pysbd, which
knows abbreviations and titles (Lt. Gen., U.S., Sen., No. 10) and quotation marks. pysbd is slow
(~300 kB/s), so a paragraph whose every candidate boundary is unambiguous (a full stop after an
ordinary word, followed by a capital) is split by a fast rule instead; only paragraphs with
something abbreviation-like go to pysbd. pysbd's own `char_span` offsets are not trusted: each
segment is located in the paragraph text, so `body[start:end]` is always the sentence.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from typing import Any

from workbench.core.language.verbs import words as _words


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int  # index of the line/paragraph in the body
    index_in_paragraph: int


# Candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace, then an
# opening quote/bracket or a capital letter or digit.
_CANDIDATE = re.compile(r"([.!?]+)([\"'”’)\]]*)(\s+)(?=[\"'“‘(\[]?[A-Z0-9])")
_ABBREV = _words(
    """mr mrs ms dr prof sen rep gov gen lt col maj capt cpt sgt cmdr adm st jr sr rev hon pres
    no nos vol fig inc ltd corp co bros dept univ est approx vs etc al jan feb mar apr jun jul aug sep
    sept oct nov dec mt ft ave blvd rd u.s u.k u.n e.g i.e a.m p.m"""
)
#: titles before a name: never the end of a sentence (pysbd is not needed to know that)
_TITLES = _words("mr mrs ms dr prof sen rep gov gen lt col maj capt cpt sgt cmdr adm rev hon pres supt insp det cpl pvt")
_WORD_BEFORE = re.compile(r"([\w.'’-]+)$")


def _word_before(para: str, m: re.Match[str]) -> str:
    w = _WORD_BEFORE.search(para, max(0, m.start() - 40), m.start())
    return w.group(1).lower().rstrip(".") if w else ""


def _candidates(para: str) -> list[tuple[re.Match[str], str]]:
    """The candidate boundaries of `para`, each with the word before it when it is a full stop."""
    return [(m, _word_before(para, m) if m.group(1) == "." else "") for m in _CANDIDATE.finditer(para)]


def _is_safe(m: re.Match[str], word: str) -> bool:
    """A candidate boundary the fast rule decides: clearly a sentence end (no abbreviation before
    it), or clearly none (a title such as "Capt." or "Sen." before a name)."""
    if m.group(1) != ".":
        return True
    if not word or word in _TITLES:
        return True
    return not (word in _ABBREV or len(word) <= 1 or "." in word)


def _easy_candidates(para: str) -> list[tuple[re.Match[str], str]] | None:
    """The candidate boundaries of `para` when every one is clearly a sentence end (or clearly none),
    for `_fast_split`; else None."""
    if "..." in para:
        return None
    candidates = _candidates(para)
    return candidates if all(_is_safe(m, word) for m, word in candidates) else None


_CHUNK = 1500


def _chunks(para: str) -> list[tuple[int, int]]:
    """Cut a long paragraph at safe boundaries into pieces of about _CHUNK characters: pysbd's time
    grows with the square of its input (50 kB: 2 s, 200 kB: 30 s)."""
    if len(para) <= _CHUNK:
        return [(0, len(para))]
    out = []
    start = 0
    for m, word in _candidates(para):
        if m.end(2) - start >= _CHUNK and _is_safe(m, word):
            out.append((start, m.end(2)))
            start = m.end(3)
    out.append((start, len(para)))
    return out


def _fast_split(para: str, candidates: list[tuple[re.Match[str], str]] | None = None) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for m, word in _candidates(para) if candidates is None else candidates:
        if m.group(1) == "." and word in _TITLES:
            continue  # "Capt. Tom Tennant": a title, not the end of a sentence
        if m.group(1)[0] in "?!" and m.end() < len(para) and not (para[m.end()].isupper() or para[m.end()] in "\"“'‘"):
            continue  # "an? 110 billion": a mis-encoded currency sign, not a question
        end = m.end(2)
        if para[start:end].strip():
            spans.append((start, end))
        start = m.end(3)
    if para[start:].strip():
        spans.append((start, len(para)))
    return spans


_local = threading.local()


def _segmenter() -> Any:
    """One pysbd segmenter per thread: it keeps the text being segmented on the instance, so
    sharing one between an import worker and the UI thread would mix their texts."""
    seg = getattr(_local, "segmenter", None)
    if seg is None:
        import pysbd

        seg = _local.segmenter = pysbd.Segmenter(language="en", clean=False)
    return seg


def _pysbd_split(para: str) -> list[tuple[int, int]]:
    try:
        segments = _segmenter().segment(para)
    except Exception:  # noqa: BLE001 - a segmenter crash must not lose the paragraph
        return _fast_split(para)
    spans = []
    cursor = 0
    for seg in segments:
        piece = seg.strip()
        if not piece:
            continue
        idx = para.find(piece, cursor)
        if idx < 0:  # pysbd changed the text: fall back to the rule for this paragraph
            return _fast_split(para)
        spans.append((idx, idx + len(piece)))
        cursor = idx + len(piece)
    return spans


def split_sentences(body: str) -> list[Sentence]:
    """Sentences of `body` in order, with `body[s.start:s.end] == s.text` (stripped of outer spaces)."""
    out: list[Sentence] = []
    pos = 0
    para_index = 0
    for line in body.split("\n"):
        line_start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        spans = []
        for c0, c1 in _chunks(line):
            chunk = line[c0:c1]
            easy = _easy_candidates(chunk)
            spans += [(c0 + a, c0 + b) for a, b in (_fast_split(chunk, easy) if easy is not None else _pysbd_split(chunk))]
        k = 0
        for a, b in spans:
            # trim whitespace so the span is tight
            while a < b and line[a].isspace():
                a += 1
            while b > a and line[b - 1].isspace():
                b -= 1
            if a == b:
                continue
            out.append(Sentence(line_start + a, line_start + b, line[a:b], para_index, k))
            k += 1
        para_index += 1
    return out
