"""A plan told two ways, written one way before the verb table reads it (`paraphrases.rewrite_paraphrases`
calls this; helper dup135, sets 133-136): news tells what a plan provides for either with the
plan as the subject ("Plans call for the barrier to run 164 km along the frontier", "the
government's plan calls for the bridge to carry 40,000 vehicles") or with the thing planned as
the subject ("The wall is planned to cover 164 km of the border"). The first is written as the
second: "the barrier is planned to run ...", the tense of "call" kept ("called for" -> "was
planned to"). The thing planned is what follows "for" up to its infinitive's "to", a noun phrase
of at most six words with no verb of its own ("plans call for talks to resume": "talks are
planned to resume").

Not read: a call for a thing without an infinitive ("plans call for a 164 km wall": no act to
write), "call for" by a person or a body ("the UN called for the border to reopen": a demand,
`match.wanted`), and an act told as done: a plan and the act carried out stay apart as the
other rules read them.
"""

from __future__ import annotations

import re

from workbench.core.language.rewrite_notes import noter

#: "(the / its / the government's) plan(s) call(s) / called / calls for <thing> to".
_PLAN_CALLS = re.compile(r"\b(?:(?:the|its|their|his|her|[\w'’-]+(?:'s|’s|s'))\s+)?(?:(?:new|current|original|latest|official)\s+)?"
                         r"(?P<plans>plans?)\s+(?P<call>call|calls|called)\s+for\s+"
                         r"(?P<thing>(?:(?!to\b|and\b|or\b|which\b|that\b)[\w'’,.-]+\s+){1,6}?)to\s+(?=[a-z])", re.I)
#: A thing planned that is plural ("talks", "troops", "5,000 homes"): written with "are" / "were".
_PLURAL_END = re.compile(r"(?:[^s]s|people|police|troops|children)\s*$", re.I)


def rewrite_plans(text: str, hits: list[str]) -> str:
    """`text` with each plan told as "<thing> is planned to"; what was rewritten is appended to
    `hits` ("Plans call for the barrier to = the barrier is planned to")."""
    if "call" not in text.lower() or "plan" not in text.lower():
        return text
    note = noter(hits)

    def planned(m: re.Match[str]) -> str:
        thing = m.group("thing").strip()
        plural = bool(_PLURAL_END.search(thing))
        past = m.group("call").lower() == "called"
        be = ("were" if plural else "was") if past else ("are" if plural else "is")
        if m.start() == 0 or text[:m.start()].rstrip().endswith((".", "!", "?")):
            thing = thing[:1].upper() + thing[1:]
        return note(m, f"{thing} {be} planned to ")

    return _PLAN_CALLS.sub(planned, text)
