"""Speaker phrases: what may be a speaker ("river authority official Karimi", "a police colonel"),
whether it names anyone, and the clean-up that leaves only the speaker (no adverbs, time phrases,
participles or relative clauses), and the fact a speaker phrase holds ("Orkem, France's third-largest
chemical group, said" -> "Orkem is France's third-largest chemical group"). Split from attribution.py and
discourse.py."""

from __future__ import annotations

import re

from workbench.core.extract.pieces import Piece
from workbench.core.extract.role_facts import ROLE_NOUNS
from workbench.core.language.verbs import SUBJECT_PRONOUNS, is_finite_verb
from workbench.core.language.verbs import words as _words

QUOTES = "\"“”"
_ADVERBS_BEFORE_VERB = frozenset(
    ["also", "had", "has", "have", "later", "previously", "earlier", "then", "further", "separately", "once", "again", "yet", "still", "reportedly", "apparently", "allegedly", "supposedly", "purportedly", "repeatedly", "publicly", "privately"]
)
_HEDGE_ADVERBS = _words("reportedly apparently allegedly supposedly purportedly")
_BAD_SPEAKER_WORDS = frozenset(
    ["that", "which", "if", "because", "when", "where", "whether", "while", "although", "though", "so", "than", "it's"]
)
_INDEFINITE = _words("a an one two three four five several some many other another numerous few")
_ANON_HEADS = re.compile(
    r"\b(?:officials?|officers?|witness(?:es)?|sources?|residents?|diplomats?|insiders?|aides?|"
    r"spokes(?:man|woman|person)|analysts?|experts?|observers?|investigators?|authorities|people|"
    r"colonel|major|commander|soldiers?|police(?:man|men)?|medics?|doctors?|survivors?|locals?|"
    r"activists?|eyewitness(?:es)?|reports?|media|neighbou?rs?|relatives?|members?|staff|employees?|"
    r"workers?|agents?|negotiators?|lawmakers?|legislators?|insurgents?|militants?|rebels?|groups?|"
    r"organi[sz]ations?|agencies|charities|volunteers?|rescuers?|paramedics?|firefighters?)\b",
    re.IGNORECASE,
)
_COMMON_MODIFIERS = _words(
    "security military police government local senior western foreign intelligence hospital medical rescue "
    "opposition rebel diplomatic industry company bank party army navy defence defense health unnamed "
    "anonymous informed independent top high-ranking high-level"
)
_DEMONYM = re.compile(r"^(?:[A-Z][a-z]+(?:i|an|ese|ish|ch|ic)|US|U\.S\.|UN|UK|EU|Western|Arab|Gulf)$")

NAMED_AS = re.compile(r"\b(?:named|called)\s+[A-Z]")
# inline patterns, compiled once (pysbd's many patterns evict re's small cache)
_SOURCES_WORD = re.compile(r"\b(?:sources?|witness)", re.I)
WHO = re.compile(r",?\s+who\s+")


def is_anonymous(speaker: str) -> bool:
    """'an official', 'witnesses', 'Iraqi officers', 'a police colonel' -> True; 'Kerry' -> False."""
    words = speaker.split()
    if not words:
        return False
    if NAMED_AS.search(speaker):
        return False  # "a spokesman named Karimi"
    first = words[0].lower()
    if first in _INDEFINITE:
        return True
    if not _ANON_HEADS.search(speaker):
        return False
    if first in ("the", "his", "her", "their", "its") and not _SOURCES_WORD.search(speaker):
        return False
    # any capitalised word that is not a demonym/organisation adjective makes it named
    for i, w in enumerate(words):
        if i == 0 and (_ANON_HEADS.fullmatch(w) or w.lower() in _COMMON_MODIFIERS):
            continue  # a capital only because it starts the sentence
        if w[:1].isupper() and not _DEMONYM.match(w.strip(",.")) and w.lower() not in ("police",):
            return False
    return True


def clean_speaker(raw: str) -> tuple[str, bool]:
    """Strip adverbs between subject and verb; return (speaker, hedged)."""
    words = raw.strip().rstrip(",").split()
    hedged = False
    while words and words[-1].lower() in _ADVERBS_BEFORE_VERB:
        hedged = hedged or words[-1].lower() in _HEDGE_ADVERBS
        words.pop()
    return " ".join(words).strip(" ,"), hedged


def looks_like_np(text: str, *, allow_commas: int = 1, beside_verb: bool = False) -> bool:
    """A speaker phrase. `beside_verb`: the phrase sits right next to its reporting verb after a
    comma ("..., said river authority official Karimi", "..., regional spokesman Tomas Ferreira
    said"), where a lower-case role before a name is a speaker too."""
    t = text.strip()
    if not t or len(t) > 200:
        return False
    if any(q in t for q in QUOTES):
        return False
    words = t.split()
    if not 1 <= len(words) <= 18 or t.count(",") > allow_commas:
        return False
    if not (t[0].isupper() or t[0].isdigit() or words[0].lower() in SUBJECT_PRONOUNS
            or words[0].lower() in ("the", "a", "an", "his", "her", "their", "its", "our", "one", "two", "several",
                                    "some", "many", "police", "prosecutors")
            or _ANON_HEADS.fullmatch(words[0]) or _ANON_HEADS.fullmatch(words[-1].strip(",."))
            or (beside_verb and len(words) <= 6 and "," not in t and ROLE_THEN_NAME.match(t))):
        return False
    for k, w in enumerate(words):
        lw = w.lower().strip(",.")
        if lw in _BAD_SPEAKER_WORDS:
            return False
        if lw in ("named", "called") and k + 1 < len(words) and words[k + 1][:1].isupper():
            continue  # "a spokesman named Karimi"
        if w[:1].isupper() and (k > 0 or (k + 1 < len(words) and words[k + 1][:1].isupper())):
            continue  # a name, not a verb in -ed: "Tom Reed", "Alfred Smith"
        if is_finite_verb(lw) and lw not in ("united", "retired", "detained"):
            return False
    return True


#: "river authority official Karimi", "regional spokesman Tomas Ferreira": lower-case role words, a name
ROLE_THEN_NAME = re.compile(r"^(?:[a-z][\w'’-]*\s+){1,4}(?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,2}$")


def split_relative(speaker: str) -> tuple[str, tuple[int, int] | None]:
    """'John McCain, a Republican who has long blasted Obama' -> ('John McCain, a Republican', span of clause)."""
    m = WHO.search(speaker)
    if not m:
        return speaker, None
    return speaker[:m.start()].strip(" ,"), (m.end(), len(speaker))



SPEAKER_LEAD_TIME = re.compile(
    r"^(?:(?:[\w-]+\s+){1,2}(?:hours?|days?|minutes?|weeks?|months?|years?|moments?)\s+"
    r"(?:into|after|before|since|later|earlier)(?:\s+(?:the|a|an|his|her|their|its|that|this)\s+[a-z-]+(?:\s+(?!the\b|a\b|an\b)[a-z-]+(?=\s+\S))?)?"
    r"|(?:Later|Earlier|Meanwhile|Afterwards|Since\s+then|Later\s+that\s+day|On\s+[A-Z][a-z]+day))"
    r",?\s+(?=\S)"
)
SPEAKER_TAIL_TIME = re.compile(
    r"\s+(?:(?:this|last|on|late|early)\s+)?(?:morning|afternoon|evening|night|week|weekend|today|yesterday|tonight|"
    r"[A-Z][a-z]+day)$"
)
SPEAKER_LEAD_PARTICIPLE = re.compile(r"^[A-Z][a-z]+ing\b[^,]{0,100},\s+(?=\S)")
SPEAKER_TAIL_PARTICIPLE = re.compile(r",\s+(?!including\b|according\b)[a-z]+ing\b[^,]*$")


def tidy_speaker(speaker: str) -> str:
    """Only the speaker: no relative clause, participial phrase or time phrase around it."""
    spk, _clause = split_relative(speaker)
    # a participial phrase is no part of the speaker: "Fighting accusations of ..., German Chancellor
    # Angela Merkel" / "The German Chancellor, Angela Merkel, fighting accusations of ..."
    spk = SPEAKER_LEAD_PARTICIPLE.sub("", spk)
    # a time or setting phrase is no part of the speaker: "Twelve hours into the investigation authorities"
    spk = SPEAKER_LEAD_TIME.sub("", spk) or spk
    spk = SPEAKER_TAIL_TIME.sub("", spk) or spk  # "Hastings this morning"
    spk = SPEAKER_TAIL_PARTICIPLE.sub("", spk) or spk
    return spk


_ROLE_DESCRIPTION = re.compile(r"^(?:the|a|an|his|her|its|their)\s+(?:[a-z][\w'’-]*\s+){0,4}(?P<head>[a-z][\w-]*)$")


def role_before_name(segment: str, speaker: str) -> bool:
    """'..., the provincial spokesman, Karimi, said': a role description set off before the name
    that speaks (its head a role noun, so '..., the main market, Karimi said' keeps the market)."""
    m = _ROLE_DESCRIPTION.match(segment.strip())
    return bool(m and speaker[:1].isupper() and speaker.split()[0].lower() not in ("the", "a", "an")
                and (m.group("head") in ROLE_NOUNS or _ANON_HEADS.fullmatch(m.group("head"))))


_ROLE = re.compile(r"^(?P<name>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,4}),\s+(?P<role>[^,]{3,90})$")


ROLE_FIRST = re.compile(
    r"^(?P<role>(?:[A-Z][\w'’-]*'s|[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+[a-z][^,]{2,60}),\s+"
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})$"
)


def speaker_role(sentence: str, speaker: str | None) -> Piece | None:
    """'Orkem, France's third-largest chemical group' said ... -> the article asserts
    'Orkem is France's third-largest chemical group'."""
    if not speaker or ", " not in speaker:
        return None
    at = sentence.find(speaker)
    if at < 0:
        return None
    rev = ROLE_FIRST.match(speaker)
    if rev is not None:  # "Milat's brother, Boris" -> "Boris is Milat's brother"
        role = rev.group("role")
        return Piece(at, at + len(speaker), f"{rev.group('name')} is {role[0].lower() if role.split()[0] in ('A', 'An', 'The') else role[0]}{role[1:]}.")
    m = _ROLE.match(speaker)
    if m is None or m.group("role").split()[0].lower() in ("who", "which", "that", "and"):
        return None
    role = m.group("role")
    return Piece(at, at + len(speaker), f"{m.group('name')} is {role[0].lower() if role.split()[0] in ('A', 'An', 'The') else role[0]}{role[1:]}.")


#: news outlets: who relays what a speaker told them ("officials told Reuters")
_OUTLET_NAMES = [
    "AFP", "Agence France-Presse", "Reuters", "AP", "the Associated Press", "Associated Press", "BBC", "BBC News",
    "CNN", "Sky News", "Al Jazeera", "Xinhua", "PTI", "ANI", "IANS", "Anadolu", "Anadolu Agency", "Interfax",
    "TASS", "RIA Novosti", "Bloomberg", "The New York Times", "the New York Times", "The Washington Post",
    "the Washington Post", "The Wall Street Journal", "the Wall Street Journal", "The Guardian", "the Guardian",
    "The Times", "the Times", "The Telegraph", "the Telegraph", "Daily Mail", "Daily Mail Australia", "Le Monde",
    "Der Spiegel", "NPR", "ABC", "ABC News", "NBC", "NBC News", "CBS", "CBS News", "Fox News", "state media",
    "state television", "state TV", "state radio", "the state news agency", "local media", "local television",
]
#: longest first, so that "Daily Mail Australia" wins over "Daily Mail"
_OUTLETS = "|".join(re.escape(o) for o in sorted(_OUTLET_NAMES, key=len, reverse=True))
OUTLET_START = re.compile(rf"\s+(?:the\s+)?(?:{_OUTLETS})\b[,:]?\s+")  # ("told the BBC the worst ...")
TOLD_OUTLET = re.compile(
    rf"\b(?:told|tells|said in an interview with|speaking to|in an interview with|quoted by)\s+(?:the\s+)?"
    rf"(?P<outlet>{_OUTLETS})\b"
)
