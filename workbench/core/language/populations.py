"""A place's population, told in the ways news tells it, written one way (helper figs129, sets
129-132): "X is home to about 56,000 people" and "X has some 860,000 inhabitants" are what "X has a
population of about 56,000" says. Without it the two shared no word of their predicates, so
`match.knowledge.state_and_event` read "is home to ..." / "has a population of ..." as two things
said of one subject and kept the clash of their figures from being one.

Only people told as such ("people", "inhabitants", "residents", or the figure alone) are a
population: a place "home to 40,000 refugees", "to 300 tigers", "to a US air base" is home to a part
or a thing, and stays as written. Called by `told_states.rewrite_told_states`. People living near a
place are its residents (`rewrite_people_living`, called by `paraphrases`).
"""

from __future__ import annotations

import re

from workbench.core.language.rewrite_notes import noter

#: A count as a population is told: a hedge, then digits or number words, with a scale.
_COUNT = (r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|fewer\s+than|less\s+than|under|just\s+over"
          r"|just\s+under|an\s+estimated|approximately|close\s+to|at\s+least)\s+)?"
          r"(?:\d+(?:[,.]\d+)*(?:\s*(?:million|billion|thousand|m|bn|k)\b)?|(?:one|two|three|four|five|six|seven|eight|nine|ten"
          r"|a|half\s+a|a\s+half|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|thousands|millions)"
          r"(?:[\s-](?:hundred|thousand|million|billion))*)")
#: The people a population counts.
_PEOPLE = r"(?:people|inhabitants|residents|souls)"
#: "is / was / are home to (about) N (people)", the figure's end at a clause's end or after the noun.
_HOME_TO = re.compile(r"\b(is|are|was|were)\s+(?:now\s+|still\s+)?home\s+to\s+(" + _COUNT + r")(?:\s+" + _PEOPLE
                      + r"\b|(?=\s*(?:[,.;](?!\d)|$)))", re.I)
#: "has / had (about) N inhabitants / residents" ("people" had by a place is a count of another kind).
_HAS_INHABITANTS = re.compile(r"\b(has|have|had)\s+(" + _COUNT + r")\s+(?:inhabitants|residents)\b", re.I)
#: A verb of being as its verb of having, tense kept.
_HAVE = {"is": "has", "are": "have", "was": "had", "were": "had", "has": "has", "have": "have", "had": "had"}


def rewrite_populations(text: str, hits: list[str]) -> str:
    """`text` with a population told as "<has> a population of N"; what fired appended to `hits`."""
    low = text.lower()
    note = noter(hits)
    if "home to" in low:
        text = _HOME_TO.sub(lambda m: note(m, f"{_HAVE[m.group(1).lower()]} a population of {m.group(2)}"), text)
    if "inhabitants" in low or "residents" in low:
        text = _HAS_INHABITANTS.sub(lambda m: note(m, f"{_HAVE[m.group(1).lower()]} a population of {m.group(2)}"), text)
    return text


#: "people living near the river", "persons living in Gaza": the residents there (helper dup133: "16,000
#: people living in the red zone" / "residents of the red zone"). Only before "the" or a name: people
#: "living in poverty", "living with HIV" are told by their lives, not their homes. Not families (a
#: count of families is no count of residents).
_PEOPLE_LIVING = re.compile(r"\b(people|persons)\s+(?:who\s+(?:live|lived)|living)\s+"
                            r"(in|near|around|along|below|beside|on)\s+(?=the\s|[A-Z])")


#: "(the) people living nearby", "those who live nearby", "residents living nearby": the local
#: residents (helper dup145a: "the health of local residents" / "of the people living nearby").
_LIVING_NEARBY = re.compile(r"\b(?:the\s+)?(?:people|persons|those|residents)\s+(?:who\s+(?:live|lived)|living)\s+"
                            r"(?:nearby|close\s+by|in\s+the\s+area|in\s+the\s+vicinity)\b")


def rewrite_people_living(text: str, hits: list[str]) -> str:
    """`text` with people told by where they live written as its residents; what fired appended to `hits`."""
    if "liv" not in text:
        return text
    note = noter(hits)
    text = _LIVING_NEARBY.sub(lambda m: note(m, "local residents"), text)
    return _PEOPLE_LIVING.sub(lambda m: note(m, f"residents {m.group(2)} "), text)
