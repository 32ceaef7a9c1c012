"""Roles in pairing two claims' figures (`figures.compare.pair_figures`), apart from what they count.

A claim that gives a count and its threshold ("44 lawmakers backed him, short of the 64 he needed")
holds two figures of one kind whose nouns alone do not say which is which: the threshold is read
as an act of its own (`NEEDED`, read by `match.figure_acts`), and after the greedy pairing crossed
pairs are swapped back when the figures line up (`uncrossed`). Kept here, out of `compare`, as the
one place for the pairing's roles and acts.
"""

from __future__ import annotations

#: The act `match.figure_acts` gives a figure told as a threshold ("the 64 he needed", "226 votes
#: required"): a count and the count it had to reach are two roles, which pair only with their like.
NEEDED = "<needed>"


def uncrossed(chosen: list[tuple[int, int]], ok: dict[tuple[int, int], bool],
              roles: dict[tuple[int, int], tuple[bool, int]]) -> list[tuple[int, int]]:
    """The pairs with any two crossed ones swapped when swapping makes more of them agree.

    Two claims that each give a count and its threshold (`NEEDED`) or total ("44 lawmakers backed
    him, short of the 64 he needed" / "44 members ..., fewer than the 64 votes required") repeat
    both figures;
    the greedy pairing, led by a broad class the nouns share ("lawmakers" / "votes": voters), may
    set each figure against the other claim's other one - two clashes where the figures line up.
    Swapped only when neither crossed pair shares the counted noun itself ("300 workers and 50
    managers" / "50 workers and 300 managers" stay a clash), both swapped pairs were candidates
    and neither is told of another act ("killed 14 and injured 30" / "killed 30 and injured 14")."""
    if len(chosen) < 2:
        return chosen
    named = {k: v[0] for k, v in roles.items()}  # a candidate pair sharing the counted noun itself
    told = {k: v[1] for k, v in roles.items()}  # a candidate pair's act rank (-1: two acts or roles)
    chosen = list(chosen)
    for x in range(len(chosen)):
        for y in range(x + 1, len(chosen)):
            (i1, j1), (i2, j2) = chosen[x], chosen[y]
            if named[i1, j1] or named[i2, j2] or (i1, j2) not in told or (i2, j1) not in told \
                    or told[i1, j2] < 0 or told[i2, j1] < 0:
                continue
            if ok[i1, j2] + ok[i2, j1] > ok[i1, j1] + ok[i2, j2]:
                chosen[x], chosen[y] = (i1, j2), (i2, j1)
    return chosen


def role_rank(x: frozenset[str], y: frozenset[str]) -> int:
    """1 when both figures are told as a threshold (`NEEDED`), -1 when one is, else 0."""
    return 0 if NEEDED not in x and NEEDED not in y else 1 if NEEDED in x and NEEDED in y else -1


def act_rank(x: frozenset[str], y: frozenset[str]) -> int:
    """1 when two figures are told of one act, -1 of two acts, 0 when either act is unread."""
    return 0 if not x or not y else 1 if x & y else -1
