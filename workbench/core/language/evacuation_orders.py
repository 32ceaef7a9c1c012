"""An evacuation ordered, told as people ordered to leave their homes (helper dup133, sets 133-136):
"the governor ordered the evacuation of 40,000 people" and "40,000 residents were ordered to leave
their homes" say one thing, and share "ordered" alone: the verb table reads "evacuation of" as
"evacuate" (`stems`), nothing reads "leave their homes" as it.

Written with "evacuate": "were ordered / told / instructed to leave their homes" -> "were ordered to
evacuate", "ordered 5,000 residents to leave their homes" -> "ordered the evacuation of 5,000
residents". Only an order ("ordered", "told", "instructed", "directed"): people urged, advised or
asked to leave were given advice, and people forced or driven from their homes were displaced
(`paraphrases._FORCED_FROM_HOMES`, read before this), both other facts. Only "homes": ordered to
leave a country is an expulsion, ordered to leave a building or a post another act.
"""

from __future__ import annotations

import re

from workbench.core.language.rewrite_notes import noter

#: An order's verbs (advice is none).
_ORDER = r"(ordered|orders|order|ordering|told|tells|tell|telling|instructed|instructs|instruct|directed|directs|direct)"
_HOMES = r"to\s+(?:leave|evacuate|abandon)\s+(?:their|his|her)\s+homes?\b"
#: "were ordered to leave their homes": the order told of the people themselves.
_ORDERED_TO_LEAVE = re.compile(r"\b" + _ORDER + r"\s+" + _HOMES, re.I)
#: "ordered 5,000 residents to leave their homes": the people named between (up to six words).
_ORDERED_THEM = re.compile(r"\b" + _ORDER + r"\s+((?:(?!to\b)[\w,'-]+\s+){1,6}?)" + _HOMES, re.I)


def _ordered(verb: str) -> str:
    """"order" in the tense of `verb` ("tells" -> "orders", "told" -> "ordered")."""
    v = verb.lower()
    if v.endswith("ing"):
        return "ordering"
    if v.endswith("s"):
        return "orders"
    return "order" if v in ("order", "tell", "instruct", "direct") else "ordered"


def rewrite_evacuation_orders(text: str, hits: list[str]) -> str:
    """`text` with each order to leave homes written as an evacuation ordered; rewrites appended to `hits`."""
    low = text.lower()
    if "home" not in low or "leave" not in low and "evacuate" not in low and "abandon" not in low:
        return text
    note = noter(hits)
    text = _ORDERED_TO_LEAVE.sub(lambda m: note(m, f"{_ordered(m.group(1))} to evacuate"), text)
    return _ORDERED_THEM.sub(lambda m: note(m, f"{_ordered(m.group(1))} the evacuation of {m.group(2).strip()}"), text)
