"""One count of people of two sorts that exclude each other: another fact.

"Coastguards recovered 89 bodies" / "coastguards intercepted 89 migrants", "80 military personnel" /
"80 civilian technicians", "300 armed guards" / "300 unarmed guards", "14 adults" / "14 children",
"40 men" / "40 women", "200 local workers" / "200 foreign workers". The figure reader pairs the two
counts (one number, people both), and every other word may be shared, so the pair reads as one
fact; yet no one counted in one claim is counted in the other. Read on the agreeing figures' own
words (a sort named elsewhere in a claim, "the foreign ministry said", is no sort of the people
counted); the dead against the living on the figure and on its whole claim, since the living are
told by naming no death at all ("89 migrants" intercepted) (helper not101); and the dead against the
hurt ("13 people were killed" / "13 people remained in critical condition", helper not105). One count of
one noun sorted by two words of its own ("128 fin whales" / "128 minke whales") is read by `counted_sorts`,
joined here (helper not161a).
"""

from __future__ import annotations

from functools import lru_cache

from workbench.core.figures import counted_stems
from workbench.core.figures.counted import names_people
from workbench.core.match.counted_sorts import sorts_counted_apart
from workbench.core.match.normalize import normalize

#: Sorts of people that exclude each other, as news tells the people a count is of.
_EXCLUSIVE_WORDS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("military",), ("civilian", "civilians")),
    (("armed",), ("unarmed",)),
    (("adult", "adults"), ("child", "children", "minors", "minor")),
    (("men", "man", "male"), ("women", "woman", "female")),
    (("local", "locals"), ("foreign", "foreigners", "foreigner")),
)
#: What a count of the dead is counted as ("89 bodies", "89 dead"), and the words that tell of a
#: death anywhere in a claim ("89 migrants drowned", "89 people were killed").
_DEAD_WORDS = ("bodies", "body", "corpses", "corpse", "dead", "remains")
_DEATH_WORDS = (*_DEAD_WORDS, "die", "died", "death", "deaths", "killed", "drowned", "perished", "fatalities",
                "lifeless", "toll")

#: Words that tell people were hurt and live ("were injured", "in critical condition", "hospitalised"):
#: a count of the dead and one of the hurt, on one figure, are two counts (helper not105).
_HURT_WORDS = ("injured", "injuries", "injury", "wounded", "wounds", "hurt", "critical", "critically",
               "hospitalised", "hospitalized", "hospital", "burns", "burned", "burnt")


def _stems(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalize(" ".join(words)).tokens)


@lru_cache(maxsize=1)
def _exclusive() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    return tuple((_stems(x), _stems(y)) for x, y in _EXCLUSIVE_WORDS)


@lru_cache(maxsize=1)
def _dead_and_death() -> tuple[frozenset[str], frozenset[str]]:
    return _stems(_DEAD_WORDS), _stems(_DEATH_WORDS)


@lru_cache(maxsize=1)
def _hurt() -> frozenset[str]:
    return _stems(_HURT_WORDS)


@lru_cache(maxsize=1)
def _death_not_remained() -> frozenset[str]:
    return _dead_and_death()[1] - _stems(("remained",))  # ("remains" of the dead, not "remained in hospital")


def _dead_and_hurt(tokens: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Whether one claim tells of deaths and of no one hurt, the other of people hurt and no death."""
    death, hurt = _death_not_remained(), _hurt()
    return any(t1 & death and not t1 & hurt and t2 & hurt and not t2 & death
               for t1, t2 in (tokens, tokens[::-1]))


def _dead(q: object, text: str) -> bool:
    """Whether a figure counts the dead: its noun ("89 bodies") or "the bodies of 15 soldiers"."""
    return _figure_counts_dead(str(getattr(q, "text", "")), text)


@lru_cache(maxsize=8192)  # a figure is read against each of its claim's partners
def _figure_counts_dead(figure_text: str, text: str) -> bool:
    dead, _ = _dead_and_death()
    words = text.lower().split()
    figure = figure_text.lower().split()
    before = next((words[k - 2:k] for k in range(2, len(words)) if words[k:k + len(figure)] == figure), [])
    return bool(set(normalize(" ".join(figure)).tokens) & dead) or (len(before) == 2 and before[1] == "of"
                                                                   and bool(set(normalize(before[0]).tokens) & dead))


def sorts_apart(agreements: list, texts: tuple[str, str], tokens: tuple[frozenset[str], frozenset[str]]) -> str | None:
    """'people of other sorts: bodies / migrants' when two agreeing figures (`agreements`: pairs of
    `Quantity`) count people of two sorts that exclude each other: one names a sort of
    `_EXCLUSIVE_WORDS` and the other its other side, neither claim naming both; or one counts the
    dead and the other people in a claim that tells of no death. `texts`: the claims as written;
    `tokens`: their normalised tokens."""
    _, death = _dead_and_death()
    for x, y in agreements:
        wx, wy = frozenset(normalize(x.text).tokens), frozenset(normalize(y.text).tokens)
        for one, other in _exclusive():
            for (w1, t1), (w2, t2) in (((wx, tokens[0]), (wy, tokens[1])), ((wy, tokens[1]), (wx, tokens[0]))):
                if w1 & one and w2 & other and not t1 & other and not t2 & one:
                    return f"people of other sorts: {' '.join(x.text.split())} / {' '.join(y.text.split())}"
        for (q, text), (r, toks) in (((x, texts[0]), (y, tokens[1])), ((y, texts[1]), (x, tokens[0]))):
            if _dead(q, text) and not toks & death and names_people(counted_stems(r)):
                return f"the dead and the living: {' '.join(x.text.split())} / {' '.join(y.text.split())}"
        if names_people(counted_stems(x)) and names_people(counted_stems(y)) and _dead_and_hurt(tokens):
            return f"the dead and the hurt: {' '.join(x.text.split())} / {' '.join(y.text.split())}"
    return sorts_counted_apart(agreements, tokens)  # "128 fin whales" / "128 minke whales" (`counted_sorts`)
