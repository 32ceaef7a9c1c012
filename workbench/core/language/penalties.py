"""Penalties and what they are for: the words news uses for a punishment a law sets, and the
kin of offence words one offence is told in ("theft" / "stealing").

A law's claims tell a penalty for an offence ("theft is punishable by amputation", "stoning to
death for adultery", "the death penalty for drug trafficking"); the offence is what the fact is
about, as much as the penalty (`match/penalty_offences`).
"""

from __future__ import annotations

#: Nouns of a punishment a law or court sets: bodily, capital, custodial, money and the general
#: words ("the penalty for", "punishment for"). "for" after one tells the offence.
PENALTY_NOUNS = frozenset([
    "amputation", "amputations", "stoning", "flogging", "floggings", "caning", "whipping", "lashing", "lashes",
    "strokes", "beheading", "hanging", "execution", "executions", "death", "imprisonment", "prison", "jail",
    "fine", "fines", "penalty", "penalties", "punishment", "punishments", "sentence", "sentences",
])

#: Verbs and adjectives whose subject is the offence: "X is punishable by", "X can be punished with".
PUNISHED_WORDS = ("punishable", "punished")

#: Offence words of one offence told two ways (stems as `normalize` writes them): one offence.
OFFENCE_KIN = (
    frozenset(["theft", "steal", "thief", "thiev"]),
    frozenset(["homosexual", "homosexuality", "gay", "sodomy"]),
    frozenset(["adultery", "extramarital"]),
    frozenset(["murder", "kill", "homicid"]),
    frozenset(["drink", "alcohol", "liquor"]),
)
