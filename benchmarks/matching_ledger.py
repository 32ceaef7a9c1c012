"""Eighth dense-family generator: a monitor's ledger of one war (Libya, 2019), families and siblings.

Written from issue #11's description of its 20k synthetic set only, before reading the matching
code, its tables or the other generators' text, so that its first run measures unseen data.

A *fact* is (actor, event, figure, object, place, date). A *family* is one fact retold in the
styles of a conflict monitor's ledger and a live blog: active or passive voice, a nominalised
event ("the detention of 35 migrants"), a dateline entry ("Tarhuna (14 April): ..."), an actor's
own claim ("said it had ..."), another reporting verb and attribution, another actor alias
(Haftar's forces / the Libyan National Army / the LNA / Hifter's troops), another transliteration
of a town (Zawiya / Zawiyah / Az Zawiyah), another hedge and number format (2,000 / 2000 / two
thousand / 2 thousand / about 2,000 / more than 2,000; 1.2 million / 1,200,000), another date
format (on 14 April / on April 14 / on Sunday 14 April / on 14/4, the numeric form only when the
day cannot be a month), and typos (a transposed, dropped or doubled letter). *Siblings* differ
from a fact of their group in exactly one of figure, place, event (a verb with another meaning,
allowed for the same object and actor) or date. Places, actors, objects and days are few and
shared. Every retelling names every field, so the gold (the families) is decidable from its text.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/matching_ledger.py --sizes 3000 --no-semantic
    PYTHONPATH=$PWD .venv/bin/python benchmarks/matching_ledger.py --sizes 20000 --seed 21 --errors 4

FIRST RUN (main at d6d9890 before any fix; seed 21 for development, seed 2026 held back, its
errors never printed; CPU s on 2 shared cores, load 5-10 from other helpers):

    seed 21    3k semantic 0.788 / 0.743 (17.0 s)   lexical 0.767 / 0.749 (6.1 s)   ratio>=70 0.036 / 0.072
               20k semantic 0.742 / 0.659 (145.1 s)  lexical 0.701 / 0.659 (79.4 s)  ratio>=70 0.005 / 0.067 (116.8 s)
    seed 2026  3k semantic 0.805 / 0.769 (17.3 s)   lexical 0.785 / 0.775 (6.2 s)   ratio>=70 0.031 / 0.068
               20k semantic 0.754 / 0.663 (147.5 s)  lexical 0.718 / 0.666 (81.4 s)  ratio>=70 0.005 / 0.068 (117.8 s)

After the fixes it led to (docs/matching.md, "An eighth dense generator"): 20k seed 21 semantic
0.907 / 0.795, lexical 0.896 / 0.807; seed 2026 semantic 0.913 / 0.792, lexical 0.900 / 0.809.
"""

from __future__ import annotations

import random

from family_scoring import generator_main, number_words, sibling_families  # noqa: E402

FIELDS = ("actor", "event", "figure", "object", "place", "date")

# Event -> (active verbs, passive forms taking "by <actor>", nouns "the X of").
EVENTS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "kill": (["killed"], ["were killed by", "were shot dead by", "lost their lives at the hands of"],
             ["killing", "deaths"]),
    "wound": (["wounded", "injured"], ["were wounded by", "were injured by", "were hurt by"],
              ["wounding", "injuring"]),
    "detain": (["detained", "arrested", "rounded up"],
               ["were detained by", "were arrested by", "were taken into custody by"], ["detention", "arrest"]),
    "release": (["released", "freed", "set free"], ["were released by", "were freed by", "were set free by"],
                ["release", "freeing"]),
    "evacuate": (["evacuated"], ["were evacuated by", "were moved to safety by"], ["evacuation"]),
    "rescue": (["rescued", "picked up"], ["were rescued by", "were picked up at sea by", "were saved by"],
               ["rescue"]),
    "intercept": (["intercepted", "stopped"], ["were intercepted by", "were stopped at sea by"],
                  ["interception"]),
    "fire": (["fired", "launched"], ["were fired by", "were launched by"], ["firing", "launch"]),
    "down": (["shot down", "downed"], ["were shot down by", "were brought down by"], ["downing"]),
    "seize": (["seized", "captured"], ["were seized by", "were captured by"], ["seizure", "capture"]),
    "destroy": (["destroyed", "wrecked"], ["were destroyed by", "were wrecked by"], ["destruction"]),
}

# Object -> (surface forms, its class).
OBJECTS: dict[str, tuple[list[str], str]] = {
    "civilians": (["civilians", "non-combatants"], "people"),
    "fighters": (["fighters", "militiamen", "combatants"], "people"),
    "migrants": (["migrants", "irregular migrants"], "migrants"),
    "children": (["children", "minors"], "people"),
    "medics": (["medics", "paramedics", "health workers"], "people"),
    "rockets": (["rockets", "Grad rockets"], "projectiles"),
    "drones": (["drones", "unmanned aircraft"], "projectiles"),
    "vehicles": (["armoured vehicles", "armored vehicles"], "vehicles"),
    "tanks": (["tanks", "battle tanks"], "vehicles"),
}

# Actor -> (aliases, pronoun of its own claim, events it does).
ARMED = ["kill", "wound", "detain", "release", "fire", "down", "seize", "destroy"]
ACTORS: dict[str, tuple[list[str], str, list[str]]] = {
    "LNA": (["Haftar's forces", "forces loyal to Khalifa Haftar", "the Libyan National Army", "the LNA",
             "Hifter's troops", "the self-styled Libyan National Army"], "it", ARMED),
    "GNU": (["forces of the Government of National Unity", "GNU forces", "troops loyal to the Tripoli government",
             "the Tripoli government's forces"], "they", ARMED),
    "Kaniyat": (["the Kaniyat militia", "the al-Kaniyat militia", "the Kaniat militia"], "it", ARMED),
    "coastguard": (["the Libyan coastguard", "the Libyan coast guard", "Libya's coastguard"], "it",
                   ["rescue", "intercept", "detain", "release"]),
    "Red Crescent": (["the Libyan Red Crescent", "Red Crescent volunteers"], "it", ["evacuate", "rescue"]),
    "IOM": (["the IOM", "the International Organization for Migration", "the UN migration agency"], "it",
            ["evacuate", "rescue", "release"]),
}

# Which events apply to which object class.
CLASS_EVENTS = {
    "people": {"kill", "wound", "detain", "release", "evacuate"},
    "migrants": {"kill", "wound", "detain", "release", "evacuate", "rescue", "intercept"},
    "projectiles": {"fire", "down"},
    "vehicles": {"seize", "destroy"},
}

# Place -> (transliterations and aliases, descriptor).
PLACES: dict[str, tuple[list[str], str]] = {
    "Tripoli": (["Tripoli", "the Libyan capital", "the capital Tripoli"], "Libyan capital"),
    "Tarhuna": (["Tarhuna", "Tarhunah", "Tarhouna"], "town"),
    "Zawiya": (["Zawiya", "Zawiyah", "Az Zawiyah", "Zawia"], "coastal city"),
    "Gharyan": (["Gharyan", "Gharian", "Ghiryan"], "mountain town"),
    "Sirte": (["Sirte", "Sirt", "Surt"], "coastal city"),
    "Benghazi": (["Benghazi", "Banghazi", "Bengasi"], "eastern city"),
    "Sabha": (["Sabha", "Sebha"], "southern city"),
    "Derna": (["Derna", "Darnah", "Darna"], "eastern city"),
    "Ajdabiya": (["Ajdabiya", "Ajdabiyah", "Agedabia"], "eastern town"),
    "Zuwara": (["Zuwara", "Zuwarah", "Zwara"], "western port"),
    "Bani Walid": (["Bani Walid", "Beni Walid", "Bani Waleed"], "town"),
    "Murzuq": (["Murzuq", "Murzuk", "Marzuq"], "southern town"),
}

# (day, month) pool: April and May 2019.
DATES = [(d, 4) for d in (3, 4, 5, 7, 9, 13, 14, 17, 19, 21, 23, 24, 28, 30)] + [(d, 5) for d in (1, 3, 5, 8, 13, 15)]
MONTHS = {4: "April", 5: "May"}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FIGURES_SMALL = [3, 4, 6, 7, 9, 12, 15, 17, 20, 23, 30, 35, 40, 50, 60, 80, 100, 120]
FIGURES_LARGE = [150, 200, 250, 300, 400, 500, 700, 1000, 1500, 2000, 3000, 4000, 12000, 20000, 45000,
                 120000, 200000, 1200000]

ATTR_AFTER = ["the UN mission said", "UNSMIL said", "the UN Support Mission in Libya reported",
              "local officials said", "a health ministry spokesman said", "medical sources said",
              "residents told AFP", "a military source told Reuters", "the Libya Observer reported",
              "al-Wasat reported", "a monitoring group said", "officials confirmed"]
ATTR_BEFORE = ["According to UNSMIL,", "According to local officials,", "The UN mission said",
               "Medical sources told AFP that", "Residents said", "A monitoring group reported that",
               "Officials announced that", "According to the Libya Observer,"]
ATTR_PRESENT = ["UNSMIL says", "the UN mission says", "local officials say", "medics say",
                "a monitor reports", "sources say"]
ATTR_NOUN = ["UNSMIL", "The UN mission", "Local officials", "A monitoring group", "Al-Wasat", "The Libya Observer"]
HEDGES = ["", "", "", "about ", "around ", "some ", "nearly ", "almost ", "at least ", "more than ", "over ",
          "roughly ", "an estimated "]

def number_text(n: int, rng: random.Random) -> str:
    """One of the ways a newsroom writes n."""
    forms = [f"{n:,}"]
    if n >= 1000:
        forms.append(str(n))
    if n < 100 or (n < 1000 and n % 100 == 0):
        forms.append(number_words(n))
    if n >= 1000 and n % 1000 == 0 and n < 1_000_000:
        k = n // 1000
        forms += [f"{k} thousand", f"{number_words(k)} thousand" if k < 1000 else f"{k} thousand"]
    if n >= 1_000_000:
        m = n / 1_000_000
        forms += [f"{m:g} million", f"{m:g}m"]
    return rng.choice(forms)


def figure_text(n: int, rng: random.Random) -> str:
    return rng.choice(HEDGES) + number_text(n, rng)


def weekday(day: int, month: int) -> str:
    """1 April 2019 was a Monday, 1 May 2019 a Wednesday."""
    return WEEKDAYS[(day - 1) % 7] if month == 4 else WEEKDAYS[(day + 1) % 7]


def date_text(date: tuple[int, int], rng: random.Random) -> str:
    """'on 14 April' in one of its formats (numeric day/month only when the day cannot be a month)."""
    day, month = date
    name = MONTHS[month]
    forms = [f"on {day} {name}", f"on {name} {day}", f"on {weekday(day, month)} {day} {name}",
             f"on {weekday(day, month)}, {name} {day}", f"on {day} {name} 2019", f"on {name} {day}, 2019"]
    if day > 12:
        forms.append(f"on {day}/{month}")
    return rng.choice(forms)


def short_date(date: tuple[int, int], rng: random.Random) -> str:
    day, month = date
    return rng.choice([f"{day} {MONTHS[month]}", f"{MONTHS[month]} {day}"])


def typo(text: str, rng: random.Random) -> str:
    """One transposed, dropped or doubled letter in a word of five letters or more."""
    words = text.split(" ")
    spots = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not spots:
        return text
    i = rng.choice(spots)
    w = words[i]
    k = rng.randrange(1, len(w) - 1)
    kind = rng.choice(["swap", "drop", "double"])
    if kind == "swap":
        w = w[:k] + w[k + 1] + w[k] + w[k + 2:]
    elif kind == "drop":
        w = w[:k] + w[k + 1:]
    else:
        w = w[:k] + w[k] + w[k:]
    words[i] = w
    return " ".join(words)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def place_text(place: str, rng: random.Random) -> str:
    names, descriptor = PLACES[place]
    name = rng.choice(names)
    if name.startswith("the "):
        return "in " + name
    return rng.choice([f"in {name}", f"in {name}", f"near {name}", f"in the {descriptor} of {name}",
                       f"outside {name}"])


def tell(fact: tuple, rng: random.Random) -> str:
    """One retelling of the fact in one of the ledger's styles."""
    actor, event, figure, obj, place, date = fact
    aliases, pronoun, _ = ACTORS[actor]
    who = rng.choice(aliases)
    active, passive, nouns = EVENTS[event]
    what = rng.choice(OBJECTS[obj][0])
    fig = figure_text(figure, rng)
    where = place_text(place, rng)
    when = date_text(date, rng)
    style = rng.randrange(8)
    if style == 0:
        text = f"{_cap(who)} {rng.choice(active)} {fig} {what} {where} {when}, {rng.choice(ATTR_AFTER)}."
    elif style == 1:
        text = f"{rng.choice(ATTR_BEFORE)} {who} {rng.choice(active)} {fig} {what} {where} {when}."
    elif style == 2:
        text = f"{_cap(fig)} {what} {rng.choice(passive)} {who} {where} {when}, {rng.choice(ATTR_AFTER)}."
    elif style == 3:
        name = rng.choice([n for n in PLACES[place][0] if not n.startswith("the ")])
        pp = rng.choice(passive).removeprefix("were ")
        text = f"{name} ({short_date(date, rng)}): {fig} {what} {pp} {who}, {rng.choice(ATTR_PRESENT)}."
    elif style == 4:
        noun = rng.choice(nouns)
        text = f"{rng.choice(ATTR_NOUN)} reported the {noun} of {fig} {what} by {who} {where} {when}."
    elif style == 5:
        verb = rng.choice(["said", "claimed", "announced", "stated"])
        text = f"{_cap(who)} {verb} {pronoun} had {rng.choice(active)} {fig} {what} {where} {when}."
    elif style == 6:
        text = (f"Live update, {short_date(date, rng)}: {who} {rng.choice(active)} {fig} {what} {where}, "
                f"{rng.choice(ATTR_AFTER)}.")
    else:
        text = f"{_cap(when)}, {fig} {what} {rng.choice(passive)} {who} {where}, {rng.choice(ATTR_AFTER)}."
    if rng.random() < 0.2:
        text = typo(text, rng)
    return text


def _figure_for(obj: str, event: str, rng: random.Random) -> int:
    cls = OBJECTS[obj][1]
    if cls in ("projectiles", "vehicles") or event in ("kill", "wound"):
        return rng.choice(FIGURES_SMALL)
    return rng.choice(FIGURES_SMALL + FIGURES_LARGE)


def _random_fact(rng: random.Random) -> tuple:
    actor = rng.choice(list(ACTORS))
    events = ACTORS[actor][2]
    event = rng.choice(events)
    objs = [o for o, (_, cls) in OBJECTS.items() if event in CLASS_EVENTS[cls]]
    obj = rng.choice(objs)
    return (actor, event, _figure_for(obj, event, rng), obj, rng.choice(list(PLACES)), rng.choice(DATES))


def _other_figure(n: int, rng: random.Random) -> int:
    """A figure a reporter could have written instead: a neighbour in scale, or another round one."""
    pool = FIGURES_SMALL + FIGURES_LARGE
    near = [m for m in pool if m != n and 0.3 <= m / n <= 3.5]
    choice = rng.choice(near) if near and rng.random() < 0.8 else rng.choice([m for m in pool if m != n])
    return choice


def _other_date(date: tuple[int, int], rng: random.Random) -> tuple[int, int]:
    """Another day: the next or previous one in the pool, one ten days off, or any."""
    day, month = date
    tens = [d for d in DATES if d[1] == month and abs(d[0] - day) == 10]
    i = DATES.index(date)
    neighbours = [DATES[j] for j in (i - 1, i + 1) if 0 <= j < len(DATES)]
    pool = tens + neighbours if rng.random() < 0.7 and tens + neighbours else [d for d in DATES if d != date]
    return rng.choice(pool)


def _sibling(fact: tuple, rng: random.Random) -> tuple[tuple, str]:
    """The fact with exactly one of figure, place, event or date changed."""
    actor, event, figure, obj, place, date = fact
    while True:
        slot = rng.choice(["figure", "place", "event", "date"])
        if slot == "figure":
            return (actor, event, _other_figure(figure, rng), obj, place, date), slot
        if slot == "place":
            return (actor, event, figure, obj, rng.choice([p for p in PLACES if p != place]), date), slot
        if slot == "date":
            return (actor, event, figure, obj, place, _other_date(date, rng)), slot
        cls = OBJECTS[obj][1]
        others = [e for e in ACTORS[actor][2] if e != event and e in CLASS_EVENTS[cls]]
        if others:
            return (actor, rng.choice(others), figure, obj, place, date), slot


def generate(n: int, seed: int) -> tuple[list[str], list[int], list[tuple], list[str]]:
    """n lines, their family ids, each family's fact and how it was made (`sibling_families`)."""
    return sibling_families(n, seed, _random_fact, _sibling, tell)



def main() -> None:
    generator_main(__doc__ or "", 21, generate, FIELDS)


if __name__ == "__main__":
    main()
