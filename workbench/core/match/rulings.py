"""What one ruling body decided, told two ways (helper conf157, sets 157-160).

- **A ruling for one party against one for another**: "The London tribunal ruled in favour of DP
  World in the Doraleh case" / "The London tribunal ruled in favour of Djibouti in the Doraleh case,
  rejecting DP World's claims", "A federal jury found in favour of Oracle in the copyright case" /
  "... in favour of Google ...", "The High Court ruled against the government in the deportation
  case" / "... ruled in favour of the government ...". A court, a tribunal, a jury decides a case
  for one side; two claims naming the same body and case (every other word of each in the other
  claim) that name two sides it ruled for, or one side it ruled for and against, tell one ruling's
  two outcomes: opposite outcomes, not one fact (`opposite_step`). Kept apart from this: two
  bodies or two cases ("the High Court" / "the Court of Appeal", "the pay dispute" / "the pension
  dispute": a word of one claim's frame the other lacks), one side told twice ("in favour of Kenya"
  / "... in the dispute with Somalia"), rulings against two sides (a case may have several losers),
  a vote "in favour of" (no verb of ruling).
- **Two findings of one body**: "A London arbitration tribunal ruled that Djibouti's seizure of
  Doraleh was illegal" / "A London arbitration tribunal ruled that DP World had not paid bribes to
  win the Doraleh concession". One body's frame ("<body> ruled / found / concluded / determined /
  held that") fills most of the words both share, and the lexical scores read one fact; but the two
  contents tell two things: each names `_OWN_AT_LEAST` words the other claim does not name at all
  (none alike to the other's words) and they share no more words than either's own. Two findings
  of one judgment, report or inquiry are two statements: another fact (`compare`'s other acts).
  Kept one: contents told in other words that share their things ("the ban on protests violated
  free speech" / "the protest ban violated the right to free speech"), a content adding one word
  ("was unconstitutional" / "violated the constitution"), and contents telling opposite outcomes
  ("was unfair" / "was fair": a clash, read before).
"""

from __future__ import annotations

import re
from typing import Any

from workbench.core.match.acts import alike
from workbench.core.match.normalize import normalize
from workbench.core.text_caches import text_cache

#: Verbs of a body deciding a case or a question, as news tells them before its finding.
_RULING_VERBS = r"(?:ruled|rules|ruling|found|finds|decided|decides|judged|concluded|determined|held|holds)"
#: Words that end a party's name after "in favour of" / "against" (a case, a reason, a time follows).
_PARTY_END = (r"in|on|over|and|or|after|against|with|when|by|at|of|from|for|to|as|that|which|who|but|while"
              r"|because|saying|last|this|on|under|since|before|amid|despite|following")
_PARTY = rf"(?P<party>(?:the\s+)?[\w.&’'-]+(?:\s+(?!(?:{_PARTY_END})\b)[\w.&’'-]+){{0,3}})"
#: "ruled in favour of X", "found in X's favour", "ruled against X".
_FOR_OR_AGAINST = re.compile(
    rf"\b(?P<verb>{_RULING_VERBS})\s+(?:(?P<for>in\s+favou?r\s+of)\s+{_PARTY}"
    r"|in\s+(?P<owner>(?:the\s+)?[\w.&’'-]+(?:\s+[\w.&’'-]+){0,3}?)(?:'s|’s|s'|s’)\s+favou?r"
    rf"|(?P<against>against)\s+{_PARTY.replace('party', 'loser')})", re.I)
_CLAUSE_END = re.compile(r"[,;:.!?](?:\s|$)|$")
#: "<body> ruled that <content>": a finding.
_RULED_THAT = re.compile(rf"^(?P<body>.{{3,90}}?)\s+{_RULING_VERBS}\s+that\s+(?P<content>.+)$", re.I | re.S)
#: The fewest words of its own each finding must tell: another thing found.
_OWN_AT_LEAST = 2


def _tokens(text: str) -> frozenset[str]:
    return frozenset(normalize(text).tokens)


@text_cache()  # a claim is read against each of its partners
def ruled_for(text: str) -> tuple[bool, frozenset[str], frozenset[str]] | None:
    """(ruled for the party, the party's tokens, the tokens of the ruling's frame: the claim up to the
    ruling's end of clause, without the party and the words of favour) of the first ruling for or
    against a party a claim tells, or None."""
    if "favo" not in text and "against" not in text:
        return None
    m = _FOR_OR_AGAINST.search(text)
    if m is None:
        return None
    group = "party" if m.group("for") else "owner" if m.group("owner") else "loser"
    party = _tokens(m.group(group))
    end = _CLAUSE_END.search(text, m.end())
    frame = _tokens(text[:m.end("verb")] + " " + text[m.end():end.start() if end else len(text)]) - {"favor", "favour"}
    if not party or party <= frame:
        return None
    return m.group("against") is None, party, frame


def rulings_for_two(texts: tuple[str, str], tokens: tuple[frozenset[str], frozenset[str]]) -> str | None:
    """'opposite outcomes: a ruling for dp world / for djibouti' when both claims tell one body
    ruling for a party (`ruled_for`), each frame's words all in the other claim (`tokens`: each
    claim's normalised tokens, read with its own words as written too), and the parties ruled for
    share no word, or one claim's party is ruled for and the other's, the same, against."""
    read_a, read_b = ruled_for(texts[0]), ruled_for(texts[1])
    if read_a is None or read_b is None:
        return None
    (for_a, party_a, frame_a), (for_b, party_b, frame_b) = read_a, read_b
    words_a, words_b = tokens[0] | _tokens(texts[0]), tokens[1] | _tokens(texts[1])
    if not frame_a <= words_b or not frame_b <= words_a:
        return None  # two bodies, two cases
    if for_a and for_b and party_a.isdisjoint(party_b):
        return f"opposite outcomes: a ruling for {' '.join(sorted(party_a))} / for {' '.join(sorted(party_b))}"
    if for_a != for_b and (party_a <= party_b or party_b <= party_a):
        side = "for" if for_a else "against"
        return f"opposite outcomes: a ruling {side} / {'against' if for_a else 'for'} {' '.join(sorted(party_a))}"
    return None


def rulings_apart(texts: tuple[str, str], views: tuple[Any, Any]) -> str | None:
    """'two rulings: ...' when both claims tell a body ruling for a party (`ruled_for`), the parties
    share no word and each frame names a word the other claim names nowhere ("The High Court ruled in
    favour of Uber" / "The Court of Appeal ruled in favour of the drivers", "in the pay dispute" / "in
    the pension dispute"): two bodies or two cases, two rulings; else `findings_apart`."""
    read_a, read_b = ruled_for(texts[0]), ruled_for(texts[1])
    if read_a is not None and read_b is not None and read_a[0] and read_b[0] and read_a[1].isdisjoint(read_b[1]):
        words_a, words_b = views[0].tokens | _tokens(texts[0]), views[1].tokens | _tokens(texts[1])
        if (own_a := read_a[2] - words_b) and (own_b := read_b[2] - words_a):
            return f"two rulings: {' '.join(sorted(own_a))} / {' '.join(sorted(own_b))}"
    return findings_apart(texts, views)


@text_cache()
def _finding(text: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """(the body's tokens, the finding's tokens) of a claim "<body> ruled / found ... that <content>"."""
    if " that " not in text:
        return None
    m = _RULED_THAT.match(text.strip())
    if m is None:
        return None
    body = _tokens(m.group("body"))
    return (body, _tokens(m.group("content"))) if body else None


def findings_apart(texts: tuple[str, str], views: tuple[Any, Any]) -> str | None:
    """'two findings of one body: captur illegal / brib pay' when both claims frame one body's finding
    (`_finding`, the same body tokens), each finding names `_OWN_AT_LEAST` words the other claim names
    nowhere, nor alike to one of its words, and the findings share no more words than either
    names of its own. `views`: the claims' `claim_view`s (their rewritten tokens)."""
    read_a, read_b = _finding(texts[0]), _finding(texts[1])
    if read_a is None or read_b is None or read_a[0] != read_b[0]:
        return None
    words_a, words_b = views[0].tokens | _tokens(texts[0]), views[1].tokens | _tokens(texts[1])
    # (a word alike to one of the other claim's, "Chinese" / "China", is no word of its own)
    own_a = frozenset(t for t in read_a[1] - words_b if not alike({t}, words_b))
    own_b = frozenset(t for t in read_b[1] - words_a if not alike({t}, words_a))
    if len(own_a) < _OWN_AT_LEAST or len(own_b) < _OWN_AT_LEAST:
        return None
    if len(read_a[1] & read_b[1]) > min(len(own_a), len(own_b)):
        return None
    return f"two findings of one body: {' '.join(sorted(own_a)[:3])} / {' '.join(sorted(own_b)[:3])}"
