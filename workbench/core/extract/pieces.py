"""Pieces of a sentence: exact offsets (the quoted evidence) and a text rewritten to stand alone
(subject supplied, quotation marks dropped)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.core.extract.clauses import DISCOURSE, LEAD_PP, QUOTE_CHARS, QUOTE_MARKS, is_adverb
from workbench.core.language.verbs import (
    gerund_to_past,
    is_participle,
    is_present_verb_at,
    is_verb_like,
)


@dataclass
class Piece:
    start: int
    end: int
    text: str
    has_verb: bool = False  # set when a rule knows the piece holds a verb the lexicon may not
    whole: str | None = None  # the text before a pair was split out of it (its core is the whole's core)


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of each whitespace-separated word: the words of a regex `\\S+`, found by
    `str.split` (several times faster; the two agree on what whitespace is)."""
    out = []
    pos = 0
    find = text.find
    for w in text.split():
        pos = find(w, pos)  # (only whitespace lies between the last word's end and this one)
        out.append((pos, pos + len(w), w))
        pos += len(w)
    return out


_PARENTHETICAL = re.compile(r"\s[-–—]\s[^-–—]{1,80}?\s[-–—]\s|\([^)]{0,120}\)")


def clean_text(text: str) -> str:
    """The standalone wording of a piece: one line, no leading discourse marker, a capital, a full stop.
    Quotation marks inside it stay ('He called the plan "a disaster"'); a pair around the whole
    piece, or an unpaired mark whose partner lies outside it, goes."""
    t = " ".join(text.split()).strip(" ,;:-—")
    t = keep_inner_quotes(t)
    t = DISCOURSE.sub("", t)
    t = t.rstrip(".!?,; ")
    if not t:
        return t
    if t.endswith(('"', "”")):
        t = _PUNCT_IN_QUOTE.sub(r"\1", t)  # 'equipment,"' -> 'equipment"' (the full stop follows)
    lead = len(t) - len(t.lstrip(QUOTE_MARKS))
    return t[:lead] + t[lead:lead + 1].upper() + t[lead + 1:] + "."


_PUNCT_IN_QUOTE = re.compile(r"[.,!?;:]+([\"”])$")


def keep_inner_quotes(text: str) -> str:
    """Drop the quotation marks that wrap the whole text, and all of them when they do not pair up;
    keep the pairs inside ('"hundreds" of soldiers', 'the album "Blue Night"')."""
    count = _quote_count(text)
    if not count:
        return text
    if count % 2:
        return QUOTE_CHARS.sub("", text)
    body = text.rstrip(".!?,; ")
    if count == 2 and body[:1] in QUOTE_MARKS and body[-1:] in QUOTE_MARKS:
        return QUOTE_CHARS.sub("", text)
    if not _pairs_up(text):
        return QUOTE_CHARS.sub("", text)  # the piece starts inside a quotation: 'case in the EU" because of its "'
    return text


def _pairs_up(text: str) -> bool:
    """Do the marks alternate opening, closing, ... (judged by their sides: an opening mark has a word
    after it and none before)?"""
    opening = True
    for i, ch in enumerate(text):
        if ch not in QUOTE_MARKS:
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        is_open = ch == "“" or (ch == '"' and not before.isalnum() and before not in ".,!?;:" and not after.isspace())
        is_close = ch == "”" or (ch == '"' and (before.isalnum() or before in ".,!?;:") and not after.isalnum())
        if (opening and not is_open) or (not opening and not is_close):
            return False
        opening = not opening
    return opening


def _quote_count(text: str) -> int:
    return text.count('"') + text.count("“") + text.count("”")  # (the marks of QUOTE_MARKS)



def rewrite_first(sentence: str, pieces: list[Piece], at: int, head: str, head_end: int) -> list[Piece]:
    """Replace the text of the piece that starts at `at` by `head` + the rest of its span."""
    out = []
    for p in pieces:
        if p.start == at:
            rest = sentence[head_end:p.end]
            out.append(Piece(p.start, p.end, clean_text(head + rest)))
        else:
            out.append(p)
    return out


def protected_spans(seg: str) -> list[tuple[int, int]]:
    """Parentheticals (dash pairs, brackets) where no split may happen."""
    if "(" not in seg and " - " not in seg and "–" not in seg and "—" not in seg:
        return []  # (the pattern tries every position: cheap substring tests first)
    return [(m.start(), m.end()) for m in _PARENTHETICAL.finditer(seg)]


def make_piece(sentence: str, a: int, b: int, text: str | None = None) -> list[Piece]:
    while a < b and sentence[a] in " ,;:-—":
        a += 1
    while b > a and sentence[b - 1] in " ,;:-—":
        b -= 1
    m = DISCOURSE.match(sentence[a:b])
    if m and text is None:
        a += m.end()
    # a quotation mark whose partner lies outside the piece is not part of its quote
    if b - a > 2 and (sentence.count('"', a, b) + sentence.count("“", a, b) + sentence.count("”", a, b)) % 2 == 1:
        if sentence[a] in QUOTE_MARKS:
            a += 1
        elif sentence[b - 1] in QUOTE_MARKS:
            b -= 1
    if b - a < 3:
        return []
    t = clean_text(text if text is not None else sentence[a:b])
    if len(t.split(maxsplit=1)) < 2:
        return []
    return [Piece(a, b, t)]



def with_subject(p: Piece, subject: str) -> Piece:
    """Prefix a verb-phrase piece with the subject it shares with the clause before it."""
    body = p.text.rstrip(".")
    pp = LEAD_PP.match(body[0].lower() + body[1:]) if body else None
    if pp and body[pp.end():].split() and is_verb_like(body[pp.end():].split()[0]):
        # "in a well-practiced action, nabbed 26 pirates" -> "INS Sukanya, in a ..., nabbed 26 pirates"
        return Piece(p.start, p.end, clean_text(f"{subject}, {body[0].lower()}{body[1:]}"), True)
    first = body.split()[0].lower() if body.split() else ""
    if first and is_participle(first):
        rest = body[len(first):]
        return Piece(p.start, p.end, clean_text(f"{subject} {gerund_to_past(first)}{rest}"), True)
    words = body.lower().split()
    if first and (is_verb_like(first)
                  or ((first in ("also", "then", "later", "now", "still") or is_adverb(first))
                      and len(words) > 1 and (is_verb_like(words[1]) or is_present_verb_at(words, 1)))
                  or is_present_verb_at(["it", *body.lower().split()], 1)):
        return Piece(p.start, p.end, clean_text(f"{subject} {body[0].lower()}{body[1:]}"), True)
    return p

