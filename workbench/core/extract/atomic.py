"""Split a clause into atomic facts, by rule (no parser).

Rules, tried in this order on a span: semicolon lists (sharing "subject + aux" when the items are
bare verb phrases); concessive leads ("While X, Y"); appositions ("Gary Locke, a former defender,
...", "Stephen Munden, 54, ...", "Sukanya, currently deployed on ..., ..."); "before/after +
gerund"; ", prompting X to V"; ", while also V-ing" and other participial clauses; fact-adding
"which"/"who" clauses (with or without commas, in subject position too); and coordination of
clauses or verb phrases ("and", "but", "while", "as", "because"), including comma lists of verb
phrases. A split that would leave a fragment without a verb, or lose words, is not made.

Works on a span of a sentence and returns pieces as (start, end, text): `start`/`end` are exact
offsets into the sentence (the quoted evidence), `text` is the piece rewritten to stand alone
(subject supplied, gerund turned into a past tense, quotation marks dropped).
"""


import re

from workbench.core.extract.clauses import find_subject, is_adverb, starts_clause, trusted_subject
from workbench.core.extract.conjuncts import object_pair, phrase_pair, verb_pair
from workbench.core.extract.pieces import Piece, make_piece, rewrite_first
from workbench.core.extract.split_rules import split_span
from workbench.core.language.verbs import gerund_to_past, is_participle

__all__ = ["Piece", "find_subject", "is_adverb", "split_atomic", "starts_clause", "trusted_subject"]

_DISTANCE_APPOSITION = re.compile(
    r"(?P<place>\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}),\s+(?P<dist>(?:about|some|around|nearly|roughly|just|more than)?\s*"
    r"[\d.,]+\s*(?:miles|mi|km|kilometres|kilometers)\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|from)"
    r"\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
)
_GERUND_START = re.compile(r"^[\s,]*(?:while\s+|and\s+)?(?P<also>also\s+)?(?P<ger>[a-z]+ing)\b")


def split_atomic(sentence: str, start: int, end: int, subject: str | None = None) -> list[Piece]:
    """Atomic pieces of `sentence[start:end]`; `subject` is used when the span starts with a verb
    phrase that shares the subject of an earlier span ("..., officials said, while also storming ...")."""
    seg = sentence[start:end]
    m = _GERUND_START.match(seg)
    if subject and m and is_participle(m.group("ger")):
        also = "also " if m.group("also") else ""
        return rewrite_first(sentence, split_span(sentence, start + m.start("ger"), end, subject, 1),
                              start + m.start("ger"), f"{subject} {also}{gerund_to_past(m.group('ger'))}",
                              start + m.end("ger"))
    pieces = split_span(sentence, start, end, subject, depth=0)
    return [q for p in pieces for q in _object_pairs(p)] + _distance_facts(sentence, start, end)


def _object_pairs(piece: Piece) -> list[Piece]:
    """'Police seized guns and drugs.' -> one claim per noun phrase, each quoting the whole piece; so for
    two verbs around one object ('... of shooting and wounding the officers')."""
    texts = object_pair(piece.text) if " and " in piece.text else None
    texts = texts or verb_pair(piece.text) or phrase_pair(piece.text)
    # (the core of 'Police seized guns and drugs in a raid' is 'Police seized guns and drugs.', made once)
    return [Piece(piece.start, piece.end, t, True, piece.text if k == 0 else None)
            for k, t in enumerate(texts)] if texts else [piece]


def _distance_facts(sentence: str, start: int, end: int) -> list[Piece]:
    """'... in Woodburn, about 30 miles south of Portland' -> 'Woodburn is about 30 miles south of Portland'."""
    if "mile" not in sentence and "km" not in sentence and "kilomet" not in sentence:
        return []
    out = []
    for m in _DISTANCE_APPOSITION.finditer(sentence, start, end):
        out += make_piece(sentence, start + (m.start("place") - start), m.end("dist"),
                      f"{m.group('place')} is {m.group('dist').strip()}")
    for p in out:
        p.has_verb = True
    return out

