"""Article body -> atomic claims with exact spans, attribution, quantities and hedges.

The pipeline, each step in its own module:

1. `sentences.split_sentences`: sentences with exact offsets (pysbd where abbreviations make it
   necessary, a fast rule elsewhere);
2. `claimkind`: headlines, datelines, boilerplate, opinion;
3. `attribution.find_frame`: the reporting frame (speaker, relay, anonymity, hedging frame) and the
   content spans of the sentence;
4. `discourse.carry_speakers`: quotations running over sentences, "he said";
5. `atomic.split_atomic`: each content span into atomic pieces with a standalone `text`;
   `core_facts.core_piece` adds the core of a piece without its time/place modifiers;
6. `numbers`: quantities and dates of each piece, relative dates resolved against `published`;
7. `discourse.resolve_pronouns`: "He ..." claims named in their text.

Deterministic: no randomness, no model, no state between calls.
"""

from __future__ import annotations

from typing import TypeVar

from workbench.core.extract.atomic import Piece, find_subject, split_atomic
from workbench.core.extract.attribution import Frame, find_frame
from workbench.core.extract.claimkind import is_hedged, line_kind, may_be_hedged, sentence_kind
from workbench.core.extract.core_facts import core_pieces
from workbench.core.extract.discourse import carry_speakers, resolve_pronouns
from workbench.core.extract.headline import passive_opening
from workbench.core.extract.pieces import with_subject
from workbench.core.extract.reference import People
from workbench.core.extract.role_facts import described_facts, role_pieces
from workbench.core.extract.sentences import Sentence, split_sentences
from workbench.core.extract.speaker_phrase import speaker_role
from workbench.core.figures.numbers import find_dates, find_quantities, parse_reference
from workbench.core.language.verbs import is_participle
from workbench.core.model import DateMention, ExtractedClaim, Quantity
from workbench.core.vocab import ClaimKind

#: the kind of an ordinary claim (an enum member's .value is a slow property, read here per claim)
_CLAIM = ClaimKind.CLAIM.value

#: longer "sentences" are not prose; the rules (some quadratic in the worst case) skip them
_MAX_SENTENCE = 2000


def extract_claims(body: str, *, published: str | None = None, title: str | None = None) -> list[ExtractedClaim]:
    """Claims of `body` in reading order. `published` (ISO date) resolves relative dates."""
    reference = parse_reference(published)
    sentences = split_sentences(body)
    line_kinds = _line_kinds(body, sentences, title)
    kinds = [line_kinds.get(sent.paragraph) or sentence_kind(sent.text) for sent in sentences]
    frames = [(find_frame(sent.text) if len(sent.text) <= _MAX_SENTENCE else Frame(content=[(0, len(sent.text))]))
              if kind == _CLAIM else None
              for sent, kind in zip(sentences, kinds, strict=True)]
    people = People(sentences)  # who "he", "she", "the forward" can be (one index for speakers and texts)
    carry_speakers(sentences, frames, people)
    claims: list[ExtractedClaim] = []
    for sent, kind, maybe_frame in zip(sentences, kinds, frames, strict=True):
        if maybe_frame is None:
            claims.append(_whole(sent, kind))
            continue
        frame = maybe_frame
        pieces: list[tuple[Piece, str | None, bool]] = []
        subject = None
        if frame.shared_subject is not None:
            subject = sent.text[slice(*frame.shared_subject)].strip()
        for k, (a, b) in enumerate(frame.content):
            if len(sent.text) > _MAX_SENTENCE:  # not prose (a table, a list run together): keep whole
                pieces.append((Piece(a, b, sent.text[a:b]), None, False))
                continue
            found = split_atomic(sent.text, a, b, subject)
            if frame.shared_subject is not None:
                # "The storm, the weather service said, would weaken": subject + verb phrase, the quote
                # running from the subject over the frame
                found = [Piece(frame.shared_subject[0], p.end, with_subject(p, subject).text, True)
                         if p.start == a and subject else p for p in found]
            pieces.extend((p, frame.speaker, frame.hedged) for p in found)
            if k + 1 < len(frame.content):  # (the subject the next span may share: none after the last)
                subject = subject or find_subject(sent.text[a:b])
        for a, b, subject in frame.asserted:
            # "..., officials said, offering a reward": the speaker is the participle's subject
            acted = bool(subject) and is_participle(sent.text[a:b].split(maxsplit=1)[0])
            for p in split_atomic(sent.text, a, b, subject if acted else None):
                text = p.text
                if p.start == a and subject and acted:
                    text = text[0].upper() + text[1:]
                elif p.start == a and subject:
                    text = f"{subject[0].upper()}{subject[1:]} {text[0].lower()}{text[1:]}"
                pieces.append((Piece(p.start, p.end, text), None, False))
        prose = len(sent.text) <= _MAX_SENTENCE
        roles = role_pieces(sent.text) if prose else []
        parents: dict[int, Piece] = {}  # id(core) -> the piece it was derived from
        for piece, speaker, hedged in list(pieces) if prose else []:
            for core in core_pieces(sent.text, piece, roles):
                parents[id(core)] = piece
                pieces.append((core, speaker, hedged))
        role = speaker_role(sent.text, frame.speaker)
        if role is not None:
            pieces.append((role, None, False))
        pieces += _roles(sent.text, roles, frame, {p.text for p, _, _ in pieces})
        pieces.sort(key=lambda item: (item[0].start, item[0].end))
        if not pieces:
            continue
        # numbers and dates once per sentence, then handed to the claims that contain them
        sent_quantities = find_quantities(sent.text)
        sent_dates = find_dates(sent.text, reference)
        # (each mention's wording normalised once a sentence, not once a piece)
        quantity_norms = [(q, _unquote(q.text)) for q in sent_quantities]
        date_norms = [(d, _unquote(d.text)) for d in sent_dates]
        position = {id(piece): len(claims) + k for k, (piece, _, _) in enumerate(pieces)}
        # (the cheap hedge test once for the stretch all quotes lie in, not once a quote)
        hedgeable = may_be_hedged(body[sent.start + min(p.start for p, _, _ in pieces):
                                       sent.start + max(p.end for p, _, _ in pieces)])
        for piece, speaker, frame_hedged in pieces:
            # a mention belongs to a piece inside its quote and still in its text (a relative clause the
            # text drops does not count); the text's wording normalised only when one lies inside
            in_quantities = _inside(piece, quantity_norms)
            in_dates = _inside(piece, date_norms)
            norm = _unquote(piece.text) if in_quantities or in_dates else ""
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
                quantities=[_shift(q, piece.start) for q, q_norm in in_quantities if q_norm in norm],
                dates=[_shift(d, piece.start) for d, d_norm in in_dates if d_norm in norm],
                hedged=frame_hedged or (hedgeable and is_hedged(quote)),
                kind=_CLAIM,
                sentence_start=sent.start,
                sentence_end=sent.end,
                derived_from=position[id(parents[id(piece)])] if id(piece) in parents else None,
            ))
    resolve_pronouns(claims, body, people)
    _complete_passives(claims)
    return described_facts(claims, body)


def _complete_passives(claims: list[ExtractedClaim]) -> None:
    """Headline passives get their auxiliary ('Five men arrested by police' -> '... were arrested ...'),
    and so do the other claims of the sentence that start the same way (its core 'Five men arrested.')."""
    done: dict[tuple[int, str], str] = {}  # (sentence, opening as written) -> opening with the auxiliary
    for c in claims:
        if c.kind == _CLAIM:
            opening = passive_opening(c.text)
            if opening is not None:
                done[(c.sentence_start, opening[0])] = opening[1]
    for c in claims if done else []:
        for (at, old), new in done.items():
            if c.sentence_start == at and c.text.startswith(old) and c.text[len(old):len(old) + 1] in (" ", "."):
                c.text = new + c.text[len(old):]


def _roles(sentence: str, roles: list[Piece], frame: Frame, known: set[str]) -> list[tuple[Piece, str | None, bool]]:
    """Roles written before names ("river authority official Karimi"): not for the speaker of the frame
    (the speaker column shows it), in the frame speaker's name when inside what they said. A speaker's
    age or origin ("Tom Reed, 54, said", "Ana Ruiz, from Porto, said") is a fact the article asserts."""
    out: list[tuple[Piece, str | None, bool]] = []
    for r in roles:
        if r.text in known or (frame.speaker and sentence[r.start:r.end] in frame.speaker
                               and not r.text.endswith((" years old.",)) and " is from " not in r.text):
            continue
        inside = any(a <= r.start and r.end <= b for a, b in frame.content)
        out.append((r, frame.speaker if inside else None, frame.hedged if inside else False))
    return out


_M = TypeVar("_M", Quantity, DateMention)


def _shift(mention: _M, offset: int) -> _M:
    """A copy of a quantity/date found in the sentence with offsets relative to the claim's quote."""
    # what copy.copy does for a dataclass, without its dispatch (dataclasses.replace re-runs __init__
    # through keyword lookups: several times slower)
    out = object.__new__(type(mention))
    out.__dict__.update(mention.__dict__)
    if offset:
        out.start -= offset
        out.end -= offset
    return out


def _inside(piece: Piece, mentions: list[tuple[_M, str]]) -> list[tuple[_M, str]]:
    """The (mention, wording) pairs whose mention lies inside the piece's quote."""
    return [(m, norm) for m, norm in mentions if piece.start <= m.start and m.end <= piece.end]


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
        # a line of several sentences is judged sentence by sentence (one "Click here" must not
        # hide the rest), except for headlines above the body
        kind = line_kind(line, title=title, before_body=before_body) if len(sents) == 1 else None
        if kind:
            out[para] = kind
        elif len(sents) > 1 or line.rstrip().endswith((".", '"', "”")):
            before_body = False
    return out
