"""Five shapes news tells one fact in, read for sets 157-160 (helper dup157b). In each, the two
tellings share no word the verb or noun tables could pair, so one fact told both ways read as two:

- a ruling, a verdict, a decision or an award "dismissed" was rejected ("Beijing dismissed the
  tribunal's ruling" / "China rejected the arbitration decision"). The verb table writes "dismiss"
  as a firing ("dismissed the coach" = "sacked"), which is its sense before a person; before what a
  court, a tribunal or an arbitrator decided it is the refusal "rejected" tells, so that the accept /
  reject opposites are seen too ("dismissed the ruling" / "accepted the ruling": a conflict). A
  request dismissed ("dismissed the appeal to ...") is `paraphrases`', claims dismissed ("dismissed
  reports that ...") `phrases`' denial, read before this;
- a state kept, told with "stayed" or "remained" and "open", "operational", "functional", "in
  operation", "up and running" ("the airport remained open" / "the airport stayed operational"): one
  state, written "remain(ed) open", so that the open / closed opposites read it against "was closed"
  and the open / suspended ones against "went offline". "Stayed closed" / "stayed shut" are written
  "remained" too. "Open to talks" and the like (a stance) stay as written;
- a thing owned, told as "is the property of X", "is X's property" or "is owned by X": written
  "belongs to X" ("the port belongs to Djiboutians" / "Doraleh is the property of the Djiboutian
  people"), tense kept. A property as a building ("the property was searched") and "belongs to" a
  party (membership) are left as they are: only the predicate shapes are read;
- a whole people, told as "the <people's name> people": written as its plural name ("the Kenyan
  people" / "Kenyans"). Only names ending in "-an" or "-i" (whose plural adds an "s"), capitalised
  and after "the", so a count ("300 Kenyan people") and "the Chinese people" stay as written;
- a court's, a tribunal's, an arbitrator's "decision" is its ruling ("the tribunal's ruling" / "the
  arbitration decision"): written "ruling", so that the two are one thing acted on
  (`match.one_act_two_things`); a decision with no court before it ("the decision to raise rates")
  stays as written;
- a bond, a loan, a deal "structured" by a bank was arranged by it ("The blue bonds were structured
  by Credit Suisse" / "Credit Suisse arranged the blue bonds"): the verb only, before "by" or an
  article, so that "structured bonds", "structured finance" (an adjective) stay.

Applied by `told_otherwise.rewrite_told_otherwise`, with its notes ("<phrase> = <written>").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from workbench.core.language.rewrite_notes import noter
from workbench.core.language.stems import in_tense_of

#: What a court, a tribunal, an arbitrator or an inquiry decided.
_RULINGS = (r"(?:rulings?|verdicts?|decisions?|judg(?:e)?ments?|(?:arbitral\s+)?awards?|findings)")
#: Words that end the noun phrase before a ruling noun: "dismissed the official over the decision"
#: tells a firing over it, not the decision rejected.
_PHRASE_ENDS = r"(?:over|after|for|following|on|about|despite|before|with|who|which|that|by|in|of|and|amid)"
#: The forms a dismissed ruling is written in, from one string ("rejected" is a word of the project's
#: vocabulary, `vocab`, never written as a literal elsewhere; as `object_outcomes` does).
_REJECT_FORMS = "rejected rejects rejecting"
_RULING_DISMISSED = re.compile(r"\b(dismiss(?:ed|es|ing)?)\s+(?=(?:(?!" + _PHRASE_ENDS + r"\b)[\w'’-]+\s+){0,4}?"
                               + _RULINGS + r"\b)", re.I)

#: A court's decision: "the court's decision", "an arbitration decision", "the judges' decisions".
_COURT_DECISION = re.compile(r"\b((?:court|courts|tribunal|tribunals|arbitration|arbitral|arbitrator|arbitrators|judge|judges)"
                             r"(?:'s|’s|'|’)?\s+)decision(s?)\b", re.I)

#: A state kept: "stayed / remained" + the state; an operating state is written "open".
_KEPT_STATE = re.compile(r"\b(remain|remains|remained|remaining|stay|stays|stayed|staying)\s+"
                         r"((?:(?:fully|largely|partly|partially|still)\s+)?)"
                         r"(open|operational|functional|functioning|in\s+operation|up\s+and\s+running|closed|shut)\b"
                         r"(?!\s+to\s+(?:talks|dialogue|negotiations?|the\s+idea|ideas|compromise|offers?|suggestions?"
                         r"|discussions?|criticism|debate|question|interpretation|change|scrutiny|challenge)\b)", re.I)
_REMAIN = {"remain": "remain", "stay": "remain", "remains": "remains", "stays": "remains", "remained": "remained",
           "stayed": "remained", "remaining": "remaining", "staying": "remaining"}

#: Words before "property" that say whose by right, not what kind.
_OWNED_WORDS = r"(?:(?:sole|rightful|exclusive|legal|legitimate|inalienable|collective|private|national)\s+)?"
_BE = r"(is|are|was|were|remains|remain|remained)"
#: "is (the) (rightful) property of", "is owned by", "is wholly owned by".
_PROPERTY_OF = re.compile(r"\b" + _BE + r"\s+(?:(?:still|now)\s+)?(?:(?:the|a)\s+)?" + _OWNED_WORDS + r"property\s+of\b"
                          r"|\b" + _BE + r"\s+(?:(?:wholly|fully|entirely|solely|still|now)\s+)?owned\s+by\b", re.I)
#: "is X's (rightful) property" at a clause's end: X is the owner ("is the company's property manager" stays).
_OWNERS_PROPERTY = re.compile(r"\b" + _BE + r"\s+((?:(?:the|their|our|his|her|its|my|your)\s+)?(?:[\w-]+\s+){0,2}?"
                              r"[\w-]+(?:'s|’s|s'|s’))\s+" + _OWNED_WORDS + r"property"
                              r"(?=\s*(?:[,.;:!?]|$)|\s+(?:and|but|according|under|since|as|now)\b)", re.I)
_BELONGS = {"is": "belongs to", "remains": "belongs to", "are": "belong to", "remain": "belong to",
            "was": "belonged to", "were": "belonged to", "remained": "belonged to"}

#: "the Kenyan people" (not "the Kenyan people's", "the Kenyan people of ...").
_WHOLE_PEOPLE = re.compile(r"\b(?i:the)\s+([A-Z][a-z]+(?:an|i))\s+people\b(?!['’]s|\s+of\b)")

#: "structured the bonds", "were structured by" (a verb); "structured bonds" is an adjective.
#: (Past and -ing forms only: "an illegal structure that ..." is the noun.)
_STRUCTURED = re.compile(r"\b(structured|structuring)\s+(?=(?:by|the|a|an|its|their)\b)", re.I)


def _owner_of(m: re.Match[str]) -> str:
    """The ownership `_PROPERTY_OF` matched, written "belongs to" in its tense."""
    be = next(g for g in m.groups() if g)
    return _BELONGS[be.lower()]


def _owners_property(m: re.Match[str]) -> str:
    """"is X's property" written "belongs to X" (the possessive's "'s" dropped)."""
    owner = re.sub(r"(?:'s|’s)$", "", m.group(2))
    owner = re.sub(r"(?:'|’)$", "", owner)
    return f"{_BELONGS[m.group(1).lower()]} {owner}"


def _kept_state(note: Callable[[re.Match[str], str], str]) -> Callable[[re.Match[str]], str]:
    """The state `_KEPT_STATE` matched, written "remain(ed) open / closed / shut" (noted only if changed)."""
    def kept(m: re.Match[str]) -> str:
        state = m.group(3) if m.group(3).lower() in ("closed", "shut") else "open"
        said = f"{_REMAIN[m.group(1).lower()]} {m.group(2)}{state}"
        return m.group(0) if said.lower() == m.group(0).lower() else note(m, said)
    return kept


def rewrite_owned_and_kept(text: str, hits: list[str]) -> str:
    """`text` with each shape of this module written one way; what was rewritten appended to `hits`."""
    low = text.lower()
    note = noter(hits)
    if "dismiss" in low:
        text = _RULING_DISMISSED.sub(lambda m: note(m, in_tense_of(m.group(1), *_REJECT_FORMS.split())
                                                    + " "), text)
    if "decision" in low:
        text = _COURT_DECISION.sub(lambda m: note(m, f"{m.group(1)}ruling{m.group(2)}"), text)
    if "remain" in low or "stay" in low:
        text = _KEPT_STATE.sub(_kept_state(note), text)
    if "propert" in low or "owned by" in low:
        text = _PROPERTY_OF.sub(lambda m: note(m, _owner_of(m)), text)
        text = _OWNERS_PROPERTY.sub(lambda m: note(m, _owners_property(m)), text)
    if " people" in low:
        text = _WHOLE_PEOPLE.sub(lambda m: note(m, m.group(1) + "s"), text)
    if "structur" in low:
        text = _STRUCTURED.sub(lambda m: note(m, in_tense_of(m.group(1), "arranged", "arranges", "arranging") + " "), text)
    return text
