"""A fourth dense-family generator (helper gen4): conflict desks' copy, retold by many outlets.

    .venv/bin/python benchmarks/matching_newsroom.py --sizes 1000 5000 --seed 4
    .venv/bin/python benchmarks/matching_newsroom.py --sizes 20000 --errors 8
    .venv/bin/python benchmarks/matching_newsroom.py --sizes 300 --dump /tmp/lines.txt

Why: acceptance (issue 11) runs `workbench cluster` on another team's generator of dense
families. Each generator written here was fitted against once measured, so only a new one's
first run estimates the acceptance. This one was written from the issue's text alone, before
reading the other generators or the matching tables.

A fact is (theatre, actor, event, counted noun, figure, place, day). Three of six theatres a
run (Ukraine/Russia, Gaza/Israel/Lebanon, Myanmar, Ethiopia/Tigray, DR Congo, Haiti), five days
of one June week, ~20 figures, a dozen events: a small shared vocabulary. Each fact is told by
2-40 outlets (skewed), each line choosing independently: actor alias, verb synonym, noun
synonym, voice (active, passive, agentless passive, nominalised, quoted, headline), word order
(place or date fronted or swapped), figure format (1,200 / 1200 / 1.2 thousand / twelve hundred
/ 12 hundred / 1.2m / 1.2 million / a dozen / twelve) and hedge (about, nearly, over, at least,
300-plus, roughly three hundred), date format (13 June, June 13th, the 13th of June, 2024-06-13,
Thursday, or no date), transliterated or renamed place (Kharkiv/Kharkov, Bakhmut/Artemovsk),
British or American spelling, attribution at the start, middle or end, an added clause, and
typos in ~15 % of lines. Sibling facts differ from their base in exactly one slot: figure,
place, event (verb), day, actor or victim (the counted noun). The gold is the facts: two lines
are a positive pair iff they retell the same fact. A hedge is a retelling choice, not a fact.

Printed per size: pair precision / recall of `cluster_texts` groups (semantic, and lexical as
`--no-semantic`), CPU and wall seconds, and exhaustive rapidfuzz `ratio` cdist
(processor=utils.default_process) at the threshold that is best on a separate sample
(pairs at or above it as links; no transitive closure, which only helps it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import random
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from family_scoring import number_words  # noqa: E402

# ----------------------------------------------------------------------------------------------
# Vocabulary. Names: (main spelling, other spellings...); the first is the weighted favourite.

THEATRES: dict[str, dict] = {
    "ukraine": {
        "actors": {
            "russia": ["Russian forces", "Russian troops", "Moscow's forces", "the Russian army"],
            "ukraine": ["Ukrainian forces", "Ukrainian troops", "Kyiv's forces", "Kiev's troops",
                        "the Ukrainian army"],
        },
        "places": [["Kharkiv", "Kharkov"], ["Bakhmut", "Artemovsk"], ["Zaporizhzhia", "Zaporozhye"],
                   ["Odesa", "Odessa"], ["Mykolaiv", "Nikolaev"], ["Avdiivka", "Avdeyevka"],
                   ["Kramatorsk"], ["Luhansk", "Lugansk"]],
    },
    "levant": {
        "actors": {
            "israel": ["Israeli forces", "the Israeli military", "the IDF", "Israeli troops"],
            "hezbollah": ["Hezbollah", "Hizbollah", "Hizballah", "Hezbollah fighters"],
            "hamas": ["Hamas", "Hamas militants", "Hamas's armed wing"],
        },
        "places": [["Khan Younis", "Khan Yunis"], ["Rafah"], ["Jabalia", "Jabaliya"],
                   ["Deir al-Balah", "Deir el-Balah"], ["Beit Hanoun", "Beit Hanun"],
                   ["Nabatieh", "Nabatiyeh"], ["Bint Jbeil", "Bint Jbail"], ["Tyre", "Sour"]],
    },
    "myanmar": {
        "actors": {
            "junta": ["the junta", "Myanmar's military", "the military government", "the Tatmadaw"],
            "arakan": ["the Arakan Army", "Arakan Army fighters", "the AA"],
            "pdf": ["the People's Defence Force", "the People's Defense Force", "resistance fighters"],
        },
        "places": [["Lashio"], ["Myawaddy", "Myawadi"], ["Sittwe", "Akyab"], ["Mandalay"],
                   ["Sagaing"], ["Kyaukphyu", "Kyauk Phyu"]],
    },
    "ethiopia": {
        "actors": {
            "endf": ["Ethiopian federal forces", "Ethiopian troops", "the ENDF", "the Ethiopian army"],
            "tigray": ["Tigrayan forces", "the TPLF", "Tigrayan fighters"],
            "fano": ["Fano militiamen", "the Fano militia", "Fano fighters"],
        },
        "places": [["Mekelle", "Mekele", "Makale"], ["Shire", "Inda Selassie"], ["Adigrat"],
                   ["Gondar", "Gonder"], ["Bahir Dar", "Bahar Dar"], ["Dessie", "Dese"]],
    },
    "congo": {
        "actors": {
            "m23": ["M23 rebels", "the M23", "the March 23 Movement", "M23 fighters"],
            "fardc": ["Congolese troops", "the Congolese army", "the FARDC"],
            "adf": ["ADF militants", "the Allied Democratic Forces", "the ADF"],
        },
        "places": [["Goma"], ["Bukavu"], ["Sake"], ["Rutshuru"], ["Kiwanja"], ["Bunia"]],
    },
    "haiti": {
        "actors": {
            "gangs": ["armed gangs", "gang members", "gangs"],
            "vivansanm": ["the Viv Ansanm coalition", "Viv Ansanm gangs", "the Viv Ansanm alliance"],
            "police": ["Haitian police", "Haiti's National Police", "the PNH"],
        },
        "places": [["Port-au-Prince", "Port au Prince"], ["Cite Soleil", "Cité Soleil"],
                   ["Croix-des-Bouquets", "Croix des Bouquets"], ["Martissant"],
                   ["Petion-Ville", "Pétion-Ville", "Petionville"], ["Mirebalais"]],
    },
}

# Counted nouns: synonyms a writer would use for the same things.
NOUNS: dict[str, list[str]] = {
    "civilians": ["civilians", "residents", "local people", "non-combatants"],
    "children": ["children", "minors", "youngsters"],
    "soldiers": ["soldiers", "troops", "servicemen"],
    "fighters": ["fighters", "militants", "combatants"],
    "police": ["police officers", "policemen", "officers"],
    "aidworkers": ["aid workers", "humanitarian workers", "relief workers"],
    "prisoners": ["prisoners", "detainees", "inmates"],
    "hostages": ["hostages", "captives"],
    "vehicles": ["vehicles", "military vehicles"],
    "armour": ["armoured vehicles", "armored vehicles"],
    "villages": ["villages", "settlements"],
    "homes": ["homes", "houses", "dwellings"],
    "buildings": ["buildings", "structures"],
    "drones": ["drones", "UAVs", "unmanned aerial vehicles"],
    "rockets": ["rockets", "projectiles"],
    "missiles": ["missiles"],
    "trucks": ["aid trucks", "aid lorries", "relief trucks"],
}


@dataclass(frozen=True)
class Event:
    """One kind of act: active verbs, passive participles, nominalisations, headline verbs."""

    active: tuple[str, ...]
    passive: tuple[str, ...]
    nominal: tuple[str, ...]
    headline: tuple[str, ...]
    nouns: tuple[str, ...]
    figures: tuple[int, ...]


PEOPLE_SMALL = (3, 5, 7, 8, 12, 15, 17, 20, 24, 30, 36, 40, 45, 60, 70, 100, 120, 150, 200, 300)
PEOPLE_LARGE = (120, 300, 450, 1200, 1500, 2000, 3500, 12000, 15000, 250000, 1200000, 1500000)
OBJECTS = (3, 5, 8, 12, 15, 20, 24, 30, 40, 45, 60, 100, 120, 150, 200, 300, 450, 1200)

EVENTS: dict[str, Event] = {
    "kill": Event(("killed", "shot dead"), ("killed", "shot dead"), ("the killing of", "the deaths of"),
                  ("kill", "shoot dead"), ("civilians", "children", "soldiers", "fighters", "police",
                                           "aidworkers"), PEOPLE_SMALL + (450, 1200, 2000)),
    "wound": Event(("wounded", "injured"), ("wounded", "injured", "hurt"), ("the wounding of",),
                   ("wound", "injure"), ("civilians", "children", "soldiers", "fighters", "police"),
                   PEOPLE_SMALL + (450, 1200)),
    "abduct": Event(("abducted", "kidnapped"), ("abducted", "kidnapped"), ("the abduction of",
                    "the kidnapping of"), ("abduct", "kidnap"), ("civilians", "children", "aidworkers",
                                                                 "police"), PEOPLE_SMALL),
    "detain": Event(("detained", "arrested", "rounded up"), ("detained", "arrested", "rounded up"),
                    ("the arrest of", "the detention of"), ("detain", "arrest"),
                    ("civilians", "fighters", "aidworkers", "soldiers"), PEOPLE_SMALL),
    "displace": Event(("displaced", "uprooted", "forced from their homes"),
                      ("displaced", "uprooted", "forced from their homes"), ("the displacement of",),
                      ("displace", "uproot"), ("civilians", "children"), PEOPLE_LARGE),
    "evacuate": Event(("evacuated", "moved to safety"), ("evacuated", "moved to safety"),
                      ("the evacuation of",), ("evacuate",), ("civilians", "children", "aidworkers"),
                      PEOPLE_LARGE),
    "release": Event(("released", "freed", "set free"), ("released", "freed", "set free"),
                     ("the release of", "the freeing of"), ("release", "free"),
                     ("prisoners", "hostages", "civilians", "soldiers"), PEOPLE_SMALL),
    "capture": Event(("captured", "seized"), ("captured", "seized"), ("the capture of", "the seizure of"),
                     ("capture", "seize"), ("vehicles", "armour", "villages", "drones"), OBJECTS),
    "destroy": Event(("destroyed", "razed", "wrecked"), ("destroyed", "razed", "wrecked"),
                     ("the destruction of",), ("destroy", "raze"),
                     ("homes", "buildings", "vehicles", "armour"), OBJECTS + (2000, 3500, 15000)),
    "launch": Event(("launched", "fired"), ("launched", "fired"), ("the launch of", "the firing of"),
                    ("launch", "fire"), ("drones", "rockets", "missiles"), OBJECTS),
    "down": Event(("shot down", "downed", "brought down"), ("shot down", "downed", "brought down"),
                  ("the downing of",), ("shoot down", "down"), ("drones", "missiles"), OBJECTS),
    "deliver": Event(("delivered", "brought in", "sent in"), ("delivered", "brought in", "sent in"),
                     ("the delivery of",), ("deliver", "bring in"), ("trucks",), OBJECTS),
}

SOURCES = ["witnesses", "local officials", "the United Nations", "the UN", "a military spokesman",
           "rights groups", "medics", "residents", "the regional governor", "the health ministry",
           "local media", "a security source", "monitors", "aid agencies"]
ADDED = [", the second such attack this month", ", amid heavy fighting", ", as the offensive intensified",
         ", in one of the worst days of the conflict", ", a day after talks collapsed",
         ", raising fears of a wider escalation", ", near the front line",
         ", according to a local tally", " as fighting spread to the outskirts"]
HEDGES = ["about", "around", "roughly", "some", "nearly", "almost", "more than", "over", "at least",
          "upwards of", "an estimated", "PLUS"]
MONTH = 6
YEAR = 2024
WEEK = list(range(10, 17))  # 10-16 June 2024: seven days, seven weekdays


def figure(value: int, rng: random.Random) -> str:
    """One outlet's way of writing `value`, sometimes hedged."""
    forms = [f"{value:,}"]
    if value >= 1000:
        forms.append(str(value))
    if value >= 1_000_000:
        m = value / 1_000_000
        forms += [f"{m:g} million", f"{m:g} million", f"{m:g}m", f"{value:,}"]
    elif value >= 1000 and value % 100 == 0:
        if value % 1000 == 0:
            forms.append(f"{value // 1000:,} thousand")
        else:
            forms.append(f"{value / 1000:g} thousand")
            if value < 10_000:
                forms += [f"{number_words(value // 100)} hundred", f"{value // 100} hundred"]
    elif value < 1000:
        if value <= 20 or value % 100 == 0 or value % 10 == 0 and value < 100:
            forms += [number_words(value)] * 2
        if value in (12, 24, 36):
            forms += [{12: "a dozen", 24: "two dozen", 36: "three dozen"}[value]] * 2
    text = rng.choice(forms)
    if rng.random() < 0.45:
        hedge = rng.choice(HEDGES)
        if hedge == "PLUS":
            if text[0].isdigit() and " " not in text:
                return f"{text}-plus"
            hedge = "more than"
        return f"{hedge} {text}"
    return text


def day_text(day: int, rng: random.Random) -> str:
    """'on 13 June' in one of many styles; '' for no date."""
    date = dt.date(YEAR, MONTH, day)
    weekday = date.strftime("%A")
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return rng.choices(
        [f"on {day} June", f"on June {day}", f"on June {day}{suffix}", f"on the {day}{suffix} of June",
         f"on {day} June {YEAR}", f"on June {day}, {YEAR}", f"on {date.isoformat()}", f"on {weekday}",
         f"on {weekday}, June {day}", ""],
        weights=[22, 18, 8, 6, 6, 6, 5, 10, 6, 5])[0]


def typo(word: str, rng: random.Random) -> str:
    """A keyboard slip: swap, drop, double or replace one letter."""
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(4)
    if kind == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == 1:
        return word[:i] + word[i + 1:]
    if kind == 2:
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice("aeiourstnl") + word[i + 1:]


def add_typos(text: str, rng: random.Random) -> str:
    tokens = text.split(" ")
    spots = [k for k, t in enumerate(tokens) if t.isalpha() and len(t) >= 5]
    for k in rng.sample(spots, min(len(spots), 1 if rng.random() < 0.75 else 2)):
        tokens[k] = typo(tokens[k], rng)
    return " ".join(tokens)


@dataclass(frozen=True)
class Fact:
    theatre: str
    actor: str
    event: str
    noun: str
    value: int
    place: int
    day: int


def pick(options: list[str], rng: random.Random) -> str:
    """The first spelling most of the time, the others sometimes."""
    if len(options) == 1 or rng.random() < 0.55:
        return options[0]
    return rng.choice(options[1:])


def spell(text: str, rng: random.Random) -> str:
    """British or American spelling of the few words that differ here."""
    if rng.random() < 0.5:
        return text
    for uk, us in (("armoured", "armored"), ("Defence", "Defense"), ("neighbourhood", "neighborhood"),
                   ("centre", "center"), ("lorries", "trucks")):
        text = text.replace(uk, us)
    return text


def tell(fact: Fact, rng: random.Random) -> tuple[str, dict[str, str]]:
    """One outlet's line for `fact`, and the choices it made (for --errors)."""
    theatre = THEATRES[fact.theatre]
    actor = pick(theatre["actors"][fact.actor], rng)
    event = EVENTS[fact.event]
    place_names = theatre["places"][fact.place]
    place_name = place_names[0] if len(place_names) == 1 or rng.random() < 0.5 else rng.choice(place_names[1:])
    place = rng.choices([f"in {place_name}", f"in the city of {place_name}", f"in the town of {place_name}",
                         f"in and around {place_name}", f"in the {place_name} area"],
                        weights=[60, 10, 8, 6, 8])[0]
    noun = pick(NOUNS[fact.noun], rng)
    number = figure(fact.value, rng)
    when = day_text(fact.day, rng)
    source = rng.choice(SOURCES)
    voice = rng.choices(["active", "passive", "agentless", "nominal", "quoted", "headline"],
                        weights=[40, 20, 6, 12, 14, 8])[0]
    choices = {"voice": voice, "place": place_name, "actor": actor, "noun": noun, "date": when,
               "figure": number}
    # Where and when: together at the end in either order, or one fronted.
    order = rng.choices(["pd", "dp", "P", "D"], weights=[55, 20, 13, 12])[0]
    tail_parts = [place, when] if order in ("pd", "D") else [when, place]
    front = ""
    if order == "P":
        front, tail_parts = place[0].upper() + place[1:] + ", ", [when]
    elif order == "D" and when:
        front, tail_parts = when[0].upper() + when[1:] + ", ", [place]
    tail = " ".join(p for p in tail_parts if p)
    verb = rng.choice(event.active)
    things = f"{number} {noun}"
    if voice in ("active", "quoted"):
        if " " in verb and verb.split()[-1] in ("up", "down") and rng.random() < 0.3 and "," not in number:
            head, particle = verb.rsplit(" ", 1)  # "rounded 20 fighters up"
            core = f"{actor} {head} {things} {particle}"
        elif verb == "moved to safety":
            core = f"{actor} moved {things} to safety"
        elif verb == "forced from their homes":
            core = f"{actor} forced {things} from their homes"
        else:
            core = f"{actor} {verb} {things}"
    elif voice == "passive":
        core = f"{things} were {rng.choice(event.passive)} by {actor}"
    elif voice == "agentless":
        core = f"{things} were {rng.choice(event.passive)}"
    elif voice == "nominal":
        nominal = rng.choice(event.nominal)
        if rng.random() < 0.5:
            core = f"{nominal} {things} by {actor}"
        else:
            possessive = actor[4:] if actor.startswith("the ") else actor
            core = f"{possessive}{chr(39) if possessive.endswith('s') else chr(39) + 's'} {nominal[4:]} {things}"
            core = "the " + core if actor.startswith("the ") else core
    else:  # headline: present tense, no attribution, date often dropped
        verb_now = rng.choice(event.headline)
        ending = "s" if not actor.endswith("s") or actor.startswith("the ") or actor in ("Hamas", "the M23") else ""
        first, _, rest = verb_now.partition(" ")
        first = first + ("es" if ending and first.endswith(("sh", "ch")) else ending)
        core = f"{actor} {first}{(' ' + rest) if rest else ''} {things}"
        text = f"{front}{core} {place if order != 'P' else ''}".strip()
        if rng.random() < 0.4 and when:
            text += " " + when
        text = text[0].upper() + text[1:]
        return finish(text, rng), choices
    clause = rng.choice(ADDED) if rng.random() < 0.25 else ""
    if voice == "nominal":
        how = rng.randrange(3)
        body = f"{core} {tail}".strip()
        if how == 0:
            text = f"{source} reported {front[0].lower() + front[1:]}{body}{clause}" if front else (
                f"{source} reported {body}{clause}")
        elif how == 1:
            text = f"{front}{body} was confirmed by {source}{clause}"
        else:
            text = f"{front}{source} condemned {body}{clause}"
            text = text if not front else front + text[len(front):]
        text = text[0].upper() + text[1:]
        choices["frame"] = "nominal"
        return finish(text + ".", rng), choices
    body = f"{front}{core} {tail}".strip()
    body = body[0].upper() + body[1:] if front else body
    if voice == "quoted":
        said = rng.choice(["said", "told reporters", "said in a statement"])
        text = (f'"{body[0].upper() + body[1:]}{clause}," {source} {said}.' if rng.random() < 0.6
                else f'{source[0].upper() + source[1:]} {said}: "{body[0].upper() + body[1:]}{clause}."')
        choices["frame"] = "quoted"
        return finish(text, rng), choices
    frame = rng.choices(["start", "end", "middle", "according", "none"], weights=[30, 25, 8, 15, 22])[0]
    choices["frame"] = frame
    if frame == "start":
        body = body[0].lower() + body[1:] if front else body
        text = f"{source[0].upper() + source[1:]} said {body}{clause}."
    elif frame == "end":
        text = f"{body[0].upper() + body[1:]}{clause}, {source} said."
    elif frame == "according":
        lowered = body[0].lower() + body[1:] if front else body
        text = (f"According to {source}, {lowered}{clause}." if rng.random() < 0.5
                else f"{body[0].upper() + body[1:]}{clause}, according to {source}.")
    elif frame == "middle" and not front and voice == "active":
        rest = body[len(actor):]
        text = f"{actor[0].upper() + actor[1:]}, {source} said,{rest}{clause}."
    else:
        text = f"{body[0].upper() + body[1:]}{clause}."
    return finish(text, rng), choices


def finish(text: str, rng: random.Random) -> str:
    return spell(" ".join(text.split()), rng)


def family_size(rng: random.Random) -> int:
    """2-40, skewed: most families small, a few large."""
    return min(40, 1 + int(rng.paretovariate(1.1)))


def sibling(base: Fact, theatres: list[str], rng: random.Random) -> Fact:
    """`base` with exactly one slot changed: figure, place, event, day, actor or victim."""
    theatre = THEATRES[base.theatre]
    event = EVENTS[base.event]
    slot = rng.choice(["figure", "figure", "place", "event", "day", "actor", "victim"])
    if slot == "figure":
        return Fact(**{**base.__dict__, "value": rng.choice([v for v in event.figures if v != base.value])})
    if slot == "place":
        return Fact(**{**base.__dict__, "place": rng.choice(
            [k for k in range(len(theatre["places"])) if k != base.place])})
    if slot == "day":
        return Fact(**{**base.__dict__, "day": rng.choice([d for d in DAYS if d != base.day])})
    if slot == "actor":
        return Fact(**{**base.__dict__, "actor": rng.choice(sorted(a for a in theatre["actors"] if a != base.actor))})
    if slot == "victim":
        others = [n for n in event.nouns if n != base.noun]
        if others:
            return Fact(**{**base.__dict__, "noun": rng.choice(others)})
    # another event that can happen to the same things with the same figure
    others = sorted(e for e, ev in EVENTS.items() if e != base.event and base.noun in ev.nouns)
    if others:
        return Fact(**{**base.__dict__, "event": rng.choice(others)})
    return Fact(**{**base.__dict__, "value": rng.choice([v for v in event.figures if v != base.value])})


DAYS: list[int] = []


def corpus(n_lines: int, seed: int) -> tuple[list[str], list[int], list[Fact], list[dict[str, str]]]:
    """`n_lines` lines, the fact id of each, the facts, and each line's choices."""
    rng = random.Random(seed)
    theatres = sorted(rng.sample(sorted(THEATRES), 3))
    DAYS[:] = sorted(rng.sample(WEEK, 5))
    facts: list[Fact] = []
    seen: set[Fact] = set()
    sizes: list[int] = []

    def new_base() -> Fact:
        name = rng.choice(theatres)
        theatre = THEATRES[name]
        event_name = rng.choice(sorted(EVENTS))
        event = EVENTS[event_name]
        return Fact(name, rng.choice(sorted(theatre["actors"])), event_name, rng.choice(event.nouns),
                    rng.choice(event.figures), rng.randrange(len(theatre["places"])), rng.choice(DAYS))

    total = 0
    while total < n_lines:
        base = new_base()
        if base in seen:
            continue
        group = [base]
        for _ in range(rng.choices([0, 1, 2, 3, 4], weights=[30, 30, 20, 12, 8])[0]):
            other = sibling(base, theatres, rng)
            if other not in seen and other not in group:
                group.append(other)
        for fact in group:
            seen.add(fact)
            facts.append(fact)
            sizes.append(family_size(rng))
            total += sizes[-1]
    lines: list[tuple[str, int, dict[str, str]]] = []
    for fid, (fact, size) in enumerate(zip(facts, sizes, strict=True)):
        for _ in range(size):
            text, choices = tell(fact, rng)
            if rng.random() < 0.15:
                text = add_typos(text, rng)
                choices["typo"] = "yes"
            lines.append((text, fid, choices))
    rng.shuffle(lines)
    lines = lines[:n_lines]
    return [t for t, _, _ in lines], [f for _, f, _ in lines], facts, [c for _, _, c in lines]


# ----------------------------------------------------------------------------------------------
# Scoring


def pair_counts(groups: list[list[int]], gold: list[int]) -> tuple[int, int, int]:
    """(true pairs predicted, pairs predicted, gold pairs) for grouping `groups` of line indices."""
    tp = pred = 0
    for group in groups:
        pred += len(group) * (len(group) - 1) // 2
        for count in Counter(gold[i] for i in group).values():
            tp += count * (count - 1) // 2
    gold_pairs = sum(c * (c - 1) // 2 for c in Counter(gold).values())
    return tp, pred, gold_pairs


def pr(tp: int, pred: int, gold_pairs: int) -> tuple[float, float]:
    return (tp / pred if pred else 1.0), (tp / gold_pairs if gold_pairs else 1.0)


def run_cluster(lines: list[str], semantic: bool) -> tuple[list[list[int]], float, float]:
    from workbench.core.match import matching

    cpu, wall = time.process_time(), time.perf_counter()
    groups, _links = matching.cluster_texts(lines, semantic=semantic)
    return groups, time.process_time() - cpu, time.perf_counter() - wall


def ratio_scores(lines: list[str], cutoff: int, chunk: int = 1000) -> list[tuple[int, int, int]]:
    """Every pair (i < j) with rapidfuzz ratio >= cutoff, over all pairs."""
    import numpy as np
    from rapidfuzz import fuzz, process, utils

    out: list[tuple[int, int, int]] = []
    processed = [utils.default_process(t) for t in lines]
    for start in range(0, len(lines), chunk):
        block = process.cdist(processed[start:start + chunk], processed, scorer=fuzz.ratio,
                              dtype=np.uint8, score_cutoff=cutoff, workers=1)
        rows, cols = np.nonzero(block)
        for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
            i = start + r
            if i < c:
                out.append((i, c, int(block[r, c])))
    return out


def best_ratio_threshold(seed: int, n: int = 2000) -> int:
    """The ratio cut-off with the best pair F1 on a separate sample (another seed)."""
    lines, gold, _, _ = corpus(n, seed + 1000)
    scored = ratio_scores(lines, 50)
    gold_pairs = sum(c * (c - 1) // 2 for c in Counter(gold).values())
    best, best_f1 = 100, -1.0
    for cut in range(50, 101):
        kept = [(i, j) for i, j, s in scored if s >= cut]
        tp = sum(gold[i] == gold[j] for i, j in kept)
        p, r = pr(tp, len(kept), gold_pairs)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        if f1 > best_f1:
            best, best_f1 = cut, f1
    return best


def slot_difference(a: Fact, b: Fact) -> str:
    diff = [name for name, x, y in (("actor", a.actor, b.actor), ("event", a.event, b.event),
                                     ("victim", a.noun, b.noun), ("figure", a.value, b.value),
                                     ("place", a.place, b.place), ("day", a.day, b.day),
                                     ("theatre", a.theatre, b.theatre)) if x != y]
    return diff[0] if len(diff) == 1 else f"unrelated ({len(diff)} slots)"


def split_class(a: dict[str, str], b: dict[str, str]) -> str:
    """What differs between two retellings of one fact, the likeliest culprit first."""
    for key in ("voice", "place", "actor", "noun", "figure", "date", "typo"):
        if a.get(key) != b.get(key):
            if key == "voice" and "passive" not in (a[key], b[key]) and a[key] == "active":
                continue
            return f"{key}: {a.get(key)} / {b.get(key)}" if key in ("voice",) else key
    return "other"


def errors(lines: list[str], gold: list[int], facts: list[Fact], choices: list[dict[str, str]],
           groups: list[list[int]], n: int, rng: random.Random) -> None:
    """False merges by the slot their facts differ in; false splits by what their lines differ in."""
    group_of = {i: g for g, group in enumerate(groups) for i in group}
    merges: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for group in groups:
        for i, j in itertools.combinations(group, 2):
            if gold[i] != gold[j]:
                merges[slot_difference(facts[gold[i]], facts[gold[j]])].append((i, j))
    members: dict[int, list[int]] = defaultdict(list)
    for i, f in enumerate(gold):
        members[f].append(i)
    splits: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for family in members.values():
        for i, j in itertools.combinations(family, 2):
            if group_of.get(i, -1 - i) != group_of.get(j, -1 - j):
                splits[split_class(choices[i], choices[j])].append((i, j))
    for title, table in (("false merges (pairs) by the slot the facts differ in", merges),
                         ("false splits (pairs) by what the two lines differ in", splits)):
        print(f"  {title}:")
        for name, pairs in sorted(table.items(), key=lambda kv: -len(kv[1]))[:14]:
            print(f"    {len(pairs):7d}  {name}")
            for i, j in rng.sample(pairs, min(n, len(pairs))):
                print(f"             {lines[i]}\n           ~ {lines[j]}")
    alone = sum(1 for i in range(len(lines)) if i not in group_of)
    print(f"  lines in no group: {alone} of {len(lines)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="N examples per error class")
    parser.add_argument("--no-semantic", action="store_true", help="skip the semantic run")
    parser.add_argument("--no-lexical", action="store_true", help="skip the lexical run")
    parser.add_argument("--no-ratio", action="store_true", help="skip exhaustive ratio")
    parser.add_argument("--dump", type=Path, help="write the lines (fact id, tab, text) and stop")
    args = parser.parse_args()
    if args.dump:
        lines, gold, _, _ = corpus(args.sizes[0], args.seed)
        args.dump.write_text("".join(f"{g}\t{t}\n" for t, g in zip(lines, gold, strict=True)), encoding="utf-8")
        return
    cut = None if args.no_ratio else best_ratio_threshold(args.seed)
    for size in args.sizes:
        lines, gold, facts, choices = corpus(size, args.seed)
        tp_all = Counter(gold)
        print(f"newsroom {size} lines, seed {args.seed}: {len(tp_all)} facts, "
              f"largest {max(tp_all.values())}, gold pairs {sum(c * (c - 1) // 2 for c in tp_all.values())}")
        runs = [("semantic", True)] * (not args.no_semantic) + [("lexical", False)] * (not args.no_lexical)
        for name, semantic in runs:
            groups, cpu, wall = run_cluster(lines, semantic)
            p, r = pr(*pair_counts(groups, gold))
            print(f"  cluster {name:8s}  P {p:.3f}  R {r:.3f}  CPU {cpu:7.1f} s  wall {wall:7.1f} s", flush=True)
            if args.errors:
                errors(lines, gold, facts, choices, groups, args.errors, random.Random(args.seed))
        if cut is not None:
            cpu, wall = time.process_time(), time.perf_counter()
            kept = ratio_scores(lines, cut)
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            tp = sum(gold[i] == gold[j] for i, j, _ in kept)
            p, r = pr(tp, len(kept), sum(c * (c - 1) // 2 for c in tp_all.values()))
            print(f"  ratio >= {cut:3d} pairs   P {p:.3f}  R {r:.3f}  CPU {cpu:7.1f} s  wall {wall:7.1f} s",
                  flush=True)


if __name__ == "__main__":
    main()
