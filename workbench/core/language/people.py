"""Words that tell a person's gender or role, for resolving "he", "she" and "the official".

Gender is never guessed from a first name: only a title ("Mrs Jones"), a gendered role noun ("the
actress", "her husband Tom") or a pronoun already tied to the person tells it.
"""

from __future__ import annotations

import re

from workbench.core.language.verbs import words as _words

#: titles and ranks written before a name ("Lieutenant General Qassem Atta", "Professor Varoufakis"):
#: never the first word of the name itself
TITLES = _words("Senior Junior General Lieutenant Colonel Major Sergeant Captain Admiral Commander Inspector Detective "
                "Professor Dr Sir Lord Lady Dame Judge Justice Bishop Archbishop Rabbi Imam Father Sister Brother "
                "Prince Princess King Queen President Vice Deputy Chief Senator Governor Mayor Minister Secretary "
                "Ambassador")
#: titles before a name that tell the person's gender
GENDER_TITLES = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f", "Sir": "m", "Lady": "f", "Dame": "f", "Lord": "m",
                 "Mister": "m", "Madam": "f"}
#: role nouns that tell the gender of the person they describe
FEMALE_ROLES = _words("actress spokeswoman chairwoman businesswoman congresswoman policewoman sportswoman wife widow "
                      "mother mum mom grandmother granddaughter girlfriend fiancee daughter sister niece aunt queen "
                      "princess duchess schoolgirl girl woman lady heiress waitress hostess stepmother")
MALE_ROLES = _words("actor spokesman chairman businessman congressman policeman sportsman husband widower father "
                    "dad grandfather grandson boyfriend fiance son brother nephew uncle king prince duke schoolboy "
                    "boy man gentleman waiter stepfather")
#: nouns that name one person by a role ("the opposition leader, 64, was detained"): with the titles
#: and the gendered role nouns, the heads an age may stand in apposition to (`figures.numbers`)
PERSON_NOUNS = (frozenset(t.lower() for t in TITLES) | FEMALE_ROLES | MALE_ROLES
                | _words("leader official activist journalist suspect victim driver candidate lawmaker legislator "
                         "premier chairman chairwoman founder chief head ceo owner farmer teacher student doctor "
                         "nurse pilot soldier officer general colonel commander dissident blogger opponent critic "
                         "defendant prisoner detainee hostage survivor witness resident pensioner veteran"))
#: subject pronouns and the possessive determiners that go with them -> gender ("m", "f") or number ("pl", "n")
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f",
                  "they": "pl", "them": "pl", "their": "pl", "it": "n", "its": "n"}
#: "the official" may stand for the spokesman or minister named before: a description's head noun -> the
#: role words of an earlier phrase it may refer to (a head noun not listed stands for itself only)
ROLE_KIN = {
    "doctor": ("dr.", "dr", "doctor", "physician", "surgeon"),
    "official": ("official", "officer", "spokesman", "spokeswoman", "spokesperson", "minister", "chief",
                 "director", "head", "secretary", "commissioner", "administrator"),
    "spokesman": ("spokesman", "spokesperson"),
    "spokeswoman": ("spokeswoman", "spokesperson"),
    "spokesperson": ("spokesman", "spokeswoman", "spokesperson"),
    "company": ("company", "firm", "corporation", "corp", "inc", "ltd", "group"),
    "firm": ("company", "firm", "corporation", "corp", "inc", "ltd", "group"),
    "statement": ("statement", "release"),
    "release": ("statement", "release"),
    "player": ("player", "striker", "defender", "midfielder", "goalkeeper", "forward", "winger", "captain",
               "star", "international", "playmaker", "keeper"),
    "star": ("star", "player", "striker", "defender", "midfielder", "goalkeeper", "forward", "winger",
             "international", "actor", "actress", "singer"),
}


def role_kin(head: str) -> tuple[str, ...]:
    """The role words an earlier phrase may carry for a description with this head noun to stand for it."""
    return ROLE_KIN.get(head, (head,))


def role_gender(role: str) -> str | None:
    """'spokeswoman' -> 'f', 'husband' -> 'm', 'official' -> None."""
    low = role.lower()
    return "f" if low in FEMALE_ROLES else "m" if low in MALE_ROLES else None


#: The words after a company's name that tell its trade or form ("Maiden Pharmaceuticals" / "Maiden's
#: factory", "the Tata Group" / "Tata"): news drops them once the company is named, so the name is
#: read without them (helper dupb105). Not a trade that names another body of the same name
#: ("Kenya Airways" is no "Kenya"), nor "Company" or "Corporation", which a body's initials spell
#: ("the East India Company", "Copperbelt Energy Corporation" / "CEC").
_TRADES = r"(?:Pharmaceuticals?|Pharma|Group|Holdings|Industries|Inc|Ltd|Limited|Laboratories|Labs|PLC|Plc)"
#: (also written in brackets, "Cheung Kong (Holdings) Ltd.": dropped one way, it is dropped the other)
_FIRM_WORDS = re.compile(r"(?<=[a-z])\s+(?:" + _TRADES + r"\b|\(" + _TRADES + r"\))"
                         r"(?:\s+(?:Industries|Ltd|Limited|Inc|PLC|Plc)\b){0,2}(?:\.(?=\s+[a-z]|,))?")
_FIRM_NAME = re.compile(r"\b[A-Z][a-z][\w'-]*" + _FIRM_WORDS.pattern)


def without_firm_words(text: str, hits: list[str]) -> str:
    """`text` with the trade or form words after a company's name dropped (`_FIRM_WORDS`); what was
    dropped is appended to `hits`."""
    def drop(m: re.Match[str]) -> str:
        name = _FIRM_WORDS.sub("", m.group(0))
        hits.append(f"{m.group(0).strip()} = {name}")
        return name

    return _FIRM_NAME.sub(drop, text)

