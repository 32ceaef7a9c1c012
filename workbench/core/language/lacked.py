"""A thing lacked is a thing not had: "the suspension lacked a proper legal basis" is "the suspension
had no proper legal basis", the denial of "the suspension had a proper legal basis" (sets 161-164,
helper conf161). "lack" is read as an implicit negation (`match.normalize.implicit_negation`), which
only keeps two negative claims from reading as each other's denial; nothing read the claim that
lacks a thing against the claim that has it, and the two share every other word, so they were a
duplicate. Written "had no", the negation steps read the denial as they read "had no basis" itself.

Only the verb before its object: "lacked", "lacks" or "lacking" before a determiner, "any" or a
word (the determiner dropped: "had no proper basis"); not the noun ("a lack of evidence", "lack
of"), not "lacking in" (a degree: "lacking in detail"), not "found lacking" (no object), and not
after a negation ("never lacked", "did not lack": told as they are, no double negation).
"""

from __future__ import annotations

import re

from workbench.core.language.rewrite_notes import noter

#: The verb of lacking and its object's determiner, if any; the object must open with a word other
#: than a preposition or a conjunction.
_LACKED = re.compile(r"\b(?<!not\s)(?<!never\s)(?<!n't\s)(lacked|lacks|lacking)\s+(?:(?:a|an|the|any)\s+)?"
                     r"(?=(?!(?:in|of|for|and|or|but|to|as|at|on|by|with|the|a|an)\b)[a-z])", re.I)
_HAD = {"lacked": "had no ", "lacks": "has no ", "lacking": "having no "}


def rewrite_lacked(text: str, hits: list[str]) -> str:
    """`text` with a thing lacked written as a thing not had ("lacked a legal basis": "had no legal
    basis"); what was rewritten is appended to `hits`."""
    if "lack" not in text.lower():
        return text
    note = noter(hits)
    return _LACKED.sub(lambda m: note(m, _HAD[m.group(1).lower()]), text)
