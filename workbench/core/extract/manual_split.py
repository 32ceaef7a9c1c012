"""A claim split by hand (the window's Split) into two complete sentences.

The user cuts a claim's quote at a point; each half must still read on its own, like the claims
extraction makes: a capital and a full stop, no dangling conjunction, and the subject restored in
the second half when it starts with a verb phrase or a relative clause ("..., and remain outside
central government hands" -> "Large parts of the province remain outside central government hands").
"""

from __future__ import annotations

import re

from workbench.core.extract.attribution import find_frame
from workbench.core.extract.clauses import antecedent, find_subject, starts_clause
from workbench.core.extract.pieces import Piece, clean_text, with_subject
from workbench.core.language.verbs import is_participle

_EDGE = " ,;:—–-"
_ADVERB_LEADS = frozenset(["also", "then", "later", "now", "still"])
_CONJ_LEAD = re.compile(r"^(?:and|but|or|yet|while|whereas|so)\s+(?=\w)", re.IGNORECASE)
_CONJ_TAIL = re.compile(r"(?:[\s,;]+(?:and|but|or|yet|while|whereas|so|which|who|that))+$", re.IGNORECASE)
_RELATIVE_LEAD = re.compile(r"^(?:which|who|that)\s+(?=\w)", re.IGNORECASE)


def split_texts(quote_first: str, quote_second: str) -> tuple[str, str]:
    """Standalone texts for the two halves of a claim's quote cut by hand."""
    joined = " ".join(quote_first.split()).rstrip(_EDGE)
    first_raw = _CONJ_TAIL.sub("", joined).rstrip(_EDGE)
    cut_relative = joined.lower().endswith(("which", "who", "that")) and first_raw != joined
    second_raw = " ".join(quote_second.split()).lstrip(_EDGE)
    first = clean_text(first_raw) or first_raw
    rel = _RELATIVE_LEAD.match(second_raw)
    if rel is not None or cut_relative:
        # "The ship was seized by pirates, | who demanded a ransom": the antecedent is the subject
        ante = antecedent(first_raw, len(first_raw))
        if ante:
            return first, clean_text(f"{ante} {second_raw[rel.end() if rel else 0:]}")
    lead = _CONJ_LEAD.match(second_raw)
    body = second_raw[lead.end():] if lead else second_raw
    second = clean_text(body) or clean_text(second_raw) or second_raw
    first_word = body.split()[0] if body.split() else ""
    if starts_clause(body) == "vp" or first_word in _ADVERB_LEADS or (first_word.islower() and is_participle(first_word)):
        subject = _subject_of(first_raw)
        if subject:
            second = with_subject(Piece(0, 0, second), subject).text
    return first, second


def _subject_of(text: str) -> str | None:
    """The subject of the clause the first half reports ('Officials said the bridge collapsed' -> 'the
    bridge'), or of the first half itself."""
    frame = find_frame(text)
    spans = [text[a:b] for a, b in frame.content] or [text]
    subject = find_subject(spans[-1]) or find_subject(text)
    if subject and subject[:1].isupper() and subject.split()[0] in ("The", "A", "An", "This", "These", "Those"):
        return subject  # (with_subject capitalises the whole text anyway)
    return subject
