"""Two shapes news tells a party's act in, written as the act itself before the tables read the words
(`paraphrases.rewrite_paraphrases` calls this; helper dup149a, sets 149-152). Neither shape shares
a word with its plainer telling that the verb or noun tables could pair, and its own words weigh
against the pair in the wording scores:

- the terms of a deal told as what a party will do under it ("Under the deal, Serbia will stop
  issuing the plates" / "Belgrade agreed to cease issuing the plates"): a party that will act under
  an agreement agreed to act, so "Under the <deal>, X will (would, is to) <verb>" is "X agreed to
  <verb>" (and "will not" is "agreed not to"). Only a deal, agreement, accord, pact, settlement,
  truce or ceasefire, not one told proposed, draft, planned or possible ("Under the proposed deal,
  the union would end its strike" tells no agreement), nor a law or plan ("Under the new law,
  employers will pay": a duty, not a party's word), and not a passive ("Under the deal, prisoners
  will be freed": the agreeing party is not its subject);
- one of a group acted on told by the group ("was not among those released", "were among those
  killed"): a person among those released was released, so the act is written on the person
  ("was not released"), and the denial then reads the verb it denies (as written, "not" governed
  "among" and "released" stood alone against "remains in prison", an opposite outcome: a conflict).
  Only before a past participle ("among those who fled" stays as written).
"""

from __future__ import annotations

import re

from workbench.core.language.rewrite_notes import noter

#: "Under the (terms of the) <deal>," with up to two words before the deal's noun ("Under the ceasefire
#: deal,"), none telling a deal not made; then the party, one to five words, and its "will".
_UNDER_DEAL = re.compile(
    r"\b[Uu]nder\s+(?:the\s+)?(?:terms\s+of\s+(?:the\s+)?)?"
    r"(?!(?:[\w-]+\s+){0,2}?(?:proposed|draft|planned|possible|potential|mooted|rejected|suggested|envisaged)\b)"
    r"(?:[\w'’-]+\s+){0,2}?(?:deal|agreement|accord|pact|settlement|truce|ceasefire|cease-fire)\s*,\s*"
    r"((?:the\s+)?(?:[\w'’.-]+\s+){0,4}?)(?:will|would|is\s+to|are\s+to)\s+(not\s+)?(?!be\b|have\s+been\b)(?=[a-z])")
#: A party named after "and" / "while" in the same sentence, acting under the same deal ("..., and
#: Kosovo will halt further steps"): read only once the sentence opened with the deal's terms.
_AND_PARTY = re.compile(r"(,?\s+(?:and|while|whereas)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3})(?:will|would)\s+(not\s+)?"
                        r"(?!be\b|have\s+been\b)(?=[a-z])")
#: "(not) among those <participle>": the group is the act's; "among those who ..." stays.
_AMONG_THOSE = re.compile(r"\bamong\s+those\s+(?=(?:[a-z]+ed|freed|shot|hurt|held|taken|caught|slain|stolen|chosen"
                          r"|given|beaten|seen|sent|kept|left|found)\b(?!\s+(?:to|by\s+the\s+time)\b))")


def rewrite_shapes_retold(text: str, hits: list[str]) -> str:
    """`text` with what a party will do under a deal written as what it agreed to, and one of those
    acted on written as acted on; what was rewritten is appended to `hits`."""
    note = noter(hits)
    if "nder " in text:
        m = _UNDER_DEAL.search(text)
        if m is not None:
            party = m.group(1)
            said = party[:1].upper() + party[1:] + "agreed " + (m.group(2) or "") + "to "
            rest = _AND_PARTY.sub(lambda n: note(n, f"{n.group(1)}agreed {n.group(2) or ''}to "), text[m.end():])
            text = text[:m.start()] + note(m, said) + rest
    if "among those" in text:
        text = _AMONG_THOSE.sub(lambda m: note(m, ""), text)
    return text
