"""Idioms of crime, sea and stage news written as their plainer act before the verb and noun tables
read the words (`acts_retold.rewrite_acts_retold` calls this; helper dup149b, sets 149-152). Each
idiom shares no word with its plain telling that the tables could pair, so one fact told both ways
read as another act, or as none ("on suspicion of" / "suspected of" and a weekday's evening / night
are read per pair: `match.told_two_ways`):

- people (suspects, attackers, fugitives, poachers, he, they ...) who "were caught" were arrested
  ("the four alleged attackers had been caught" / "four suspected gunmen were detained"); only the
  passive after a person, and not "caught up in", "caught on camera", "caught in the crossfire",
  "caught in a storm" (no arrest); fish caught stay caught;
- an active "shot at" someone or something is "fired at" it, as "opened fire at" is already
  (`paraphrases`): "attackers shot at concertgoers" / "gunmen opened fire at the venue". Not the
  passive ("was shot at his home" tells a wound and where), not "shot at least three", "shot at
  close range", nor the noun ("a shot at the title");
- a vessel (boat, ship, ferry, trawler, dinghy ...) that overturned, flipped or keeled over
  capsized, and one that went down or went under sank ("the trawler overturned and went down" /
  "the fishing boat capsized and sank"): without the vessel "went down" stays the verb table's
  fall (a price, a rate) and "overturned" a court's act; "went down the river" stays a trip;
- a ship that "set sail from" a port departed from it ("set sail from Tobruk" / "departed from the
  Libyan port of Tobruk");
- a rock (pop, punk, folk ...) "group" is a band ("the Soviet-era rock group" / "the rock band");
- one who "said sorry" apologised ("Police chief Yoon Hee-keun said sorry" / "... apologised"; helper
  dup154, sets 153-156), so "refused to apologise" is its denial; "said he was sorry" stays.
- a forecast told "is likely to" is the one told "is expected to" ("are likely to face stricter
  scrutiny" / "is expected to lead to tougher checks"; helper dup161b, sets 161-164): right after a
  form of "be" only, so "unlikely", "more likely to", "most likely to" (a comparison) stay.
"""

from __future__ import annotations

import re

from workbench.core.language.rewrite_notes import noted_match, noter
from workbench.core.language.verdicts_told import rewrite_verdicts_told

#: Whom "were caught" tells arrested: a person (as a suspect, a fugitive, a doer of a crime) or a pronoun.
_PERSON = (r"(?:suspects?|attackers?|assailants?|gunm[ae]n|fugitives?|inmates?|prisoners?|escapees?|convicts?"
           r"|smugglers?|traffickers?|poachers?|thieves|thief|robbers?|burglars?|killers?|murderers?|perpetrators?"
           r"|militants?|hijackers?|kidnappers?|abductors?|pirates?|bombers?|shooters?|spies|spy|agents?|m[ae]n"
           r"|wom[ae]n|he|she|they)")
_NOT_ARRESTED = (r"(?!\s+(?:up\b|on\s+(?:camera|video|film|tape|cctv)\b|off\s+guard\b|unawares\b|napping\b|short\b|out\b"
                 r"|between\b|in\s+(?:the\s+|a\s+|heavy\s+)?(?:crossfire|cross-fire|fighting|violence|clashes|storm|flood"
                 r"|floods|flooding|blast|explosion|fire|blaze|rain|snow|traffic|middle|open|avalanche|landslide|rip)\b))")
_CAUGHT = re.compile(r"\b(" + _PERSON + r"\s+(?:(?:have|has|had)\s+)?(?:been|were|was)\s+)caught\b" + _NOT_ARRESTED, re.I)

#: An active "shot at" with its target after it (not after a form of "be" or "get", nor a noun's determiner: "a shot at the title").
_SHOT_AT = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )(?<!\bget )(?<!\bgot )(?<!\bis )(?<!\bare )"
                      r"(?<!\bbe )(?<!\ba )(?<!\ban )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bits )(?<!\bthe )"
                      r"(?<!\bfirst )(?<!\blast )(?<!\bbest )(?<!\banother )"
                      r"\b(shot|shoots|shoot)\s+at\b(?!\s+(?:least|most|close|point|dawn|random|will)\b)"
                      # what was shot at follows: a headline's passive has none ("UN monitors shot at on way
                      # to the site", "President shot at")
                      r"(?!\s*(?:[,.;:!?]|$)|\s+(?:on|during|in|by|near|while|after|before|as|from|outside|inside)\b)",
                      re.I)
_FIRED = {"shot": "fired", "shoots": "fires", "shoot": "fire"}

#: What sails: a vessel of any size.
_VESSEL = (r"\b(?:boats?|ships?|vessels?|trawlers?|ferr(?:y|ies)|dinghy|dinghies|tankers?|freighters?|yachts?|canoes?"
           r"|barges?|rafts?|dhows?|submarines?|lifeboats?|speedboats?|catamarans?|schooners?|steamers?|cutters?"
           r"|skiffs?|liners?|pirogues?)\b")
_VESSEL_RE = re.compile(_VESSEL, re.I)
_OVERTURNED = re.compile(r"\b(?:overturned|flipped(?:\s+over)?|keeled\s+over|tipped\s+over|turned\s+over"
                         r"|turned\s+turtle)\b(?!\s+(?:the|a|an|its|his|her|their)\b)", re.I)
#: "went down" / "went under": sank, when a place, a time or the clause's end follows (not "went down the river").
_WENT_DOWN = re.compile(r"\b(?:went|goes|gone|going|go)\s+(?:down|under)\b"
                        r"(?=\s*(?:[,.;:)]|$)|\s+(?:off|near|in|at|with|and|after|on|early|late|overnight|shortly|within"
                        r"|minutes|hours|while|south|north|east|west|some|about|around|close|quickly|soon)\b)", re.I)


def _of_a_vessel(pattern: re.Pattern[str], said: str, text: str, hits: list[str]) -> str:
    """`text` with each match of `pattern` that a vessel stands before in its clause (up to 80
    characters back, no full stop or semicolon between) written `said`."""
    def repl(m: re.Match[str]) -> str:
        before = text[max(0, m.start() - 80):m.start()]
        before = re.split(r"[.;]", before)[-1]
        return noted_match(hits, m, said, said) if _VESSEL_RE.search(before) else m.group(0)

    return pattern.sub(repl, text)


_SET_SAIL = re.compile(r"\b(set|sets|setting)\s+sail\s+(?:from|out\s+of)\b", re.I)
_DEPARTED = {"set": "departed from", "sets": "departs from", "setting": "departing from"}

_GENRE_GROUP = re.compile(r"\b((?:rock|pop|punk|metal|folk|jazz|rap|hip-hop|indie|reggae|grunge|blues|k-pop|boy|girl)"
                          r"(?:-(?:and|n)-roll)?)\s+group\b", re.I)

_SAID_SORRY = re.compile(r"\b(said|says|say|saying)\s+sorry\b", re.I)
#: "is / are / was / were (also, now, still) likely to": a forecast, as "expected to" tells it.
_LIKELY_TO = re.compile(r"\b((?:is|are|was|were|be|been)\s+(?:(?:also|now|still|thus|therefore)\s+)?)"
                        r"likely\s+to\b", re.I)
_APOLOGISED = {"said": "apologised", "says": "apologises", "say": "apologise", "saying": "apologising"}


def rewrite_news_idioms(text: str, hits: list[str]) -> str:
    """`text` with the idioms above written as their plain act; what was rewritten is appended to `hits`."""
    low = text.lower()
    note = noter(hits)
    if "caught" in low:
        text = _CAUGHT.sub(lambda m: note(m, f"{m.group(1)}arrested"), text)
    if "shot at" in low or "shoot at" in low or "shoots at" in low:
        text = _SHOT_AT.sub(lambda m: note(m, f"{_FIRED[m.group(1).lower()]} at"), text)
    if ("over" in low or "flipped" in low) and _VESSEL_RE.search(text):
        text = _of_a_vessel(_OVERTURNED, "capsized", text, hits)
    if (" down" in low or " under" in low) and _VESSEL_RE.search(text):
        text = _of_a_vessel(_WENT_DOWN, "sank", text, hits)
    if " sail " in low:
        text = _SET_SAIL.sub(lambda m: note(m, _DEPARTED[m.group(1).lower()]), text)
    if " group" in low:
        text = _GENRE_GROUP.sub(lambda m: note(m, f"{m.group(1)} band"), text)
    if "sorry" in low:
        text = _SAID_SORRY.sub(lambda m: note(m, _APOLOGISED[m.group(1).lower()]), text)
    if "likely to" in low:
        text = _LIKELY_TO.sub(lambda m: note(m, f"{m.group(1)}expected to"), text)
    return rewrite_verdicts_told(text, hits)  # called X illegal, sue for damages, an age (helper dup161a)
