"""Acts news tells as a noun (helper dup129, sets 129-132). An exit announced with its noun ("announced
its withdrawal from the forum", "announced the country's withdrawal from the bloc", "announced his
resignation as minister") is the exit the sayer announced: written "announced that it withdrew from",
so the act read is the exit ("has withdrawn from the forum, the president said") and not a second act
"announce". A withdrawal "of" a thing ("announced the withdrawal of troops") names no leaver and stays;
so does a "planned" or "proposed" one, and an exit threatened, denied or called for (no "announce").
An exit announced with its leaver after "of" ("announced the resignation of his government", "confirmed
the departure of its chief executive", "announced the retirement of Justice X"; helper dup154, sets
153-156) is the leaver's exit and the announcer its sayer: written "said his government resigned", as
another outlet tells it ("the cabinet stepped down"), since "announce" kept beside the exit was read as
a second act and held one retelling of a resignation below a duplicate (0.44, where "said" gives 0.68).

Diplomatic recognition "switched" from one state to another ("switched recognition from Taipei to
Beijing") is ties with the first cut and the second recognised, the words other outlets use ("cut
ties with Taiwan and recognised China"). Applied by `told_otherwise.rewrite_told_otherwise`, with its
notes ("<phrase> = <written>").
"""

from __future__ import annotations

import re

from workbench.core.language.rewrite_notes import noter
from workbench.core.language.stems import in_tense_of

#: The noun of an exit and the verb it is told with.
_EXIT_VERBS = {"withdrawal": "withdrew", "exit": "left", "departure": "left", "resignation": "resigned",
               "retirement": "retired"}
#: A possessive pronoun of the leaver and the subject it is written as.
_OWNERS = {"its": "it", "his": "he", "her": "she", "their": "they"}

#: "announced its / the country's / Russia's (formal) withdrawal from | as": the leaver is named by
#: the possessive; "the withdrawal" (no leaver) and "withdrawal of" (a thing withdrawn) stay.
_ANNOUNCED_EXIT = re.compile(
    r"\b((?i:announced|announces|announce|announcing|confirmed|confirms|confirm|confirming))\s+"
    r"(its|his|her|their|the\s+[\w-]+['’]s|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}['’]s)\s+"
    r"(?:(?:formal|official|immediate)\s+)?(" + "|".join(_EXIT_VERBS) + r")\s+(from|as)\b")
#: The nouns of an exit whose leaver follows "of" (no "withdrawal": "the withdrawal of troops" names a
#: thing withdrawn), with the verb each is told with.
_EXIT_OF_VERBS = {k: v for k, v in _EXIT_VERBS.items() if k in ("resignation", "retirement", "departure")}
#: "announced / confirmed the (formal) resignation of <leaver>": the leaver a possessive's or an
#: article's noun phrase of up to five words, or a capitalised name ("Prime Minister Hassan Diab"),
#: read up to where the clause goes on (a preposition, a time, punctuation, the end); else no match.
_ANNOUNCED_EXIT_OF = re.compile(
    r"\b((?i:announced|announces|announce|announcing|confirmed|confirms|confirm|confirming))\s+the\s+"
    r"(?:(?:formal|official|immediate|collective|mass)\s+)?(" + "|".join(_EXIT_OF_VERBS) + r")\s+of\s+"
    r"((?:his|her|its|their|the)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
    r"(?=\s*(?:[,.;:]|$)|\s+(?:on|as|from|in|at|after|amid|following|last|this|earlier|over|before|with|for|due"
    r"|because|citing|to)\b)(\s+from\b)?")

#: A state's name as news writes it in a switch of recognition ("Taipei", "the People's Republic of China").
_STATE = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,4}"
#: Recognition, ties or allegiance "switched" from one state to another.
_SWITCHED = re.compile(
    r"\b((?i:switched|switches|switch|switching|shifted|shifts|shift|shifting))\s+(?:its\s+|their\s+)?(diplomatic\s+)?"
    r"(?:recognition|ties|relations|allegiance)\s+from\s+(" + _STATE + r")\s+to\s+(" + _STATE + r")")


def _announced_exit(m: re.Match[str]) -> str:
    """The exit `_ANNOUNCED_EXIT` matched, told as announced done: "announced that it withdrew from"."""
    owner = m.group(2)
    leaver = _OWNERS.get(owner.lower()) or re.sub(r"['’]s$", "", owner)
    verb = _EXIT_VERBS[m.group(3)]
    return f"{m.group(1)} that {leaver} {verb}" + ("" if verb == "left" and m.group(4) == "from" else f" {m.group(4)}")


def _exit_of_told(m: re.Match[str]) -> str:
    """The exit `_ANNOUNCED_EXIT_OF` matched, told by its sayer: "said <leaver> resigned" (the sayer's
    tense kept; a departure "from" a place is leaving it: "said X left the club")."""
    verb = m.group(1)
    said = "say" if verb.lower() in ("announce", "confirm") else in_tense_of(verb, "said", "says", "saying")
    exit_verb = _EXIT_OF_VERBS[m.group(2).lower()]
    return f"{said} {m.group(3)} {exit_verb}" + (m.group(4) or "" if exit_verb != "left" else "")


def _cut_and_recognised(m: re.Match[str]) -> str:
    """The switch `_SWITCHED` matched, told as ties cut with the one and the other recognised (tense kept).
    The cut is written "disconnect", as the verb table writes "cut", "cut off" and "severed" ties (it has
    rewritten the claim already), so "would keep its ties with X" reads as its opposite (`opposites`)."""
    verb = m.group(1)
    recognised = "recognise" if not verb.lower().endswith(("s", "ing", "ed")) else in_tense_of(
        verb, "recognised", "recognises", "recognising")
    return f"disconnect {m.group(2) or ''}ties with {m.group(3)} and {recognised} {m.group(4)}"


def rewrite_announced_acts(text: str, hits: list[str]) -> str:
    """`text` with an announced exit and a switched recognition written as the acts; noted in `hits`."""
    low = text.lower()
    note = noter(hits)
    if "announc" in low or "confirm" in low:
        text = _ANNOUNCED_EXIT.sub(lambda m: note(m, _announced_exit(m)), text)
        if " of " in low:
            text = _ANNOUNCED_EXIT_OF.sub(lambda m: note(m, _exit_of_told(m)), text)
    if " from " in low and ("switch" in low or "shift" in low):
        text = _SWITCHED.sub(lambda m: note(m, _cut_and_recognised(m)), text)
    return text
