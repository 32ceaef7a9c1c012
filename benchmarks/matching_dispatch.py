"""Seventh dense-family generator: dispatches from one war (Sudan), families and siblings.

Written from issue #11's own description only (item 6 and "Measured"), before reading the
other generators or the matching tables, so that its first run measures unseen data.

A *fact* is (actor, event, figure, object, place, date). A *family* is one fact retold by
several outlets: synonyms of the event verb and object, active or passive voice, another
attribution ("witnesses said", "according to a spokesman", "X told Reuters"), another hedge
("about", "nearly", "at least", "more than", "up to"), another number format (2,000 / 2000 /
two thousand / 2k / 2 000), another date format (13 June / June 13 / 13/06 / on Thursday /
the 13th), another transliteration of a town or a commander (El Fasher / Al-Fashir, Hemedti /
Hemeti), and typos. *Siblings* are families whose fact differs from a base fact in exactly one
field (figure, place, event, object, actor, date). The vocabulary of places, actors and days
is small and shared, as in a real conflict story. Every retelling names every field, so the
gold (the families) is decidable from each line's text.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/matching_dispatch.py --sizes 5000 --no-semantic
    PYTHONPATH=$PWD .venv/bin/python benchmarks/matching_dispatch.py --sizes 20000 --seed 8 --lexical --errors 4

FIRST RUN (20k lines, 5,137 families, seed 8, main at 5ae4e56 before any fix; 2 shared cores
under a load of ~15, so CPU seconds, not wall):
    cluster semantic   P 0.578  R 0.462  CPU 190.0 s (embedding included)
    cluster lexical    P 0.502  R 0.487  CPU 136.2 s
    ratio >= 68        P 0.006  R 0.064  CPU 118.2 s (exhaustive cdist, 1 thread)
AFTER the fixes: see docs/matching.md, "A seventh dense generator".
"""

from __future__ import annotations

import datetime as _dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from family_scoring import (  # noqa: E402
    generator_main,
    sibling_families,
)

YEAR = 2024
MONTH = 6
MONTH_NAME = "June"

# Places: each with several spellings (transliterations) an outlet may use.
PLACES: dict[str, list[str]] = {
    "fasher": ["El Fasher", "Al-Fashir", "El-Fasher", "al Fashir"],
    "nyala": ["Nyala", "Niyala"],
    "geneina": ["El Geneina", "Geneina", "Al-Junaynah", "El-Geneina"],
    "omdurman": ["Omdurman", "Umdurman", "Um Durman"],
    "madani": ["Wad Madani", "Wad Medani"],
    "obeid": ["El Obeid", "Al-Ubayyid", "El-Obeid"],
    "kadugli": ["Kadugli", "Kaduqli"],
    "zalingei": ["Zalingei", "Zalinge"],
}

# Actors: names, aliases and the commander's transliterations.
ACTORS: dict[str, list[str]] = {
    "rsf": [
        "the Rapid Support Forces", "the RSF", "RSF fighters", "the paramilitary RSF",
        "Hemedti's RSF", "Hemeti's Rapid Support Forces", "forces loyal to Mohamed Hamdan Dagalo",
        "forces loyal to Mohamed Hamdan Daglo",
    ],
    "army": [
        "the Sudanese army", "the army", "the Sudanese Armed Forces", "SAF troops",
        "troops loyal to Abdel Fattah al-Burhan", "troops loyal to Abdel Fattah el-Burhan",
        "Burhan's army",
    ],
    "militia": [
        "Arab militias", "allied Arab militias", "Janjaweed militias", "Janjaweed militiamen",
    ],
    "splm": [
        "SPLM-N rebels", "the SPLM-North", "rebels of the SPLM-N", "fighters of the SPLM-North",
    ],
}

# Objects: people or things, each with synonyms.
PEOPLE: dict[str, list[str]] = {
    "civilians": ["civilians", "non-combatants", "unarmed civilians"],
    "soldiers": ["soldiers", "troops", "servicemen"],
    "children": ["children", "minors", "kids"],
    "aidworkers": ["aid workers", "humanitarian workers", "relief workers"],
    "villagers": ["villagers", "village residents", "people from the villages"],
}
THINGS: dict[str, list[str]] = {
    "vehicles": ["vehicles", "military vehicles", "armoured vehicles"],
    "homes": ["homes", "houses", "dwellings"],
    "shops": ["shops", "stores", "market stalls"],
    "trucks": ["aid trucks", "relief lorries", "humanitarian trucks"],
}
OBJECTS = {**PEOPLE, **THINGS}

# Events: active verb forms, passive forms ("were X by"), and which objects they take.
EVENTS: dict[str, dict[str, list[str]]] = {
    "killed": {
        "active": ["killed", "shot dead", "slew"],
        "passive": ["were killed by", "were shot dead by", "were slain by", "died in an attack by",
                    "lost their lives in an attack by"],
        "attack": ["left {n} {o} dead", "killed {n} {o}"],
    },
    "wounded": {
        "active": ["wounded", "injured"],
        "passive": ["were wounded by", "were injured by", "were hurt in an attack by"],
        "attack": ["left {n} {o} wounded", "injured {n} {o}"],
    },
    "detained": {
        "active": ["detained", "arrested", "rounded up"],
        "passive": ["were detained by", "were arrested by", "were taken into custody by"],
    },
    "abducted": {
        "active": ["abducted", "kidnapped"],
        "passive": ["were abducted by", "were kidnapped by", "were taken hostage by"],
    },
    "captured": {
        "active": ["captured", "seized", "took control of"],
        "passive": ["were captured by", "were seized by", "fell into the hands of"],
    },
    "destroyed": {
        "active": ["destroyed", "burned", "torched", "razed"],
        "passive": ["were destroyed by", "were burned by", "were set ablaze by", "were torched by"],
    },
    "looted": {
        "active": ["looted", "plundered", "ransacked"],
        "passive": ["were looted by", "were plundered by", "were ransacked by"],
    },
}
PEOPLE_EVENTS = ["killed", "wounded", "detained", "abducted"]
THING_EVENTS = ["captured", "destroyed", "looted"]

DAYS = [3, 8, 11, 13, 17, 21, 23, 26, 30]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

FIGURES = [12, 15, 20, 25, 30, 40, 45, 50, 60, 70, 75, 80, 100, 120, 150, 200, 250, 300, 400,
           500, 600, 800, 1000, 1200, 1500, 2000, 2500, 3000, 5000, 10000, 12000, 20000]
RANGES = [(20, 30), (50, 60), (100, 150), (150, 200), (200, 300), (1000, 2000), (3000, 5000)]

ATTRIBUTIONS_FRONT = [
    "Witnesses said", "Residents said", "A local official said", "Medics said",
    "The health ministry claimed", "A spokesman said", "Activists said",
]
ATTRIBUTIONS_BACK = [
    "witnesses said", "residents said", "a local official said", "medics said",
    "the ministry claimed", "according to a spokesman", "a doctor told Reuters",
    "an activist told AFP", "the UN said", "according to local monitors",
]
HEDGES = ["", "", "about ", "nearly ", "at least ", "more than ", "up to ", "some ",
          "around ", "almost "]

_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_words(n: int) -> str:
    """English words of 0 < n < 1,000,000 ('two thousand five hundred')."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + ("-" + _ONES[ones] if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return _ONES[hundreds] + " hundred" + (" and " + number_words(rest) if rest else "")
    thousands, rest = divmod(n, 1000)
    return number_words(thousands) + " thousand" + (" " + number_words(rest) if rest else "")


def number_text(n: int, rng: random.Random) -> str:
    """One way an outlet writes n."""
    forms = [f"{n:,}", str(n)]
    if n >= 1000:
        forms += [f"{n:,}".replace(",", " "), f"{n:,}"]
        if n % 1000 == 0:
            forms.append(f"{n // 1000}k")
        elif n % 100 == 0:
            forms.append(f"{n / 1000:g}k")
        if n % 1000 == 0 or n in (1200, 1500, 2500):
            forms.append(number_words(n))
        if 1000 < n < 10000 and n % 100 == 0 and n % 1000:
            forms.append(number_words(n // 100) + " hundred")
    elif n <= 100 or n % 50 == 0:
        words = number_words(n)
        forms.append(words)
        if n == 100:
            forms.append("a hundred")
    return rng.choice(forms)


def figure_text(figure: tuple[int, int | None], rng: random.Random) -> str:
    lo, hi = figure
    if hi is None:
        return rng.choice(HEDGES) + number_text(lo, rng)
    a, b = str(lo), str(hi)
    if lo >= 1000:
        a, b = f"{lo:,}", f"{hi:,}"
    return rng.choice([f"{a}-{b}", f"{a} to {b}", f"between {a} and {b}", f"{a}–{b}",
                       f"{number_text(lo, rng)} to {number_text(hi, rng)}"])


def date_text(day: int, rng: random.Random) -> str:
    """One way an outlet writes the day; returns text that follows 'on' or stands alone."""
    weekday = WEEKDAYS[_dt.date(YEAR, MONTH, day).weekday()]
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    weights = [
        (f"on {day} {MONTH_NAME}", 5), (f"on {MONTH_NAME} {day}", 5),
        (f"on {day:02d}/{MONTH:02d}", 2), (f"on {MONTH_NAME} {day}{suffix}", 3),
        (f"on the {day}{suffix}", 2), (f"on {day}{suffix} {MONTH_NAME}", 2),
        (f"on {weekday}, {MONTH_NAME} {day}", 2), (f"on {YEAR}-{MONTH:02d}-{day:02d}", 1),
        (f"on {weekday} ({day} {MONTH_NAME})", 1), (f"on {weekday}", 1),
    ]
    texts, w = zip(*weights, strict=True)
    return rng.choices(texts, weights=w)[0]


def typo(text: str, rng: random.Random) -> str:
    """One slip of the keyboard in one word of four letters or more."""
    words = text.split(" ")
    spots = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not spots:
        return text
    i = rng.choice(spots)
    w = words[i]
    j = rng.randrange(1, len(w) - 1)
    kind = rng.randrange(4)
    if kind == 0:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif kind == 1:
        w = w[:j] + w[j + 1:]
    elif kind == 2:
        w = w[:j] + w[j] + w[j:]
    else:
        w = w[:j] + rng.choice("aeiourstn") + w[j + 1:]
    words[i] = w
    return " ".join(words)


def _cap(text: str) -> str:
    return text[0].upper() + text[1:] if text else text


def tell(fact: tuple, rng: random.Random) -> str:
    """One outlet's sentence for a fact."""
    actor, event, figure, obj, place, day = fact
    forms = EVENTS[event]
    a = rng.choice(ACTORS[actor])
    o = rng.choice(OBJECTS[obj])
    n = figure_text(figure, rng)
    p = rng.choice(PLACES[place])
    d = date_text(day, rng)
    voice = rng.random()
    if voice < 0.45:
        clause = f"{a} {rng.choice(forms['active'])} {n} {o}"
    elif voice < 0.85 or "attack" not in forms:
        clause = f"{n} {o} {rng.choice(forms['passive'])} {a}"
    else:
        attack = rng.choice(["an attack by {a}", "an assault by {a}", "a raid by {a}"])
        clause = attack.format(a=a) + " " + rng.choice(forms["attack"]).format(n=n, o=o)
    where = rng.random()
    if where < 0.55:
        body = f"{clause} in {p} {d}"
    elif where < 0.8:
        body = f"in {p} {d}, {clause}"
    else:
        body = f"{d}, {clause} in {p}"
    attribution = rng.random()
    if attribution < 0.35:
        sentence = f"{rng.choice(ATTRIBUTIONS_FRONT)} {body}."
    elif attribution < 0.8:
        sentence = f"{_cap(body)}, {rng.choice(ATTRIBUTIONS_BACK)}."
    else:
        sentence = _cap(body) + "."
    sentence = _cap(sentence)
    if rng.random() < 0.15:
        sentence = typo(sentence, rng)
    return sentence


def _random_fact(rng: random.Random) -> tuple:
    event = rng.choice(PEOPLE_EVENTS + THING_EVENTS)
    obj = rng.choice(list(PEOPLE) if event in PEOPLE_EVENTS else list(THINGS))
    figure: tuple[int, int | None] = (
        rng.choice(RANGES) if rng.random() < 0.08 else (rng.choice(FIGURES), None))
    return (rng.choice(list(ACTORS)), event, figure, obj, rng.choice(list(PLACES)),
            rng.choice(DAYS))


FIELDS = ("actor", "event", "figure", "object", "place", "day")


def _sibling(fact: tuple, rng: random.Random) -> tuple[tuple, str]:
    """The fact with exactly one field changed, and that field's name."""
    actor, event, figure, obj, place, day = fact
    field = rng.choice(FIELDS)
    if field == "figure":
        others = [f for f in FIGURES if f != figure[0] and not 0.8 <= f / figure[0] <= 1.25]
        return (actor, event, (rng.choice(others), None), obj, place, day), field
    if field == "place":
        return (actor, event, figure, obj, rng.choice([p for p in PLACES if p != place]), day), field
    if field == "event":
        pool = PEOPLE_EVENTS if event in PEOPLE_EVENTS else THING_EVENTS
        return (actor, rng.choice([e for e in pool if e != event]), figure, obj, place, day), field
    if field == "object":
        pool = list(PEOPLE) if obj in PEOPLE else list(THINGS)
        return (actor, event, figure, rng.choice([o for o in pool if o != obj]), place, day), field
    if field == "actor":
        return (rng.choice([a for a in ACTORS if a != actor]), event, figure, obj, place, day), field
    return (actor, event, figure, obj, place, rng.choice([d for d in DAYS if d != day])), field


def generate(n: int, seed: int) -> tuple[list[str], list[int], list[tuple], list[str]]:
    """n lines, their family ids, each family's fact and how it was made (`sibling_families`)."""
    return sibling_families(n, seed, _random_fact, _sibling, tell)



def main() -> None:
    generator_main(__doc__ or "", 8, generate, FIELDS)


if __name__ == "__main__":
    main()
