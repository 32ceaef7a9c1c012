"""States told against their negation without a "not": a word and its negating prefix ("issued
legally" / "issued illegally", "armed" / "unarmed", "valid" / "invalid"), and a state that ended
against one that goes on ("no longer in danger" / "still in danger", "remained closed").

Read here as marks of a claim, kept beside its outcome acts (`doers.outcome_tokens`), which
`opposites.opposite_of` sets against the other claim's: the lexical scorer pairs "legally" and
"illegally" as spelling variants, and the negation step reads no denial in "no longer"
(`negation.NOT_NEGATION`: it denies nothing of the past, "is no longer president" / "was president").
"""

from __future__ import annotations

import re

from workbench.core.figures.shouting import headline
from workbench.core.language.stems import fold
from workbench.core.text_caches import text_cache

#: A state denied by a prefix ("<not>legally" for "illegally"), one that ended ("no longer in
#: danger": "<ended>danger") and one that goes on ("still in danger", "remained closed").
NOT_MARK = "<not>"
ENDED = "<ended>"
GOES_ON = "<goes on>"
#: A claim's word as written, which a prefix in the other claim may deny.
WORD_MARK = "<word>"
#: The marks `state_opposed` reads a reason from (the others it only looks up).
_OPENING_MARKS = (NOT_MARK, ENDED)
#: Words that deny the word after them as a prefix does ("not armed", "non-operative").
_DENYING = frozenset(["not", "non", "never"])
#: Words between a denying word and the participle it denies, skipped: "has never been paid",
#: "has still not been paid", "has not yet been delivered" deny "paid", "delivered" as "unpaid",
#: "undelivered" do (helper dup145b, sets 145-148: "remains unpaid" / "has never been paid" read
#: as paid against not paid, one negative state told two ways called a conflict).
_BEFORE_DENIED = frozenset(["been", "be", "being", "yet", "ever", "fully"])

#: Endings of adjectives (and, before "-ly", of adverbs) whose prefixed form denies them ("illegal",
#: "invalid", "irregular", "inaccurate", "incomplete", "ineffective", "incorrect", "improper"). Only
#: "un-" also negates participles and plain adjectives ("unarmed", "unharmed", "unable", "unsafe");
#: "in-", "dis-" before a verb make another verb ("inform", "discover", "dispose", "impose").
_ADJECTIVE_ENDINGS = ("al", "ful", "able", "ible", "id", "ar", "ent", "ant", "ive", "ate", "ete", "ous", "ic", "ct",
                      "per", "lar")
#: The prefixes, each with the letters its base may begin with (None: any; "il-" before "l", ...).
_PREFIXES: tuple[tuple[str, str | None], ...] = (("un", None), ("il", "l"), ("ir", "r"), ("im", "mpb"),
                                                  ("in", "acdefghijknoqstuvwxyz"), ("dis", None))
#: Bases whose prefixed word is no negation of them ("unrest", "unless", "untold", "immigrant",
#: "immediate", "infamous", "invaluable", "indifferent", "impartial") or only a hedge on what is
#: known ("unconfirmed reports", "an unidentified gunman", "an undisclosed sum", "unofficial results"); one
#: string, split: some are words of the project's vocabulary (`vocab`), never written as literals elsewhere.
_NOT_NEGATED_WORDS = (
    "rest less like told seat seated wind fold folded cover covered earth veil veiled leash leashed done "
    "seen heard founded moved even just well kind sound known named confirmed verified identified "
    "specified disclosed official officially migrant migrants mediate corporate famous flammable valuable "
    "habitable credible different partial offensive respective content plant patient patients tent vent "
    "mate ease eased charge charged")
_NOT_NEGATED = frozenset(_NOT_NEGATED_WORDS.split())
#: Words after which a state goes on ("still in danger", "remained closed", "stayed shut").
_GOES_ON_WORDS = frozenset(["still", "remain", "remains", "remained", "stayed"])
#: How many words after "no longer" or "still" name the state.
_STATE_WORDS = 4


def _negated_base(word: str) -> str | None:
    """The word a negating prefix denies ("illegally": "legally", "unarmed": "armed"), or None."""
    for prefix, starts in _PREFIXES:
        base = word[len(prefix):]
        if not word.startswith(prefix) or len(base) < 4 or base in _NOT_NEGATED or (starts and base[0] not in starts):
            continue
        stem = base[:-3] + "y" if base.endswith("ily") else base[:-2] if base.endswith("ly") else base
        if stem.endswith(_ADJECTIVE_ENDINGS) and len(base) >= 5 or prefix == "un":
            return base
    return None


_WORD = re.compile(r"[a-z]+")
_CASED = re.compile(r"[^\W\d_]+")


def _named_only(text: str) -> frozenset[str]:
    """The words (lower case) a claim writes only capitalised inside the sentence, as part of a name
    ("Albania's Constitutional Court"): a name's word is no state the other's prefix denies
    ("ruled the deal constitutional" / "the Constitutional Court struck it down as unconstitutional").
    None in a headline, whose every word is capitalised."""
    if headline(text):
        return frozenset()
    cased = _CASED.findall(text)
    lower = {fold(w) for w in cased if w.islower()}
    return frozenset(low for w in cased[1:] if w[0].isupper() and (low := fold(w)) not in lower)


def state_marks(text: str) -> frozenset[str]:
    """The marks of the states a claim (as written: the normaliser drops "no longer") denies by a
    prefix (with the word denied as written: "unbeaten" denies "beaten", not "beat"), or by "not",
    "non" before it ("non-operative" / "inoperative" agree), tells ended or still going on (with the
    state's normalised tokens), and its words as written (`WORD_MARK`), which a prefix may deny."""
    from workbench.core.match.normalize import normalize

    words = tuple(_WORD.findall(fold(text).lower().replace("'s", "")))
    named = _named_only(text)
    out = {WORD_MARK + w for w in words if len(w) >= 4 and w not in named}
    for k, w in enumerate(words):
        if w == "longer" and k and words[k - 1] == "no":
            out.update(ENDED + t for t in normalize(" ".join(words[k + 1:k + 1 + _STATE_WORDS])).tokens)
        elif w in _GOES_ON_WORDS:
            out.update(GOES_ON + t for t in normalize(" ".join(words[k + 1:k + 1 + _STATE_WORDS])).tokens)
        elif k and _denied(words, k):
            out.add(NOT_MARK + w)
        elif len(w) >= 6 and (base := _negated_base(w)) is not None:
            out.add(NOT_MARK + base)
    return frozenset(out)


def _denied(words: tuple[str, ...], k: int) -> bool:
    """Whether `words[k]` follows a denying word, right after it or, unless one of them itself, with
    only `_BEFORE_DENIED` words between ("never been paid")."""
    j = k - 1
    if words[k] not in _BEFORE_DENIED:
        while j and words[j] in _BEFORE_DENIED:
            j -= 1
    return words[j] in _DENYING


#: A claim's `state_reading`: the marks that can open a reason (`_OPENING_MARKS`), sorted, and all
#: its `state_marks`.
StateMarks = tuple[tuple[str, ...], frozenset[str]]
#: The reading of a claim that tells no state.
NO_STATES: StateMarks = ((), frozenset())


@text_cache()  # a claim is read against each of its partners
def state_reading(text: str) -> StateMarks:
    """A claim's `state_marks`, with those that can open a reason apart and sorted (the same reason
    in every process): most claims have none, and `state_opposed` then walks nothing of theirs."""
    marks = state_marks(text)
    return tuple(sorted(t for t in marks if t.startswith(_OPENING_MARKS))), marks


def one_state_denied(a: StateMarks, b: StateMarks) -> bool:
    """Whether both claims deny one state, one by a prefix, the other by "not" ("remains unpaid" /
    "has never been paid"): a "not" one claim has more of is then no denial of the other
    (`negation_step`; helper dup145b). One claim writes the state's word itself (after "not"), the
    other only its prefixed form: a word both write ("international" read as "in-" + "ternational")
    denies nothing. `a`, `b`: the claims' `state_reading`s."""
    return any(t.startswith(NOT_MARK) for t in a[0]) and any(
        t.startswith(NOT_MARK) and t in a[0] and ((word := WORD_MARK + t[len(NOT_MARK):]) in a[1]) != (word in b[1])
        for t in b[0])


def state_opposed(a: StateMarks, b: StateMarks) -> str | None:
    """'opposite outcomes: legally / not legally' when one claim denies by a prefix a state the other
    tells ("illegally" / "legally": `WORD_MARK`), or 'opposite outcomes: no longer / still: danger' when one tells a
    state ended that the other tells going on. `a`, `b`: the claims' `state_reading`s."""
    for (opening, x), (_, y) in ((a, b), (b, a)):
        for t in opening:  # a claim's words as written are marks too, read only as the other side's `y`
            if t.startswith(NOT_MARK):
                base = t[len(NOT_MARK):]
                if WORD_MARK + base in y and WORD_MARK + base not in x and t not in y:
                    return f"opposite outcomes: {base} / not {base}"
            elif t.startswith(ENDED):
                state = t[len(ENDED):]
                if GOES_ON + state in y and GOES_ON + state not in x and t not in y:
                    return f"opposite outcomes: no longer / still: {state}"
    return None
