"""Two sides' own acts: "Police fired tear gas at protesters outside the National Assembly" /
"Protesters threw stones at police outside the National Assembly" share their place, their two
sides and most words, and their sentence vectors are close; but the doer of each is the one the
other's act was aimed at, and the acts differ: each side's act against the other, two facts.

`roles.roles_swapped` reads swapped roles of one act (a clash: "the army pushed back the rebels" /
"the rebels pushed back the army"), asked only of claims sharing nearly all their words. Here the
acts differ: each claim's doer (`roles.roles`) is, in the other claim, the one the act is aimed at
(an "at" / "on" / "against" phrase: `roles.aimed_side`, or the object of a hostile act: an attack,
an arrest, an abduction, an expulsion), and neither claim writes the other's verb. Kept one fact: one act told actively and passively ("Police fired
tear gas at students" / "Students were tear-gassed by police": one doer), an act suffered told by
the other's verb ("Troops fired on protesters" / "Protesters came under fire from troops"), acts
of two interchangeable sides ("clashed with": no roles read), and an act of giving against one
of receiving ("Russia handed Ukraine 100 prisoners" / "Ukraine received 100 prisoners from Russia":
a "from" phrase is not read as aimed at).
"""

from __future__ import annotations

from workbench.core.match.another_name import country_tokens
from workbench.core.match.roles import aimed_side, main_act, roles


def _sides(surface: str, hostile: bool) -> tuple[frozenset[str], frozenset[str]] | None:
    """(the doer's tokens, the tokens of whom the act is aimed at), a country's people written as the
    country ("Russian" / "Russia"), or None when no roles are read. Aimed at: an "at" / "on" /
    "against" phrase, or the object of a `hostile` act (an attack, an arrest: "attacked farmers");
    the object of any other act ("carried 450,000 barrels", "backed the prime minister") is no side."""
    read = roles(surface)
    if read is None or not read[0]:
        return None
    countries = country_tokens()
    doer = frozenset(countries.get(t, t) for t in read[0])
    target = frozenset(countries.get(t, t) for t in (read[1] if hostile else frozenset()) | aimed_side(surface))
    return doer - target, target - doer


def sides_acting(surface_a: str, surface_b: str, tokens_a: frozenset[str], tokens_b: frozenset[str],
                 hostile: tuple[bool, bool] = (False, False)) -> str | None:
    """'each side's own act: x fire / y threw' when each claim's doer is the one the other's act is
    aimed at (`_sides`) and the main verbs (`roles.main_act`) differ, neither written in the other
    claim (`surface_*`: the claims' roles wordings; `tokens_*`: their normalised tokens; `hostile`:
    whether each act is of a hostile kind, `acts`). None otherwise."""
    act_a, act_b = main_act(surface_a), main_act(surface_b)
    if act_a is None or act_b is None or act_a == act_b or act_a in tokens_b or act_b in tokens_a:
        return None
    sides_a, sides_b = _sides(surface_a, hostile[0]), _sides(surface_b, hostile[1])
    if sides_a is None or sides_b is None:
        return None
    (doer_a, target_a), (doer_b, target_b) = sides_a, sides_b
    x, y = doer_a & target_b, doer_b & target_a
    if not x or not y:
        return None
    return f"each side's own act: {' '.join(sorted(x))} {act_a} / {' '.join(sorted(y))} {act_b}"
