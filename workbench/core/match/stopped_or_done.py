"""An act done against the same act stopped or put off: opposite outcomes no verb row pairs, read
from how each claim tells the act (sets 121-124, helper conf121).

- **An entry forced against one prevented**: "Protesters broke into the National Assembly building"
  / "Police kept protesters from entering the National Assembly building". A claim telling that
  people broke, burst, forced, pushed or smashed their way into a place, or stormed it, tells they
  entered it; the other's "kept / stopped / prevented ... from entering" (`opposites._kept_from`)
  is its opposite. The place entered (its words up to a preposition) must be one the other claim
  names: "broke into a shopping centre near the parliament" is another place than "the parliament".
- **An act put off against the act done**: "The first visa ballot opened on 16 June as planned" /
  "Australia postponed the first visa ballot, which had been due to open on 16 June". A claim telling
  a postponement (postponed, delayed, deferred, put off, pushed back, cancelled, called off) and the
  act it stopped as only planned ("due to", "scheduled to", "set to", "planned to", "expected to",
  "slated to") tells that act not done; a claim telling the act done, with no postponement of its
  own, tells the opposite. A postponement to a new date ("postponed to / until Friday") is left
  out: the act done then may be the one put off.
- **A thing proposed and turned away against the thing made** (helper conf125a): "The parliament
  set up an independent commission to investigate" / "The parliament voted down proposals for a
  commission to investigate". A claim telling proposals, plans or a bid for a thing rejected
  (rejected, voted down, turned down, rebuffed, threw out, as the verb table writes them) tells the
  thing not made; a claim telling it made (established, set up, created, formed, launched, built,
  founded, introduced) with all the thing's words and no rejection or proposal of its own tells the
  opposite. "rejected the commission's report" is no proposal turned away.
No reading fires on a claim with a negation of its own ("did not stop them from entering"):
the denial is `negation_step`'s.
"""

from __future__ import annotations

import re

from workbench.core.language.told_otherwise import NOT_A_CONTEST
from workbench.core.match.knowledge import rewrite
from workbench.core.match.normalize import normalize
from workbench.core.text_caches import text_cache

#: A place entered by force, and its words up to the first preposition or clause mark.
#: A way forced into a contest ("fought their way into the final") is no entry: `NOT_A_CONTEST`, as the
#: knowledge rewrite reads "forced their way into".
_FORCED_IN = re.compile(r"\b(?:(?:broke|break|breaks|breaking|burst|bursts|bursting)\s+into"
                        r"|(?:forced|forces|forcing|pushed|pushes|pushing|smashed|smashing|fought|fighting)\s+"
                        r"(?:their|his|her|its|a|the)\s+way\s+into(?=\s+" + NOT_A_CONTEST + r")"
                        r"|(?:stormed|storming))\s+((?:(?!(?:in|on|at|near|during|after|before|outside|inside"
                        r"|beside|opposite|by|with|and|as|while|when|to|from|of)\b)[\w'’-]+\s*){1,6})", re.I)
#: Words of a postponement, as written (lower case).
_PUT_OFF = re.compile(r"\b(?:postpon\w*|delay(?:s|ed|ing)?|defer(?:s|red|ring)?|put\s+off|puts\s+off|putting\s+off"
                      r"|push(?:ed|es|ing)?\s+back|cancel\w*|call(?:s|ed|ing)?\s+off)\b")
#: The act a postponed thing had been planned to be ("which had been due to open"). "due to" only
#: after a form of "be" or a comma ("the ballot, due to open"): "postponed due to rain" tells a cause.
_PLANNED = re.compile(r"(?:(?:\b(?:is|was|were|are|been|be|being)\s+|,\s*)due|\b(?:scheduled|set|planned|expected|slated))"
                      r"\s+to\s+(?!be\b)([a-z]+)")
#: An act told as a noun that was planned ("the planned meeting", "a scheduled visit", "the swearing-in
#: of the cabinet, scheduled for Sunday"): a verbal noun in "-ing" (or "visit", "vote") after a word
#: of planning, or before ", scheduled / set / planned / due for". "-ing" words that name no act are
#: left out ("the morning, set for ...").
_ACT_NOUN = (r"(?!(?:during|morning|evening|thing|nothing|something|anything|everything|king|spring|ceiling"
             r"|building|string|wing|ring|bring)\b)([a-z]{3,}ing|visits?|votes?)(?:-(?:in|up|out|off))?\b")
_PLANNED_NOUN = re.compile(r"\b(?:planned|scheduled|proposed|intended|expected|slated)\s+" + _ACT_NOUN
                           + r"|\b" + _ACT_NOUN + r"(?:\s+of\s+[^,;]{1,60}?)?,\s*(?:which\s+(?:had\s+been|has\s+been"
                           r"|was|were|is)\s+)?(?:scheduled|planned|set|due|slated)\s+for\b")
#: A postponement to a new date or time: the act done then may be the one put off.
_TO_NEW_DATE = re.compile(r"\b(?:postpon\w*|delay\w*|defer\w*|put\s+off|push\w*\s+back)\s+(?:(?!(?:due|scheduled|set"
                          r"|planned|expected|slated)\b)[\w'’-]+\s+){0,6}?(?:to|until|till)\b(?!\s+(?:open|begin|start"
                          r"|take|hold|go|be)\b)")
#: A cheap first test for `_PLANNED_NOUN`.
_PLAN_WORD = re.compile(r"plann|schedul|propos|intend|expect|slated|\bset\s+for|\bdue\s+for")
#: The tokens a postponement is written in once normalised ("postponed" -> "postpon").
_PUT_OFF_WORDS = ("postpone", "delay", "defer", "cancel", "put off", "push back", "call off")
#: A thing proposed and turned away ("reject proposals for a commission", the verb table's wording),
#: its words up to a preposition, "to" or a clause mark.
_TURNED_AWAY = re.compile(r"\breject(?:s|ed|ing)?\s+(?:(?:the|a|an|their|its|his|her|all|several|two|three)\s+)?"
                          r"(?:proposals?|plans?|bids?|calls?|demands?)\s+for\s+(?:(?:the|a|an)\s+)?"
                          r"((?:(?!(?:to|in|on|at|of|for|by|with|after|before|over|that|which|and|as)\b)[\w'’-]+\s*){1,5})", re.I)
#: Verbs that make a thing (as the verb table writes them: "set up" is "establish").
_MAKING = "establish create form launch build found introduce"
#: Words of a proposal or of its rejection: a claim holding one tells no thing made.
_PROPOSING = "reject proposal plan bid propose"
#: The tokens of an entry: what `_kept_from` reads of "from entering".
_ENTER = "enter"
_KEPT_FROM_ENTERING = "<kept from>" + _ENTER


@text_cache()
def _tokens(words: str) -> frozenset[str]:
    return frozenset(normalize(rewrite(words)[0]).tokens)


@text_cache()
def _as_written(text: str) -> frozenset[str]:
    """A claim's normalised tokens before the verb table rewrites them: "signed the accord" is
    written "agreed", but the act is the one "the signing of the accord" names."""
    return frozenset(normalize(text).tokens)


@text_cache()
def forced_entry(text: str) -> frozenset[str]:
    """The normalised tokens of the place a claim tells was entered by force (`_FORCED_IN`); empty
    for none."""
    low = text.lower()
    if "into" not in low and "storm" not in low:
        return frozenset()
    return frozenset(t for m in _FORCED_IN.finditer(text) for t in _tokens(m.group(1)))


@text_cache()
def _planned(text: str) -> frozenset[str]:
    """The normalised tokens of the acts a claim tells only as planned ("due to open": "open"; "the
    planned meeting": "meet")."""
    low = text.lower()
    verbs = frozenset(t for m in _PLANNED.finditer(low) for t in _tokens(m.group(1))) if " to " in low else frozenset()
    if not _PLAN_WORD.search(low):
        return verbs
    return verbs | frozenset(t for m in _PLANNED_NOUN.finditer(low) for t in _tokens(m.group(1) or m.group(2)))


@text_cache()
def put_off(text: str) -> frozenset[str]:
    """The normalised tokens of the act a claim tells was put off before it happened ("postponed the
    ballot, which had been due to open": "open"); empty for none."""
    low = text.lower()
    if not (planned := _planned(text)) or not _PUT_OFF.search(low) or _TO_NEW_DATE.search(low):
        return frozenset()
    return planned


@text_cache()
def turned_away(text: str) -> frozenset[str]:
    """The normalised tokens of the thing a claim tells was proposed and turned away
    (`_TURNED_AWAY`: "voted down proposals for a commission": "commission"); empty for none."""
    low = text.lower()
    if " for " not in low or not any(w in low for w in ("reject", "down", "rebuff", "threw out", "throw out")):
        return frozenset()
    return frozenset(t for m in _TURNED_AWAY.finditer(rewrite(text)[0]) for t in _tokens(m.group(1)))


def _put_off_tokens() -> frozenset[str]:
    return _tokens(" ".join(_PUT_OFF_WORDS))


def _denies(tokens: frozenset[str]) -> bool:
    return "not" in tokens or "deny" in tokens


def stopped_or_done(texts: tuple[str, str], acts: tuple[frozenset[str], frozenset[str]],
                    tokens: tuple[frozenset[str], frozenset[str]]) -> str | None:
    """'opposite outcomes: kept from / done: enter' or '... put off / done: open' when one claim
    tells an act stopped or put off and the other the act done (module docstring). `acts`: the
    claims' `opposites.outcome_acts`, `tokens`: their normalised tokens."""
    for k in (0, 1):
        x, y = k, 1 - k
        if _KEPT_FROM_ENTERING in acts[x] and (place := forced_entry(texts[y])) and place <= tokens[x] \
                and not _denies(tokens[y]) and not _denies(tokens[x]):
            return f"opposite outcomes: kept from / done: {_ENTER}"
        if (planned := put_off(texts[x])) and (done := planned & (acts[y] | _as_written(texts[y])) - _planned(texts[y])) \
                and not _denies(tokens[y]) and not _put_off_tokens() & tokens[y]:
            return f"opposite outcomes: put off / done: {min(done)}"
        if (thing := turned_away(texts[x])) and thing <= tokens[y] and _tokens(_MAKING) & acts[y] \
                and not _tokens(_PROPOSING) & tokens[y] and not _denies(tokens[y]) and not _denies(tokens[x]):
            return f"opposite outcomes: turned away / made: {' '.join(sorted(thing))}"
    return None
