"""People held, moved or given money, told in other words, written one way before the verb and noun tables read
them (`paraphrases.rewrite_paraphrases` calls this; helper dup145b, sets 145-148). Each pair of
tellings shares no word the tables could pair, and the other wording weighs against the pair:

- someone confined to his (her, their) home, house or residence was placed under house arrest
  ("said he had been placed under house arrest" / "said he was confined to his home"), unless the
  sentence tells an illness, a curfew or a lockdown kept him there ("confined to her home with the
  flu", "residents confined to their homes under a curfew"); someone released or freed from house
  arrest was released, so that the verb table's arrest / release opposites see "placed under house
  arrest" against it (as written both tell "arrest": one event, no outcome apart);
- people who were moved, taken or ferried off a place (an island, their atoll, the ship) were
  evacuated from it ("the people of Rongelap were moved off their atoll by Greenpeace" /
  "Greenpeace evacuated the residents of Rongelap"): only the passive ("were moved off"), which
  tells people carried away by others, not a storm that "moved off the coast";
- money given is money provided ("Washington is to give the Pacific nation some 2.3 billion
  dollars" / "the US will provide the Marshall Islands with $2.3 billion"): "give" only with an
  amount of money after it ("gave a speech", "given that", "consideration be given to" stay), and
  "provide X with" an amount is "provide X" it; so that provided against halted stays an opposite
  (`match.opposites`), "provide" is the word kept;
- a count of suspects arrested, detained or held is a count of people ("between 14 and 16 suspects
  were detained" / "14 to 16 people had been arrested"): anyone arrested is a suspect, so the word
  adds nothing the other telling lacks; a count of suspects killed or sought stays as written;
- a service, a line, a plant that "is running again" ("was operating again", "is back in service",
  "back in operation", "back up and running") has resumed ("train services resumed 51 hours after the
  crash" / "trains were running again on the section 51 hours after the accident"; helper dup155), so
  that resumed against suspended stays an opposite (`match.opposites`). Not a candidate "running again
  for mayor", "as an independent" or "in the 2024 election": another race.
"""

from __future__ import annotations

import re

from workbench.core.language.news_idioms import rewrite_news_idioms
from workbench.core.language.rewrite_notes import noter

#: "confined (him) to his home": the possessive, and what he is kept in.
_HOME = r"(?:his|her|their)\s+(?:own\s+)?(?:home|house|residence|villa|palace|quarters)\b"
_CONFINED = re.compile(r"\bconfined\s+(?:(him|her|them)\s+)?to\s+" + _HOME, re.I)
#: What keeps someone at home other than the authorities: an illness, a curfew, a lockdown.
_NOT_ARREST = re.compile(r"\b(?:ill|illness|sick|sickness|flu|covid|fever|infection|injur(?:y|ies|ed)|disease|symptoms"
                         r"|quarantine|isolation|curfew|lockdown|stay-at-home|bedridden|frail)\b", re.I)
_RELEASED_FROM = re.compile(r"\b(released|freed)\s+from\s+house\s+arrest\b", re.I)

#: A passive "were moved off" (taken, ferried) a place: evacuated from it.
_MOVED_OFF = re.compile(r"\b((?:were|was|been|being)\s+)(?:moved|taken|ferried)\s+off\s+(?=(?:the|their|its|his|her)\s)",
                        re.I)

#: A count before "suspects": digits, a number word, "dozens of", a range ("between 14 and 16", "14 to 16").
_NUMBER = (r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
           r"|dozens\s+of|hundreds\s+of|scores\s+of)")
_SUSPECTS = re.compile(r"\b(" + _NUMBER + r"(?:\s+(?:to|and|or)\s+" + _NUMBER + r")?\s+(?:more\s+|other\s+)?)suspects\b",
                       re.I)
#: The act that makes people held suspects: an arrest, a detention, custody.
_HELD = re.compile(r"\b(?:arrest(?:ed|s|ing)?|detain(?:ed|s|ing)?|custody|rounded\s+up|round\s+up|held|taken\s+in)\b", re.I)
#: What sets a count of suspects apart from one of people held: killed, wounded, sought, at large.
_NOT_HELD = re.compile(r"\b(?:killed|shot|wounded|injured|died|dead|wanted|sought|at\s+large|fled|escaped|identified)\b", re.I)


#: An amount of money: a currency sign before the figure or a currency after it ("$2.3 billion",
#: "2.3 billion dollars", "Rs 500").
_MONEY = (r"(?:(?:[$€£¥]|US\$|Rs\.?|EUR|USD)\s?\d|\d[\d,.]*\s*(?:million\s+|billion\s+|trillion\s+|m\s+|bn\s+)?"
          r"(?:dollars|euros|pounds|yen|yuan|rupees|francs|dinars|riyals|shillings|naira|rand|pesos)\b)")
_BEFORE_MONEY = r"(?:(?:some|about|around|nearly|almost|roughly|over|up\s+to|more\s+than|an\s+additional|another)\s+)?"
#: "give" (any form) with an amount of money after it, up to four words between ("give the Pacific
#: nation some 2.3 billion dollars"); "give up", "give back", "give in", "give away" are other acts.
_GIVE = re.compile(r"\b(give|gives|gave|given|giving)\s+(?!(?:up|back|in|away|out|way)\b)(?=(?:[\w'’-]+\s+){0,4}?"
                   + _BEFORE_MONEY + _MONEY + ")", re.I)
_PROVIDE = {"give": "provide", "gives": "provides", "gave": "provided", "given": "provided", "giving": "providing"}
#: "provide X with" an amount: "provide X" it.
_PROVIDE_WITH = re.compile(r"\b(provid(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){1,4}?)with\s+(?=" + _BEFORE_MONEY + _MONEY + ")",
                           re.I)


#: "<be> running (operating) again", "<be> back in service (operation)", "<be> back up and running":
#: the be-form (its tense kept as "have resumed" / "resumed"), what is told.
_RUNNING_AGAIN = re.compile(r"\b(is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:now\s+|fully\s+|finally\s+)?"
                            r"(?:(?:running|operating|operational)\s+(?:normally\s+)?again|back\s+(?:in\s+(?:service|operation)"
                            r"|up\s+and\s+running|running|operating))\b(?!\s+(?:for|as|in\s+(?:the\s+|this\s+|next\s+)?"
                            r"(?:\d{4}|elections?|race|primary|primaries|polls?)\b))", re.I)
_RESUMED = {"is": "has resumed", "are": "have resumed"}


def rewrite_acts_retold(text: str, hits: list[str]) -> str:
    """`text` with a confinement at home written as house arrest, a passive "moved off" as evacuated
    from, money given as provided, and a count of suspects held as one of people; what was rewritten is appended to `hits`."""
    low = text.lower()
    note = noter(hits)
    if "confined" in low and not _NOT_ARREST.search(text):
        text = _CONFINED.sub(lambda m: note(m, f"placed {m.group(1) + ' ' if m.group(1) else ''}under house arrest"), text)
    if "house arrest" in low and ("released" in low or "freed" in low):
        text = _RELEASED_FROM.sub(lambda m: note(m, m.group(1)), text)
    if " off " in low:
        text = _MOVED_OFF.sub(lambda m: note(m, f"{m.group(1)}evacuated from "), text)
    if "giv" in low or "gave" in low:
        text = _GIVE.sub(lambda m: note(m, _PROVIDE[m.group(1).lower()] + " "), text)
    if "provid" in low and "with" in low:
        text = _PROVIDE_WITH.sub(lambda m: note(m, m.group(1)), text)
    if "suspects" in low and _HELD.search(text) and not _NOT_HELD.search(text):
        text = _SUSPECTS.sub(lambda m: note(m, f"{m.group(1)}people"), text)
    if " again" in low or "back " in low:
        text = _RUNNING_AGAIN.sub(lambda m: note(m, _RESUMED.get(m.group(1).lower(), "resumed")), text)
    return rewrite_news_idioms(text, hits)  # suspicion, people caught, shot at, a vessel capsized (helper dup149b)
