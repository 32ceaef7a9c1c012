"""Another act on a thing the other claim's act tells: "The group claimed responsibility for the
attack on Tuesday" / "The group released a video on Tuesday of the men it said carried out the
attack", "The army shelled the village" / "The army released footage of the village it said it had
shelled", "The carmaker recalled 40,000 cars" / "The carmaker published a list of the cars it said it
had recalled" (helper not137).

One doer, one day and nearly every word of one claim are in the other; but there that claim's act is
told only inside a relative clause ("the men it said carried out", "the village it had shelled") that
says which thing the other claim's own act (released a video, published a list) is about. The first
claim is the second's background: two facts. A claim told by a statement ("released a statement
claiming responsibility", "said on Tuesday it carried out the attack") holds no relative clause, and
stays one fact with the claim.

Read on the reported, rewritten wordings (`claim_view.claim_roles`: "claimed responsibility for" is
written "conduct", as "carried out" is), each once per claim; a pair compares stems.
"""

from __future__ import annotations

from collections.abc import Set

from workbench.core.extract.attribution import REPORT_VERBS
from workbench.core.language.stems import irregular_base, stem
from workbench.core.language.verbs import AUXILIARIES, SUBJECT_PRONOUNS
from workbench.core.match.acts import LIGHT_VERBS
from workbench.core.match.normalize import normalize
from workbench.core.match.roles import main_act, roles
from workbench.core.match.said_acts import two_acts
from workbench.core.text_caches import text_cache

#: Words opening a relative clause on the noun before them: a relative pronoun, or the subject
#: pronoun of a clause without one ("the men it said carried out").
_OPENERS = frozenset(["who", "that", "which", "whom"]) | SUBJECT_PRONOUNS
#: The report verbs (`attribution.REPORT_VERBS`): "the men it said carried out" tells its doer's claim.
_REPORT = frozenset(REPORT_VERBS.split("|"))
#: The most words a relative clause's verb may stand after its opener (said, it, had).
_CLAUSE_REACH = 4


@text_cache()
def relative_acts(wording: str) -> tuple[str | None, frozenset[str]]:
    """(the claim's main verb's stem, the stems of the verbs of relative clauses after it) of a
    reported wording: "release a video of the men it said conduct the attack" -> ("releas", {"conduct"})."""
    act = main_act(wording)
    words = wording.split()
    at = next((k for k, w in enumerate(words) if stem(irregular_base(w) or w) == act), None)
    if act is None or at is None:
        return act, frozenset()
    read = roles(wording)
    thing = read[1] if read is not None else frozenset()
    told: set[str] = set()
    for k in range(at + 2, len(words) - 1):  # an opener after the verb's object's first word
        if not thing & set(normalize(" ".join(words[at + 1:k])).tokens):
            continue  # no word of the verb's own object before it ("was started by devices that ignited")
        if words[k] not in _OPENERS or words[k - 1] in _REPORT or words[k - 1] in _OPENERS:
            continue  # "said that ...", "said it ...": a report's content, no relative clause
        for j in range(k + 1, min(len(words), k + 1 + _CLAUSE_REACH)):
            if words[j] in SUBJECT_PRONOUNS or words[j] in AUXILIARIES or words[j] == "that":
                continue
            told.add(stem(irregular_base(words[j]) or words[j]))  # a report verb may be the act ("had recalled")
            if words[j] not in _REPORT:
                break
    return act, frozenset(told)


def act_in_relative(wordings: tuple[str, str], tokens: tuple[Set[str], Set[str]]) -> str | None:
    """'another act on a thing the other act tells: releas / conduct' when one doer (`roles`, named
    alike) acts in both claims, one claim's main verb is told in the other only as the verb of a
    relative clause after that claim's own main verb, the two verbs are two acts (`said_acts.two_acts`,
    a light verb allowed: "conduct") and what the first verb acts on is named in the other claim."""
    for x, y in ((0, 1), (1, 0)):
        act_x, _ = relative_acts(wordings[x])
        act_y, told_y = relative_acts(wordings[y])
        if act_x is None or act_x not in told_y:
            continue
        read_x, read_y = roles(wordings[x]), roles(wordings[y])
        if read_x is None or read_y is None or not read_x[0] or read_x[0] != read_y[0] or not read_x[1] & tokens[y]:
            continue
        if act_y not in LIGHT_VERBS and two_acts(act_y, act_x, tokens[y] - {act_x}, tokens[x], light=True):
            return f"another act on a thing the other act tells: {act_y} / {act_x}"
    return None
