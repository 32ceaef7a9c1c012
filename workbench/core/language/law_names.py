"""A body of law told in other words: "Islamic law" is sharia, a criminal code a penal code.

"Brunei introduced its sharia penal code" / "the sultanate began phasing in the Islamic criminal
code" name one code: English writes sharia as "Islamic law" (and its code, courts, punishments as
Islamic or sharia ones), and a state's code of crimes and punishments as its "penal code" or its
"criminal code". Each is written one way so that the two claims share the code's words. Other
codes stay other codes ("the civil code", "the tax code", "the labour code": `codes_apart`), and "Islamic" before
anything but a law ("the Islamic State", "an Islamic charity") stays as written. A capitalised
"Criminal Code" is a code's own name and stays. (helper dup139, sets 137-140)
"""

from __future__ import annotations

import re
from collections.abc import Callable

from workbench.core.text_caches import text_cache

#: "Islamic" before a word of law (with "penal" or "criminal" between): sharia.
_ISLAMIC_LAW = re.compile(r"\b(Islamic|islamic)(?=\s+(?:(?:penal|criminal)\s+)?(?:law|laws|code|codes|courts?|punishments?)\b)")
#: A criminal code, written as the penal code (lower case: a capitalised one is a name).
_CRIMINAL_CODE = re.compile(r"\bcriminal\s+code(s?)\b")


def law_names(text: str, note: Callable[[re.Match[str], str], str]) -> str:
    """`text` with "Islamic <law>" written "sharia <law>" and a criminal code as the penal code."""
    if "slamic" not in text and "criminal" not in text:
        return text
    text = _ISLAMIC_LAW.sub(lambda m: note(m, "sharia"), text)
    return _CRIMINAL_CODE.sub(lambda m: note(m, f"penal code{m.group(1)}"), text)


#: Kinds of code a state writes its law in, named by the word before "code" (a criminal code is
#: the penal code): two claims naming codes of two kinds tell of two codes.
CODE_KINDS = frozenset(["penal", "criminal", "civil", "tax", "labour", "labor", "family", "electoral", "commercial",
                        "mining", "building", "customs", "investment", "traffic", "highway", "media", "land"])
_CODE = re.compile(r"\b([a-z]+)\s+codes?\b")


@text_cache()
def _code_kinds(text: str) -> frozenset[str]:
    """The kinds of code a claim names ("the new tax code": tax), a criminal code read as the penal code."""
    if "code" not in text:
        return frozenset()
    found = {m.group(1) for m in _CODE.finditer(text.lower())} & CODE_KINDS
    return frozenset("penal" if k == "criminal" else k for k in found)


def codes_apart(a: str, b: str) -> str | None:
    """'another code: penal / civil' when each claim names one kind of code and the two differ
    ("amended the criminal code" / "amended the civil code"): two laws, two facts."""
    ka, kb = _code_kinds(a), _code_kinds(b)
    if len(ka) != 1 or len(kb) != 1 or ka == kb:
        return None
    return f"another code: {next(iter(ka))} / {next(iter(kb))}"
