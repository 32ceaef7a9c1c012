"""English comparatives, one table: each dimension's word going up and its word going down.

Three readings ask comparatives, each for its own job, and all three take their words from here so
that they never drift apart:
- `match.comparisons_reversed` reads any comparison's direction ("higher than" / "lower than" one
  yardstick) over every dimension;
- `language.told_plainly` writes a multiple against the thing's own past ("three times weaker than
  before") as a change ("decreased threefold"): only dimensions a news figure changes along
  (`CHANGE_DIMENSIONS`: size, amount, strength, speed, price); "three times older than before" is
  no news shape;
- `figures.shares` reads "three times higher" as a multiple of what was (x3): only the upward words of
  an amount (`AMOUNT_DIMENSIONS`), since "three times lower" is told both as /3 and as -300 %.
"""

from __future__ import annotations

#: Comparatives in pairs, each pair one dimension: its words going up (first) and down (second),
#: alternatives split by "|".
DIMENSIONS: tuple[tuple[str, str], ...] = (
    ("higher", "lower"), ("more", "fewer|less"), ("greater", "smaller|lesser"), ("larger|bigger", "smaller"),
    ("above", "below"), ("stronger", "weaker"), ("faster|quicker", "slower"), ("heavier", "lighter"),
    ("richer|wealthier", "poorer"), ("warmer|hotter", "colder|cooler"), ("longer", "shorter"),
    ("older", "younger"), ("taller", "shorter"), ("wider|broader", "narrower"), ("deeper", "shallower"),
    ("better", "worse"), ("earlier", "later"), ("costlier|dearer|pricier", "cheaper"), ("safer", "riskier"),
    ("louder", "quieter"), ("thicker", "thinner"), ("busier", "quieter"),
)
#: Dimensions of an amount: how much or how many of a thing there is.
AMOUNT_DIMENSIONS = DIMENSIONS[:4]
#: Dimensions a thing told against its own past changes along (`told_plainly`), the amounts' and
#: strength, speed and price.
CHANGE_DIMENSIONS = (*AMOUNT_DIMENSIONS, DIMENSIONS[5], DIMENSIONS[6], DIMENSIONS[17])


def upward(dimensions: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """The words of `dimensions` going up, each once, in table order."""
    return tuple(dict.fromkeys(w for up, _ in dimensions for w in up.split("|")))


def downward(dimensions: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """The words of `dimensions` going down, each once, in table order."""
    return tuple(dict.fromkeys(w for _, down in dimensions for w in down.split("|")))
