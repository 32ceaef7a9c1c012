"""Article body -> atomic claims with exact spans, attribution, quantities and hedges.

The pipeline, each step in its own module:

1. `sentences.split_sentences`: sentences with exact offsets (pysbd where abbreviations make it
   necessary, a fast rule elsewhere);
2. `claimkind`: headlines, datelines, boilerplate, opinion;
3. `attribution.find_frame`: the reporting frame (speaker, relay, anonymity, hedging frame) and the
   content spans of the sentence; a sentence that is only a quotation continues the speaker of
   the sentence before it in the same paragraph;
4. `atomic.split_atomic`: each content span into atomic pieces with a standalone `text`;
5. `numbers`: quantities and dates of each piece, relative dates resolved against `published`.

Deterministic: no randomness, no model, no state between calls.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TypeVar

from workbench.core.atomic import Piece, find_subject, split_atomic
from workbench.core.attribution import REPORT_VERBS, Frame, find_frame
from workbench.core.claimkind import is_hedged, line_kind, sentence_kind
from workbench.core.model import ClaimKind, DateMention, ExtractedClaim, Quantity
from workbench.core.numbers import find_dates, find_quantities, parse_reference
from workbench.core.sentences import Sentence, split_sentences
from workbench.core.verbs import is_finite_verb, is_verb_like, trie_regex
from workbench.core.verbs import words as _words

_QUOTES = "\"“”"
#: longer "sentences" are not prose; the rules (some quadratic in the worst case) skip them
_MAX_SENTENCE = 2000


def extract_claims(body: str, *, published: str | None = None, title: str | None = None) -> list[ExtractedClaim]:
    """Claims of `body` in reading order. `published` (ISO date) resolves relative dates."""
    reference = parse_reference(published)
    sentences = split_sentences(body)
    line_kinds = _line_kinds(body, sentences, title)
    kinds = [line_kinds.get(sent.paragraph) or sentence_kind(sent.text) for sent in sentences]
    frames = [(find_frame(sent.text) if len(sent.text) <= _MAX_SENTENCE else Frame(content=[(0, len(sent.text))]))
              if kind == ClaimKind.CLAIM.value else None
              for sent, kind in zip(sentences, kinds, strict=True)]
    _carry_speakers(sentences, frames)
    claims: list[ExtractedClaim] = []
    for sent, kind, maybe_frame in zip(sentences, kinds, frames, strict=True):
        if maybe_frame is None:
            claims.append(_whole(sent, kind))
            continue
        frame = maybe_frame
        pieces: list[tuple[Piece, str | None, bool]] = []
        subject = None
        for a, b in frame.content:
            if len(sent.text) > _MAX_SENTENCE:  # not prose (a table, a list run together): keep whole
                pieces.append((Piece(a, b, sent.text[a:b]), None, False))
                continue
            pieces.extend((p, frame.speaker, frame.hedged) for p in split_atomic(sent.text, a, b, subject))
            subject = subject or find_subject(sent.text[a:b])
        for a, b, subject in frame.asserted:
            for p in split_atomic(sent.text, a, b):
                text = p.text
                if p.start == a and subject:
                    text = f"{subject} {text[0].lower()}{text[1:]}"
                pieces.append((Piece(p.start, p.end, text), None, False))
        role = _speaker_role(sent.text, frame.speaker)
        if role is not None:
            pieces.append((role, None, False))
        pieces.sort(key=lambda item: (item[0].start, item[0].end))
        if not pieces:
            continue
        # numbers and dates once per sentence, then handed to the claims that contain them
        sent_quantities = find_quantities(sent.text)
        sent_dates = find_dates(sent.text, reference)
        for piece, speaker, frame_hedged in pieces:
            norm = _unquote(piece.text) if (sent_quantities or sent_dates) else ""
            start = sent.start + piece.start
            end = sent.start + piece.end
            quote = body[start:end]
            claims.append(ExtractedClaim(
                text=piece.text,
                quote=quote,
                start=start,
                end=end,
                speaker=speaker,
                relayed_by=frame.relayed_by if speaker else None,
                speaker_anonymous=frame.anonymous if speaker else False,
                quantities=[_shift(q, piece.start) for q in sent_quantities if _belongs(q, piece, norm)],
                dates=[_shift(d, piece.start) for d in sent_dates if _belongs(d, piece, norm)],
                hedged=frame_hedged or is_hedged(quote),
                kind=ClaimKind.CLAIM.value,
                sentence_start=sent.start,
                sentence_end=sent.end,
            ))
    _resolve_pronouns(claims, body)
    return claims


_PERSON = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Sen|Gen|Lt|Capt|Col|Prof|Rep|Gov)\.\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3}$")
_NOT_PERSON_START = frozenset(["The", "A", "An", "This", "That", "These", "Those", "US", "UN", "EU", "In", "On"])
_NAMED_SUBJECT = re.compile(
    r"^((?:(?:Mr|Mrs|Ms|Dr|Sen|Gen|Lt|Capt|Col|Prof|Rep|Gov)\.\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+([a-z]+)"
)
#: finite verbs that may open a complete sentence (questions, inversions, "Had he known, ...")
_CLAUSE_OPENERS = frozenset(["is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would",
                             "should", "may", "might", "must", "shall", "had", "remain", "remains"])
_ONE_NAME_SUBJECT = re.compile(r"^([A-Z][a-z'’-]{2,})\s+([a-z]+)")
_NOT_A_PERSON = _words(
    "police officials authorities witnesses reuters afp xinhua it they this that there these those we "
    "government army navy military officers soldiers troops rebels militants protesters residents "
    "investigators prosecutors doctors experts analysts sources reports media parliament congress "
    "washington moscow beijing london paris greece iraq syria israel india china russia europe america "
    "britain france germany iran turkey egypt prices markets stocks shares"
)
_SURNAME = re.compile(r"[A-Z][a-z'’-]+")
_TOLD = re.compile(r"\b(?:told|tells|warned|urged|assured|informed|reminded|asked)\s+(?!reporters|journalists)\w+")
_PRONOUN_START = re.compile(r"^(He|She)\s+(?=[a-z])")


def _resolve_pronouns(claims: list[ExtractedClaim], body: str) -> None:
    """A claim whose text starts with "He"/"She" names its person, so that it reads on its own:
    in reported speech the speaker ("Hastings said he did not know" -> "Lieutenant Hastings did not
    know"), unless the speaker told someone something (then "he" may be either); in the article's
    own voice the person last mentioned as a subject or speaker ("He could face a ban" -> "Juan
    Arango could face a ban"). The quote keeps the pronoun; only `text` changes."""
    last: str | None = None
    for c in claims:
        if c.kind != ClaimKind.CLAIM.value:
            continue
        words = c.text.split()
        if (last and not c.speaker and len(words) > 2 and is_finite_verb(words[0].lower())
                and words[0].lower() not in _CLAUSE_OPENERS):
            # a headline-style sentence without a subject: "Has a huge following in Colombia."
            c.text = f"{last} {words[0].lower()} {' '.join(words[1:])}"
        elif (last and not c.speaker and len(words) > 2 and words[0] == "Also"
              and is_finite_verb(words[1].lower())):
            c.text = f"{last} also {' '.join(words[1:])}"
        m = _PRONOUN_START.match(c.text)
        if m:
            if c.speaker:
                sentence = body[c.sentence_start:c.sentence_end]
                name = _short(c.speaker)
                if (not c.speaker_anonymous and (_PERSON.match(name) or _SURNAME.fullmatch(name))
                        and not _TOLD.search(sentence)
                        and name.lower() not in ("he", "she")):
                    c.text = f"{name} {c.text[m.end():]}"
            elif last:
                c.text = f"{last} {c.text[m.end():]}"
        named = _NAMED_SUBJECT.match(c.text) or _ONE_NAME_SUBJECT.match(c.text)
        subject = named.group(1) if named and is_verb_like(named.group(2)) else None
        if subject and subject.lower() in _NOT_A_PERSON:
            subject = None
        for candidate in (subject, _short(c.speaker) if c.speaker and not c.speaker_anonymous else None):
            if (candidate and (_PERSON.match(candidate) or _SURNAME.fullmatch(candidate))
                    and candidate.split()[0] not in _NOT_PERSON_START and candidate.lower() not in _NOT_A_PERSON):
                last = candidate
                break


def _short(speaker: str) -> str:
    """The person in a speaker phrase: 'Milat's brother, Boris' -> 'Boris', 'Kerry, the envoy' -> 'Kerry'."""
    rev = _ROLE_FIRST.match(speaker)
    if rev is not None:
        return rev.group("name")
    return speaker.split(",")[0].strip()


def _carry_speakers(sentences: list[Sentence], frames: list[Frame | None]) -> None:
    """Attribution across sentences: quotations continue or anticipate a speaker; he/she resolve.

    - a sentence that is only a quotation, right after a sentence with a speaker, has that speaker;
    - a sentence that opens a quotation it does not close takes the speaker of the sentence (within
      the next three) that closes it with an attribution;
    - a "he"/"she" speaker becomes the last named person speaker before it.
    """
    last_named: str | None = None
    open_quote: Frame | None = None  # the speaker of a quotation still open at the previous sentence
    for i, (sent, frame) in enumerate(zip(sentences, frames, strict=True)):
        if frame is None:
            open_quote = None
            continue
        quotes = sum(sent.text.count(q) for q in _QUOTES)
        if frame.speaker is None:
            prev = frames[i - 1] if i > 0 else None
            if open_quote is not None:
                _adopt(frame, open_quote)  # '... He added: "We will ... / This is the least we can do.'
            elif prev is not None and prev.speaker and _is_pure_quote(sent.text):
                _adopt(frame, prev)
            elif _opens_quote(sent.text):
                for j in range(i + 1, min(i + 4, len(frames))):
                    nxt = frames[j]
                    if nxt is None:
                        break
                    if nxt.speaker and any(q in sentences[j].text for q in _QUOTES):
                        for k in range(i, j):
                            between = frames[k]
                            if between is not None and between.speaker is None:
                                _adopt(between, nxt)
                        break
        if open_quote is not None:
            closes = quotes % 2 == 1 or sent.text.rstrip(" .")[-1:] in _QUOTES
            open_quote = None if closes else open_quote
        elif frame.speaker and quotes % 2 == 1 and _QUOTE_OPENS_AFTER_FRAME.search(sent.text):
            open_quote = frame
        if frame.speaker and frame.speaker.lower() in ("he", "she") and last_named:
            frame.speaker = last_named
            frame.anonymous = False
        elif frame.speaker and not frame.anonymous and frame.speaker[:1].isupper() and " " in frame.speaker.strip():
            last_named = _short(frame.speaker)
        elif frame.speaker and not frame.anonymous and frame.speaker[:1].isupper():
            last_named = frame.speaker


_QUOTE_OPENS_AFTER_FRAME = re.compile(
    rf"\b(?:{trie_regex(REPORT_VERBS.split('|'))}|saying|adding)\b[^\"“”]{{0,40}}[:,]\s*[\"“][^\"“”]*$"
)


def _adopt(frame: Frame, source: Frame) -> None:
    frame.speaker = source.speaker
    frame.relayed_by = source.relayed_by
    frame.anonymous = source.anonymous
    frame.hedged = frame.hedged or source.hedged


def _opens_quote(text: str) -> bool:
    t = text.strip()
    count = sum(t.count(q) for q in _QUOTES)
    return bool(t) and t[0] in _QUOTES and count % 2 == 1


_M = TypeVar("_M", Quantity, DateMention)


def _shift(mention: _M, offset: int) -> _M:
    """A copy of a quantity/date found in the sentence with offsets relative to the claim's quote."""
    return replace(mention, start=mention.start - offset, end=mention.end - offset)


_ROLE = re.compile(r"^(?P<name>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4}),\s+(?P<role>[^,]{3,90})$")


_ROLE_FIRST = re.compile(
    r"^(?P<role>(?:[A-Z][\w'’-]*'s|[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+[a-z][^,]{2,60}),\s+"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})$"
)


def _speaker_role(sentence: str, speaker: str | None) -> Piece | None:
    """'Orkem, France's third-largest chemical group' said ... -> the article asserts
    'Orkem is France's third-largest chemical group'."""
    if not speaker or ", " not in speaker:
        return None
    at = sentence.find(speaker)
    if at < 0:
        return None
    rev = _ROLE_FIRST.match(speaker)
    if rev is not None:  # "Milat's brother, Boris" -> "Boris is Milat's brother"
        role = rev.group("role")
        return Piece(at, at + len(speaker), f"{rev.group('name')} is {role[0].lower() if role.split()[0] in ('A', 'An', 'The') else role[0]}{role[1:]}.")
    m = _ROLE.match(speaker)
    if m is None or m.group("role").split()[0].lower() in ("who", "which", "that", "and"):
        return None
    role = m.group("role")
    return Piece(at, at + len(speaker), f"{m.group('name')} is {role[0].lower() if role.split()[0] in ('A', 'An', 'The') else role[0]}{role[1:]}.")


def _belongs(mention: Quantity | DateMention, piece: Piece, piece_norm: str) -> bool:
    """Inside the piece's quote, and still in its text (a relative clause the text drops does not count)."""
    if not (piece.start <= mention.start and mention.end <= piece.end):
        return False
    return _unquote(mention.text) in piece_norm


def _unquote(text: str) -> str:
    return " ".join(text.lower().replace('"', " ").replace("“", " ").replace("”", " ").split())


def _whole(sent: Sentence, kind: str) -> ExtractedClaim:
    return ExtractedClaim(text=sent.text, quote=sent.text, start=sent.start, end=sent.end, kind=kind,
                          sentence_start=sent.start, sentence_end=sent.end)


def _line_kinds(body: str, sentences: list[Sentence], title: str | None) -> dict[int, str]:
    """Kinds decided for whole lines: headlines at the top, datelines, boilerplate lines."""
    out: dict[int, str] = {}
    lines: dict[int, list[Sentence]] = {}
    for s in sentences:
        lines.setdefault(s.paragraph, []).append(s)
    before_body = True
    for para in sorted(lines):
        sents = lines[para]
        line = body[sents[0].start:sents[-1].end]
        kind = line_kind(line, title=title, before_body=before_body)
        if kind:
            out[para] = kind
        elif len(sents) > 1 or line.rstrip().endswith((".", '"', "”")):
            before_body = False
    return out


def _is_pure_quote(text: str) -> bool:
    t = text.strip()
    return len(t) > 2 and t[0] in _QUOTES and t.rstrip(".")[-1] in _QUOTES
