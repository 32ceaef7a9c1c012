"""What a comparison reads of one claim alone (`claim_view`), read once per claim: its reported
content without the reporting frame (`reported`, `surface`), the wording its roles are read from and
its doer (`claim_roles`), its names, n-grams, outcome acts and the rest a pair's rules compare.

Kept apart from `compare` (which reads two views per pair) because a caller comparing each claim
with many others builds the views once and keeps them (`matching`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import utils

from workbench.core.extract.attribution import MAX_FRAMED
from workbench.core.match import doers, knowledge
from workbench.core.match.claim_readings import ClaimReadings, claim_readings
from workbench.core.match.doers import doer_names, frame_of, outcome_tokens
from workbench.core.match.memo import date_key
from workbench.core.match.normalize import Normalized, normalize
from workbench.core.match.roles import names_kept
from workbench.core.match.scoring import sorted_words, token_skeleton
from workbench.core.match.self_reports import told_by_itself
from workbench.core.match.shared_parts import bigrams, grams, shared_date_key, skeletons, word_grams
from workbench.core.text_caches import shared, text_cache


@text_cache()
def _first_tokens(text: str) -> list[str]:
    """The normalised tokens of a claim's first word (capitalised for being first, not a name)."""
    words = text.split()
    return normalize(words[0]).tokens if words else []


def _names(text: str, norm: Normalized) -> tuple[str, ...]:
    """A claim's names: capitalised tokens, not of the first word, not a title/month/day."""
    first = _first_tokens(text)
    tokens = set(norm.tokens)
    return tuple(t for t in norm.proper
                 if t in tokens and t not in first and t not in knowledge.NOT_NAMES and len(t) >= 3)


@lru_cache(maxsize=50_000)  # read for `surface` and again for the roles' wording (`claim_view`)
def reported(text: str) -> str:
    """The claim without its reporting frames ("Officials said ...", "..., activists said"): who
    reports a fact is no part of whether two claims state it in the same words."""
    for _ in range(2):  # a frame on each side: "Officials said X, local sources reported."
        if len(text) > MAX_FRAMED:
            break
        frame = frame_of(text)
        # "Haitian police, rights groups said, delivered ...": the subject before the frame is reported too
        spans = ([frame.shared_subject] if frame.shared_subject else []) + list(frame.content)
        inner = " ".join(text[a:b].strip(" ,") for a, b in spans).strip()
        if not inner or inner == text.strip():
            break
        text = inner
    return text


@text_cache()
def surface(text: str) -> str:
    """The reported content lower-cased without punctuation (rapidfuzz's default_process), once
    per claim."""
    return utils.default_process(reported(text))


@dataclass(slots=True)
class ClaimView:
    """What a comparison reads of one claim alone, read once per claim (`claim_view`): a caller
    comparing each claim with many others keeps its views (`matching`), so a pair's comparison
    does no per-claim work and no cache look-up per feature."""

    tokens: frozenset[str]  # the normalised tokens as a set
    nots: int  # how many "not"s
    names: tuple[str, ...]  # `_names`
    surface: str  # `surface`
    grams: frozenset[str]  # character 4-grams of the normalised text
    bigrams: frozenset[tuple[str, str]]  # its word bigrams
    word_grams: tuple[frozenset[str], frozenset[tuple[str, str]]]  # `shared_parts.word_grams` of the wording
    place: str | None  # `place_names.one_place`
    events: set[str]  # `knowledge.event_verbs`
    dates: tuple | None  # the claim's `memo.date_key` (None: not read)
    surface_sorted: str  # `scoring.sorted_words` of `surface` (for token_sort_ratio)
    text_sorted: str  # `scoring.sorted_words` of the normalised text
    long_tokens: tuple[str, ...]  # the tokens that may be spelling variants (4 letters or more)
    acts: doers.Outcomes  # `doers.outcome_tokens`
    variant_keys: frozenset[str]  # their `scoring.token_skeleton`s
    rewritten: str  # `knowledge.rewritten` (the negation and refusal checks read it)
    roles_wording: str  # `claim_roles`: the wording roles are read from,
    doers: frozenset[str] | None  # and the doer's names (~0.2 ms a claim: once per claim, not per pair),
    readings: ClaimReadings  # and what the pair rules read of it alone (`claim_readings`)


def claim_view(text: str, norm: Normalized, surface_text: str | None = None, dates: list | None = None,
               roles: Roles | None = None, rewritten: str | None = None) -> ClaimView:
    """The view of a claim (`text` as written, `norm` its normalised form, `surface_text` its
    `surface`, `roles` its `claim_roles` and `rewritten` its `knowledge.rewritten` wording when read
    before, `dates` the dates it is compared with)."""
    wording = surface(text) if surface_text is None else surface_text
    roles = roles or claim_roles(text, norm)
    tokens, place = frozenset(norm.tokens), roles[2].place
    long_tokens = tuple(t for t in tokens if len(t) >= 4)
    return ClaimView(tokens, norm.tokens.count("not"), _names(text, norm), wording,
                     grams(norm.text), bigrams(norm.text), word_grams(norm.words), place,
                     knowledge.event_verbs(norm.tokens), shared_date_key(date_key(dates)) if dates else None,
                     sorted_words(wording), sorted_words(norm.text), long_tokens, outcome_tokens(text, norm),
                     skeletons(token_skeleton(t) for t in long_tokens),
                     knowledge.rewritten(text)[0] if rewritten is None else rewritten, *roles)


#: A claim's `claim_roles`: its roles' wording, its doer's names, its `claim_readings`.
Roles = tuple[str, frozenset[str] | None, ClaimReadings]


def claim_roles(text: str, norm: Normalized) -> Roles:
    """The wording a claim's roles are read from (its `reported` wording `knowledge.rewritten`, as `surface`),
    its doer's names (`doers.doer_names`) and what the pair rules read of it (`claim_readings`)."""
    written = knowledge.rewritten(said := told_by_itself(text, reported(text)))[0]
    lowered = utils.default_process(written)
    readings = claim_readings(text, lowered, said)
    wording = names_kept(written, lowered)  # a name in -ed is no act ("Alfred Degiorgio was sentenced")
    return wording, shared(doer_names(written, norm, wording, readings.place)), readings


#: Words two claims may differ by and still tell one act with its roles swapped (a synonym verb).
