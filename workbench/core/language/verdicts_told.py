"""A verdict on a thing, a claim for money and a person's age, each told two ways in news, written one
way before the verb and noun tables read them (`news_idioms.rewrite_news_idioms` calls this; helper
dup161a, sets 161-164). Each pair of tellings shares no word the tables could pair:

- one who "called" (branded, termed) a thing illegal, unlawful, unconstitutional, legal, invalid,
  baseless or false said it was so ("called the ban illegal" / "said the ban was unlawful"), in the
  tense of "called" ("calls X illegal": "says X is illegal"). Not "declared": a court or an election
  body that declared a contract unconstitutional or a vote invalid ruled so. Only a verdict of law or of truth:
  "called the protest peaceful" is a description, and "called on", "called for", "called off" are
  other acts (`object_outcomes` reads "called X disappointing" as criticised);
- "unlawful" is "illegal" (the adjective only: "unlawfully" stays the verb table's "act unlawfully");
- one who sues someone "for damages" (compensation) seeks compensation from him ("plan to sue the state
  for damages" / "will seek compensation from the state"), and one who claims damages (compensation)
  seeks them, so that the verb table's row (seek damages = seek compensation) sees it ("claim" in that
  row would make it a verb `headline_verbs` reads in a headline: "Gadhafi Funding Claim");
- a person's age told before the name ("the 70-year-old Henri") is the age told after it ("Henri,
  70,"): only before a capitalised name, so "the 70-year-old man" stays;
- a parliament's chamber named by a name many states share, "the Chamber of Deputies" (Italy,
  Luxembourg, the Czech Republic, Brazil, Mexico ...) or "of Representatives" (Belgium), is a chamber
  of parliament ("sworn in before the Chamber of Deputies" / "before Luxembourg's parliament"). Not
  a member of `synonyms.PARLIAMENT_NAMES`, which writes a state's own name as the one word
  "parliament": this name tells no state, and as one word it would make a sentence naming it
  shorter, and so nearer any other about the same day ("gathered outside the Chamber of Deputies" /
  "police officers were deployed for the swearing-in").
"""

from __future__ import annotations

import re

from workbench.core.language.rewrite_notes import noter

#: A verdict of law or of truth that "called X" and "said X was" tell alike.
_VERDICT = (r"(?:illegal|unlawful|unconstitutional|legal|lawful|invalid|illegitimate|baseless|groundless|unfounded"
            r"|false|untrue)")
#: "called" (branded, termed) the thing, up to six words with no particle first, then the verdict.
_CALLED = re.compile(r"\b(called|calls|call|calling|branded|brands|branding|termed|terms)\s+"
                     r"((?!(?:on|for|off|in|up|out|back|to|at|upon|into|it\s+quits)\b)(?:the|this|that|these|those|its"
                     r"|their|his|her|a|an|it|them)\b(?:\s+[\w'’-]+){0,5}?)\s+(?:as\s+)?(" + _VERDICT + r")\b"
                     r"(?!\s+(?:to|for|in)\b)", re.I)
#: "called" in its tense: what the "said" and the "was" of it are.
_SAID = {"called": ("said", "was"), "branded": ("said", "was"), "termed": ("said", "was"),
         "calls": ("says", "is"), "brands": ("says", "is"), "terms": ("says", "is"),
         "call": ("say", "is"), "calling": ("saying", "was"), "branding": ("saying", "was"), }
#: A plural thing: "they", "these", "those", or a short one ending in a plural ("the new rules").
_PLURAL = re.compile(r"^(?:they|these|those|(?:\S+\s+){0,2}\S+[^s\W]s)$", re.I)
_BE_PLURAL = {"was": "were", "is": "are"}

_UNLAWFUL = re.compile(r"\bunlawful\b", re.I)

#: "sue" someone (up to five words) "for damages" / "for compensation".
_SUE_FOR = re.compile(r"\b(sue|sues|sued|suing)\s+((?:[\w'’-]+\s+){1,5}?)for\s+(?:damages|compensation)\b", re.I)
_SEEK = {"sue": "seek", "sues": "seeks", "sued": "sought", "suing": "seeking",
         "claim": "seek", "claims": "seeks", "claimed": "sought", "claiming": "seeking"}
#: "claim" damages / compensation: seek them.
_CLAIM = re.compile(r"\b(claim|claims|claimed|claiming)\s+(?=(?:damages|compensation)\b)", re.I)

#: "the 70-year-old" before a capitalised name (up to four words).
_AGE_BEFORE = re.compile(r"\b[Tt]he\s+(\d{1,3})-year-old\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)(?!\w)(\s*[,.;:)])?")

#: A chamber's name many states share (capitalised: a name, not "a chamber of deputies").
_CHAMBER = re.compile(r"\bChamber\s+of\s+(?:Deputies|Representatives)\b")


def rewrite_verdicts_told(text: str, hits: list[str]) -> str:
    """`text` with the tellings above written one way; what was rewritten is appended to `hits`."""
    low = text.lower()
    note = noter(hits)
    if ("call" in low or "brand" in low or "term" in low) and re.search(_VERDICT, low):
        def said(m: re.Match[str]) -> str:
            verb, be = _SAID[m.group(1).lower()]
            thing = "they" if m.group(2).lower() == "them" else m.group(2)  # the object is the subject now
            be = _BE_PLURAL[be] if _PLURAL.search(thing) and be in _BE_PLURAL else be
            return note(m, f"{verb} {thing} {be} {m.group(3)}")
        text = _CALLED.sub(said, text)
    if "unlawful" in low:
        text = _UNLAWFUL.sub(lambda m: note(m, "Illegal" if m.group(0)[0].isupper() else "illegal"), text)
    if "sue" in low or "suing" in low:
        text = _SUE_FOR.sub(lambda m: note(m, f"{_SEEK[m.group(1).lower()]} damages from {m.group(2).rstrip()}"), text)
    if "claim" in low and ("damages" in low or "compensation" in low):
        text = _CLAIM.sub(lambda m: note(m, f"{_SEEK[m.group(1).lower()]} "), text)
    if "-year-old" in low:
        text = _AGE_BEFORE.sub(lambda m: note(m, f"{m.group(2)}, {m.group(1)}{m.group(3) or ','}"), text)
    if "Chamber" in text:
        text = _CHAMBER.sub(lambda m: note(m, "chamber of parliament"), text)
    return text
