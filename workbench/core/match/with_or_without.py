"""An act done without a thing against the thing done: opposite tellings of one act's manner (sets
133-136, helper conf133b).

"The Queen was removed as head of state without a referendum" / "The government held a referendum
before removing the Queen", "changed the constitution without a referendum" / "after a referendum",
"shelled the village without warning" / "warned residents before shelling the village", "dissolved
parliament without consulting the court" / "consulted the court before dissolving parliament". A
claim's "without" + a thing (a noun: "a referendum", "a recorded vote", "notice"; or a verb in
"-ing": "consulting the court", "warning") tells that thing not done; the other claim telling it
done tells the opposite. Told done:

- a noun after a word of doing or of the way a thing came about, up to two words between ("held a
  referendum", "after a referendum", "following a public vote", "in a recorded vote", "by
  referendum", "gave notice", "issued a warning"), or after a word of an outcome reached ("reached a
  deal", "struck an agreement", "produced a joint statement": talks that "ended without a deal"
  tell the opposite outcome; helper confneg149), or before "was held", "took place";
- a verb: the same verb in another form, not after "to", a denial or "without" ("consulted the court");
  its "-ing" form only after a word that makes it an act ("after warning residents": "lost heating"
  names a thing).

All the thing's words (up to a preposition or a clause mark) must be in the other claim: "without a
vote in parliament" is not "after a vote in the senate". Claims that both tell a thing left out
("without a referendum" / "without a vote in parliament") are two things, not this reading. A
state told with "without" ("left without power", "remain without water", "leaving 20,000 people
without heating", a word of leaving or remaining up to six words before) is no act's manner and is
not read; a thing only asked for ("called for a referendum") is not told done.
"""

from __future__ import annotations

import re

from workbench.core.match.normalize import normalize
from workbench.core.text_caches import text_cache

#: Words that end a thing: prepositions, conjunctions, relative words (as written, lower case).
_END = (r"(?:to|in|on|at|of|for|by|with|from|into|after|before|despite|during|until|since|over|across|amid"
        r"|and|or|but|as|while|when|that|which|who|because|following|under|through|against|than)")
#: "without" + the thing, after no word of a state ("left without power").
_WITHOUT = re.compile(r"(?<!\bleft )(?<!\bremain )(?<!\bremains )(?<!\bremained )(?<!\bwere )(?<!\bare )"
                      r"(?<!\bis )(?<!\bstill )(?<!\bliving )(?<!\bgo )(?<!\bwent )"
                      r"\bwithout\s+(?:(?:a|an|any|prior|advance|formal)\s+)?"
                      r"((?:(?!" + _END + r"\b)[a-z][\w'’-]*\s*){1,4}(?:of\s+(?:the\s+)?[a-z][\w'’-]*)?)")
#: Words before a noun that tell the thing done ("held a referendum", "after a vote", "in a
#: recorded vote", "gave notice"), then up to two words (an article, an adjective).
_DONE_BEFORE = re.compile(r"\b(?:held|holds|holding|hold|conducted|staged|after|following|with|through|via|in|by"
                          r"|gave|given|giving|gives|issued|issuing|issues|put\s+it\s+to|won|winning"
                          # an outcome reached ("reached a deal" / "talks ended without a deal", "struck
                          # an agreement", "secured a compromise", "produced a joint statement"; helper confneg149)
                          r"|reach|reached|reaches|reaching|struck|strikes|striking|secured|secures|securing"
                          r"|achieved|achieves|achieving|clinched|clinches|sealed|seals|produced|produces|producing"
                          r"|hammered\s+out|agreed|agrees)\s+"
                          r"((?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*)")
#: A noun told done after it ("a referendum was held", "the vote took place").
_DONE_AFTER = re.compile(r"\b([a-z][\w'’-]*)\s+(?:was|were|had\s+been|has\s+been)\s+(?:held|conducted|given|issued)\b"
                         r"|\b([a-z][\w'’-]*)\s+took\s+place\b")
#: Words before a verb that tell it not done (as written, lower case).
_NOT_DONE = frozenset(["to", "not", "never", "without", "no", "refused", "declined", "failed"])
#: Words before an "-ing" form that make it an act done ("after warning residents"); elsewhere an
#: "-ing" form may name a thing ("lost heating"), and only another form of the verb tells it done.
_ACT_BEFORE_ING = frozenset(["after", "before", "following", "by", "while", "when", "began", "started"])
#: A thing left without a state ("leaving 20,000 people without heating"): the words before
#: "without" that tell a state, within `_STATE_WINDOW` words.
_STATE_BEFORE = re.compile(r"\b(?:left|leave|leaves|leaving|remain\w*|stay\w*)\b")
_STATE_WINDOW = 6
_DENIALS = frozenset(["not", "deny", "never"])


@text_cache()
def _tokens(words: str) -> frozenset[str]:
    return frozenset(normalize(words).tokens)


@text_cache()
def left_out(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """What a claim tells an act was done without: (the thing's first word, the normalised tokens
    of all its words) for each `_WITHOUT`; empty for none."""
    low = text.lower()
    if "without" not in low:
        return ()
    return tuple((m.group(1).split()[0], t) for m in _WITHOUT.finditer(low) if (t := _tokens(m.group(1)))
                 and not _STATE_BEFORE.search(" ".join(low[:m.start()].split()[-_STATE_WINDOW:])))


@text_cache()
def _done_nouns(text: str) -> frozenset[str]:
    """The normalised tokens of the nouns a claim tells done (`_DONE_BEFORE`, `_DONE_AFTER`)."""
    low = text.lower()
    out = {t for m in _DONE_BEFORE.finditer(low) for w in m.group(1).split() for t in _tokens(w)}
    return frozenset(out | {t for m in _DONE_AFTER.finditer(low) for t in _tokens(m.group(1) or m.group(2))})


@text_cache()
def _done_verbs(text: str) -> frozenset[str]:
    """The normalised tokens of a claim's words not after a word telling them not done (`_NOT_DONE`)."""
    words = re.findall(r"[a-z][\w'’-]*", text.lower())
    return frozenset(t for k, w in enumerate(words) if k == 0 or words[k - 1] not in _NOT_DONE
                     and (not w.endswith("ing") or words[k - 1] in _ACT_BEFORE_ING) for t in _tokens(w))


def _told_done(head: str, thing: frozenset[str], text: str) -> bool:
    """Whether a claim tells the thing done: its verb in another form, or its noun after a word of doing."""
    first = _tokens(head)
    if not first:
        return False
    if head.endswith("ing"):
        return first <= _done_verbs(text)
    return first <= _done_nouns(text)


def with_or_without(texts: tuple[str, str], tokens: tuple[frozenset[str], frozenset[str]]) -> str | None:
    """'opposite outcomes: without / done: referendum' when one claim tells an act done without a
    thing and the other tells the thing done (module docstring); `tokens`: the claims' normalised
    tokens (for their denials; the thing is read in the words as written, as `left_out` reads it)."""
    if _DENIALS & tokens[0] or _DENIALS & tokens[1]:
        return None
    for x, y in ((0, 1), (1, 0)):
        for head, thing in left_out(texts[x]):
            if thing <= _tokens(texts[y]) and not any(thing & other for _, other in left_out(texts[y])) \
                    and _told_done(head, thing, texts[y]):
                return f"opposite outcomes: without / done: {' '.join(sorted(thing))}"
    return None
