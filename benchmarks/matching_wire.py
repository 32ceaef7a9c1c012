"""A third dense-family generator, in wire style: does `cluster` find the families it never saw?

Written (helper gen3) from issue 11's own description only, without reading the two other
generators (`matching_dense.py`, `matching_families.py`) nor the matching tables, so that its
first run tells how matching does on a generator nobody fitted against. Each family is one fact
(an actor, an event, a figure, what was counted, a place, a day) retold as news agencies and
outlets tell it: wire frames ("(Reuters) -", "KHARTOUM (AFP) -", "..., a spokesman told
reporters"), headlines, active / passive / agentless voice, verb and noun synonyms, figures in
digits, words, with hedges, vague words ("dozens of") and ranges, dates as "13 June" /
"June 13th" / "13/06" / "on the 13th" / a weekday, transliterated places and actors, typing slips.
Sibling families tell another figure, place, event verb or day with the same words around it.
Four theatres (Syria, Yemen, Sudan, the Sahel), a dozen places a run: a small shared vocabulary.

Gold: a pair of lines is positive iff both come from one family. Printed: pair precision / recall
of `cluster_texts` groups (semantic and lexical), CPU and wall seconds, and exhaustive rapidfuzz
`ratio` (pairs at or above the threshold that is best, by F1, on a separate sample of another seed).

    python benchmarks/matching_wire.py [--sizes 1000 5000 20000] [--seed N] [--no-semantic]
        [--no-lexical] [--no-ratio] [--errors N] [--typos F] [--translit F] [--dump FILE]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from family_scoring import number_words  # noqa: E402

# ---------------------------------------------------------------------------------------------
# Vocabulary: each entry's first spelling is the usual one, the others transliterations.

THEATRES: dict[str, dict] = {
    "syria": {
        "places": [["Deir ez-Zor", "Dayr az-Zawr", "Deir al-Zour", "Deir Ezzor"], ["Idlib", "Idleb"],
                   ["Aleppo", "Halab"], ["Raqqa", "Al-Raqqah", "Rakka"], ["Homs", "Hims"],
                   ["Hama", "Hamah"], ["Douma", "Duma"], ["Daraa", "Deraa", "Dar'a"]],
        "armed": [["government forces", "regime forces", "pro-government forces"],
                  ["Islamic State militants", "IS jihadists", "ISIS fighters", "Daesh fighters"],
                  ["Turkish-backed fighters", "Turkey-backed militias"],
                  ["Kurdish-led forces", "the SDF", "the Syrian Democratic Forces"]],
        "datelines": ["BEIRUT", "DAMASCUS", "AMMAN"],
        "sources": ["the Syrian Observatory for Human Rights said", "the Britain-based monitor said",
                    "the White Helmets said", "activists said"],
    },
    "yemen": {
        "places": [["Hodeidah", "Hudaydah", "Al Hudaydah", "Hodeida"], ["Taiz", "Taizz", "Ta'izz"],
                   ["Marib", "Ma'rib", "Mareb"], ["Sanaa", "Sana'a", "Sana"], ["Aden"],
                   ["Saada", "Sa'dah", "Saadah"], ["Mokha", "Mocha", "Al-Mukha"]],
        "armed": [["Houthi rebels", "Huthi rebels", "the Houthis", "Ansar Allah fighters"],
                  ["the Saudi-led coalition", "coalition warplanes", "Saudi-led forces"],
                  ["government troops", "pro-government forces", "loyalist forces"]],
        "datelines": ["SANAA", "ADEN", "DUBAI", "RIYADH"],
        "sources": ["Houthi-run Al Masirah TV said", "the UN humanitarian office said",
                    "medical sources said", "tribal sources said"],
    },
    "sudan": {
        "places": [["El Fasher", "Al-Fashir", "El Fashir", "al-Fasher"], ["Omdurman", "Umm Durman"],
                   ["Khartoum", "Al-Khartum", "Khartum"], ["Nyala", "Niyala"],
                   ["Wad Madani", "Wad Medani"], ["El Geneina", "Al-Junaynah", "Geneina"],
                   ["El Obeid", "Al-Ubayyid", "El-Obeid"], ["Kadugli", "Kaduqli"]],
        "armed": [["the RSF", "the Rapid Support Forces", "RSF paramilitaries", "the paramilitary RSF"],
                  ["the army", "the Sudanese army", "SAF troops", "Sudanese Armed Forces"],
                  ["Arab militias", "allied militiamen"]],
        "datelines": ["KHARTOUM", "PORT SUDAN", "CAIRO", "NAIROBI"],
        "sources": ["the Sudan Doctors Network said", "local resistance committees said",
                    "the emergency lawyers group said", "a medical source said"],
    },
    "sahel": {
        "places": [["Timbuktu", "Tombouctou", "Timbuctoo"], ["Gao"], ["Menaka", "Ménaka"],
                   ["Djibo"], ["Diffa"], ["Mopti"], ["Kidal"], ["Tillaberi", "Tillabéri", "Tillabery"]],
        "armed": [["jihadists", "jihadist militants", "al Qaeda-linked militants", "JNIM fighters"],
                  ["Malian soldiers", "the Malian army", "FAMa troops"],
                  ["Russian mercenaries", "Wagner fighters", "Wagner Group mercenaries"],
                  ["gunmen", "armed men", "unidentified gunmen"]],
        "datelines": ["BAMAKO", "DAKAR", "NIAMEY", "OUAGADOUGOU"],
        "sources": ["a local official said", "a security source said", "residents said",
                    "the army said in a statement"],
    },
}

AID_ACTORS = [["the UN", "the United Nations"], ["the World Food Programme", "the WFP", "WFP"],
              ["the Red Cross", "the ICRC", "the International Committee of the Red Cross"],
              ["aid agencies", "humanitarian groups", "relief agencies"]]

#: noun classes: synonyms retold freely within a family
NOUNS = {
    "people": ["civilians", "people", "residents", "non-combatants"],
    "children": ["children", "minors", "kids"],
    "fighters": ["fighters", "combatants", "militants"],
    "students": ["students", "schoolchildren", "pupils"],
    "hostages": ["hostages", "captives", "abductees"],
    "homes": ["homes", "houses", "dwellings"],
    "vehicles": ["vehicles", "military vehicles", "armoured vehicles"],
    "strikes": ["air strikes", "airstrikes", "air raids"],
    "shells": ["shells", "artillery shells", "mortar rounds"],
    "trucks": ["aid trucks", "trucks carrying aid", "relief lorries"],
    "families": ["families", "households"],
    "violations": ["violations", "breaches"],
}

# Event templates. {A} actor, {N} figure and noun; "{P}" inline puts the place there, otherwise
# " <prep> {P}" follows. "act": active, "pas": passive with the agent, "agl": agentless,
# "head": headline (present tense, no article), with {D} a short date.
EVENTS: dict[str, dict] = {
    "kill": {"nouns": ["people", "children", "fighters"], "actor": "armed", "prep": ["in"],
             "act": ["{A} killed {N}", "{A} shot dead {N}", "{A} left {N} dead", "{A} massacred {N}"],
             "pas": ["{N} were killed by {A}", "{N} were shot dead by {A}"],
             "agl": ["{N} were killed", "{N} died", "{N} lost their lives", "{N} were left dead"],
             "head": ["{A} kill {N} in {P}", "{N} killed in {P} attack", "Attack in {P} kills {N}"]},
    "wound": {"nouns": ["people", "children", "fighters"], "actor": "armed", "prep": ["in"],
              "act": ["{A} wounded {N}", "{A} injured {N}"],
              "pas": ["{N} were wounded by {A}", "{N} were injured by {A}"],
              "agl": ["{N} were wounded", "{N} were injured", "{N} were hurt", "{N} sustained injuries"],
              "head": ["{A} wound {N} in {P}", "{N} wounded in {P}", "{N} hurt in {P} attack"]},
    "kidnap": {"nouns": ["students", "people", "children"], "actor": "armed", "prep": ["in", "near"],
               "act": ["{A} kidnapped {N}", "{A} abducted {N}", "{A} took {N} hostage"],
               "pas": ["{N} were kidnapped by {A}", "{N} were abducted by {A}"],
               "agl": ["{N} were kidnapped", "{N} were abducted", "{N} were taken hostage"],
               "head": ["{A} abduct {N} in {P}", "{N} kidnapped in {P}"]},
    "free": {"nouns": ["hostages", "students", "children"], "actor": "armed", "prep": ["in", "near"],
             "act": ["{A} freed {N}", "{A} released {N}", "{A} set free {N}"],
             "pas": ["{N} were freed by {A}", "{N} were released by {A}"],
             "agl": ["{N} were freed", "{N} were released", "{N} were set free", "{N} walked free"],
             "head": ["{A} free {N} in {P}", "{N} released in {P}"]},
    "arrest": {"nouns": ["people", "students", "fighters"], "actor": "armed", "prep": ["in"],
               "act": ["{A} arrested {N}", "{A} detained {N}", "{A} rounded up {N}"],
               "pas": ["{N} were arrested by {A}", "{N} were detained by {A}"],
               "agl": ["{N} were arrested", "{N} were detained", "{N} were taken into custody"],
               "head": ["{A} arrest {N} in {P}", "{N} detained in {P}"]},
    "displace": {"nouns": ["people", "families"], "actor": "armed", "prep": ["from", "in"],
                 "act": ["{A} forced {N} to flee", "{A} displaced {N}", "{A} drove out {N}"],
                 "pas": ["{N} were displaced by {A}", "{N} were driven out by {A}"],
                 "agl": ["{N} fled", "{N} were displaced", "{N} fled their homes", "{N} were forced to flee"],
                 "head": ["{N} flee {P}", "Fighting in {P} displaces {N}"]},
    "return": {"nouns": ["people", "families"], "actor": "armed", "prep": ["to"],
               "act": ["{A} allowed {N} to return", "{A} let {N} go back"],
               "pas": ["{N} were allowed back by {A}"],
               "agl": ["{N} returned", "{N} went back", "{N} returned home"],
               "head": ["{N} return to {P}"]},
    "destroy": {"nouns": ["homes"], "actor": "armed", "prep": ["in"],
                "act": ["{A} destroyed {N}", "{A} razed {N}", "{A} demolished {N}", "{A} burned down {N}"],
                "pas": ["{N} were destroyed by {A}", "{N} were razed by {A}"],
                "agl": ["{N} were destroyed", "{N} were reduced to rubble", "{N} were razed"],
                "head": ["{A} raze {N} in {P}", "{N} destroyed in {P}"]},
    "damage": {"nouns": ["homes"], "actor": "armed", "prep": ["in"],
               "act": ["{A} damaged {N}"],
               "pas": ["{N} were damaged by {A}"],
               "agl": ["{N} were damaged", "{N} were partly damaged", "{N} suffered damage"],
               "head": ["{N} damaged in {P}"]},
    "capture": {"nouns": ["vehicles"], "actor": "armed", "prep": ["in", "near"],
                "act": ["{A} captured {N}", "{A} seized {N}", "{A} took {N}"],
                "pas": ["{N} were captured by {A}", "{N} were seized by {A}"],
                "agl": ["{N} were captured", "{N} were seized"],
                "head": ["{A} seize {N} in {P}", "{N} captured in {P}"]},
    "strike": {"nouns": ["strikes"], "actor": "armed", "prep": ["on", "against"],
               "act": ["{A} carried out {N}", "{A} launched {N}", "{A} conducted {N}"],
               "pas": ["{N} were carried out by {A}", "{N} were launched by {A}"],
               "agl": ["{N} hit {P}", "{N} struck {P}", "{P} was hit by {N}"],
               "head": ["{N} pound {P}", "{A} launch {N} on {P}"]},
    "shell": {"nouns": ["shells"], "actor": "armed", "prep": ["at", "on"],
              "act": ["{A} fired {N}", "{A} lobbed {N}"],
              "pas": ["{N} were fired by {A}"],
              "agl": ["{N} landed in {P}", "{N} fell on {P}", "{P} was hit by {N}"],
              "head": ["{N} rain down on {P}", "{A} fire {N} at {P}"]},
    "deliver": {"nouns": ["trucks"], "actor": "aid", "prep": ["to"],
                "act": ["{A} sent {N} into {P}", "{A} got {N} into {P}", "{A} delivered {N} to {P}"],
                "pas": ["{N} were sent to {P} by {A}", "{N} were delivered to {P} by {A}"],
                "agl": ["{N} reached {P}", "{N} arrived in {P}", "{N} entered {P}", "{N} made it into {P}"],
                "head": ["{N} reach {P}", "Convoy of {N} arrives in {P}"]},
    "block": {"nouns": ["trucks"], "actor": "armed", "prep": ["to"],
              "act": ["{A} blocked {N} from reaching {P}", "{A} turned back {N} bound for {P}",
                      "{A} stopped {N} heading to {P}"],
              "pas": ["{N} were blocked from reaching {P} by {A}", "{N} were turned back from {P} by {A}"],
              "agl": ["{N} were blocked from entering {P}", "{N} were turned back outside {P}",
                      "{N} were denied access to {P}"],
              "head": ["{N} blocked outside {P}", "{A} block {N} bound for {P}"]},
    "violate": {"nouns": ["violations"], "actor": "armed", "prep": ["in", "around"],
                "act": ["{A} committed {N} of the ceasefire", "{A} carried out {N} of the truce"],
                "pas": ["{N} of the truce were committed by {A}"],
                "agl": ["{N} of the ceasefire were recorded", "monitors counted {N} of the truce",
                        "the truce was broken {F} times"],
                "head": ["Truce broken {F} times in {P}", "{N} of ceasefire in {P}"]},
}

#: event verb siblings: another event told of the same things
SIBLING_EVENTS = {"kill": ["wound"], "wound": ["kill"], "kidnap": ["free", "arrest"], "free": ["kidnap"],
                  "arrest": ["free", "kidnap"], "displace": ["return"], "return": ["displace"],
                  "destroy": ["damage"], "damage": ["destroy"], "capture": ["destroy"],
                  "strike": ["shell"], "shell": ["strike"], "deliver": ["block"], "block": ["deliver"],
                  "violate": []}

FIGURES = [3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 15, 17, 20, 23, 25, 30, 35, 40, 45, 50, 60, 70, 75, 80, 90,
           100, 120, 140, 150, 180, 200, 250, 300, 350, 400, 450, 500, 600, 700, 800, 900, 1000, 1200,
           1500, 2000, 2500, 3000, 4000, 5000, 7000, 10000, 12000, 15000, 20000, 25000, 30000, 50000,
           75000, 100000, 150000, 200000, 500000, 1200000, 2000000]
#: how large each noun class's figures run
RANGE = {"people": (3, 2000000), "children": (3, 5000), "fighters": (3, 2000), "students": (3, 400),
         "hostages": (3, 400), "homes": (10, 50000), "vehicles": (3, 300), "strikes": (3, 120),
         "shells": (10, 3000), "trucks": (3, 200), "families": (10, 100000), "violations": (3, 500)}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
YEAR = 2024

PREFIXES = ["(Reuters) - ", "(AFP) - ", "(AP) - ", "{DL} (Reuters) - ", "{DL} (AFP) - ", "{DL}, {DS} (AP) - ",
            "Witnesses said ", "Officials said ", "According to the UN, ", "AFP reported that ",
            "A spokesman said ", "Local sources said ", "Medics said ", "State media reported that "]
SUFFIXES = [", a spokesman told reporters", ", according to the United Nations", ", AFP reported",
            ", state media said", ", witnesses said", ", a local official said", ", medics said",
            ", Reuters reported", ", {SRC}", ", the agency said", ", according to residents"]
HEDGES = ["about", "around", "some", "nearly", "at least", "more than", "roughly", "an estimated",
          "almost", "over", "up to"]

# ---------------------------------------------------------------------------------------------
# Facts and lines


@dataclass(frozen=True)
class Fact:
    theatre: str
    event: str
    actor: int          # index in the theatre's armed actors (or AID_ACTORS)
    noun: str
    figure: tuple[int, int]   # (n, n) or a range (lo, hi)
    place: int
    day: int            # day of the year's month
    month: int

    def key(self) -> tuple:
        """What a line without its actor still tells: unique over a run, so agentless lines are
        never ambiguous between two families."""
        return (self.theatre, self.event, self.noun, self.figure, self.place, self.day, self.month)


@dataclass
class Knobs:
    typos: float
    translit: float
    headline: float
    weekday: float
    vague: float
    ranges: float
    siblings: float
    max_family: int


def weekday(f: Fact) -> str:
    import datetime
    return WEEKDAYS[datetime.date(YEAR, f.month, f.day).weekday()]


def ordinal(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def say_date(f: Fact, rng: random.Random, k: Knobs, tags: set[str]) -> str:
    """' on 13 June' and the like (with its preposition)."""
    month, d = MONTHS[f.month - 1], f.day
    if rng.random() < k.weekday:
        tags.add("weekday")
        return " on " + weekday(f)
    forms = [f"on {d} {month}", f"on {month} {d}", f"on {month} {ordinal(d)}", f"on {ordinal(d)} {month}",
             f"on {weekday(f)}, {d} {month}", f"on {weekday(f)} ({month} {d})", f"on {d}/{f.month:02d}",
             f"on {d} {month} {YEAR}", f"on {month} {d}, {YEAR}", f"on {month[:3]}. {d}", f"on the {ordinal(d)}"]
    pick = rng.choice(forms)
    if "/" in pick:
        tags.add("date-slash")
    if pick.startswith("on the "):
        tags.add("date-day-only")
    return " " + pick


def short_date(f: Fact, rng: random.Random) -> str:
    month = MONTHS[f.month - 1]
    return rng.choice([f"{month} {f.day}", f"{f.day} {month}", f"{month[:3]} {f.day}", f"on {weekday(f)}"])


def say_figure(n: int, rng: random.Random, tags: set[str]) -> str:
    r = rng.random()
    if n >= 1_000_000:
        m = n / 1_000_000
        return rng.choice([f"{m:g} million", f"{n:,}", f"{m:g}m"]) if r < 0.9 else number_words(n)
    if r < 0.40:
        return f"{n:,}"
    if r < 0.55:
        return str(n)
    if r < 0.70 and n >= 1000:
        return f"{n:,}".replace(",", " ")
    if r < 0.80 and n >= 1000 and n % 1000 == 0:
        return f"{n // 1000} thousand" if rng.random() < 0.5 else f"{n // 1000},000"
    if r < 0.95 or n > 100000:
        tags.add("figure-words")
        return number_words(n)
    if 1000 < n < 10000 and n % 100 == 0 and n % 1000:
        tags.add("figure-words")
        return number_words(n // 100) + " hundred"
    return f"{n:,}"


def vague(n: int) -> str | None:
    if 24 <= n <= 99:
        return "dozens of"
    if 40 <= n <= 120:
        return "scores of"
    if 200 <= n <= 999:
        return "hundreds of"
    if 2000 <= n <= 9999:
        return "thousands of"
    if 20000 <= n <= 99999:
        return "tens of thousands of"
    return None


def say_count(f: Fact, noun: str, rng: random.Random, k: Knobs, tags: set[str]) -> str:
    lo, hi = f.figure
    if lo != hi:
        a, b = say_figure(lo, rng, tags), say_figure(hi, rng, tags)
        tags.add("range")
        return rng.choice([f"between {a} and {b} {noun}", f"{a} to {b} {noun}", f"{lo}-{hi} {noun}",
                           f"{a} or {b} {noun}"])
    v = vague(lo)
    if v and rng.random() < k.vague:
        tags.add("vague")
        return f"{v} {noun}"
    text = say_figure(lo, rng, tags)
    if rng.random() < 0.35:
        tags.add("hedge")
        text = rng.choice(HEDGES) + " " + text
    return f"{text} {noun}"


def typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(1, len(word) - 1)
    op = rng.randrange(4)
    if op == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op == 1:
        return word[:i] + word[i + 1:]
    if op == 2:
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice("aeiourstnl") + word[i + 1:]


def add_typos(text: str, rng: random.Random) -> str:
    toks = text.split(" ")
    cands = [i for i, t in enumerate(toks) if len(t) >= 5 and t.isalpha()]
    for i in rng.sample(cands, min(len(cands), rng.choice([1, 1, 1, 2]))):
        toks[i] = typo(toks[i], rng)
    return " ".join(toks)


def spelled(variants: list[str], rng: random.Random, k: Knobs, tags: set[str]) -> str:
    if len(variants) > 1 and rng.random() < k.translit:
        tags.add("translit")
        return rng.choice(variants[1:])
    return variants[0]


def actor_variants(f: Fact) -> list[str]:
    return (AID_ACTORS if EVENTS[f.event]["actor"] == "aid" else THEATRES[f.theatre]["armed"])[f.actor]


def cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def render(f: Fact, rng: random.Random, k: Knobs) -> tuple[str, set[str]]:
    """One retelling of a fact, with the tags that say how it was told."""
    th, ev = THEATRES[f.theatre], EVENTS[f.event]
    tags: set[str] = set()
    # the actor: a synonym spelled one way or another
    actors = actor_variants(f)
    if rng.random() < k.translit and len(actors) > 1:
        tags.add("actor-alias")
        actor = rng.choice(actors[1:])
    else:
        actor = actors[0]
    place = spelled(th["places"][f.place], rng, k, tags)
    noun = rng.choice(NOUNS[f.noun])
    count = say_count(f, noun, rng, k, tags)
    fig = f"{f.figure[0]:,}" if f.figure[0] == f.figure[1] else f"{f.figure[0]}-{f.figure[1]}"
    if rng.random() < k.headline:
        tags.add("headline")
        text = rng.choice(ev["head"])
        tail = rng.choice([", " + short_date(f, rng), " " + short_date(f, rng), " - " + short_date(f, rng)])
        if " on " not in tail and tail.strip(" ,-") in WEEKDAYS:
            pass
        text = text.replace("{A}", strip_article(actor)).replace("{N}", count).replace("{P}", place)
        text = text.replace("{F}", fig) + tail
        text = cap(text)
        if rng.random() < 0.3:
            tags.add("title-case")
            text = " ".join(w[:1].upper() + w[1:] if w.islower() and len(w) > 3 else w for w in text.split(" "))
        if rng.random() < 0.3:
            text = th["datelines"][0].title() + ": " + text if rng.random() < 0.2 else text
        if rng.random() < k.typos:
            tags.add("typo")
            text = add_typos(text, rng)
        return text, tags
    voice = rng.choices(["act", "pas", "agl"], weights=[5, 2, 3])[0]
    tags.add({"act": "active", "pas": "passive", "agl": "agentless"}[voice])
    clause = rng.choice(ev[voice]).replace("{A}", actor).replace("{N}", count).replace("{F}", fig)
    date = say_date(f, rng, k, tags)
    where = ("" if "{P}" in clause else f" {rng.choice(ev['prep'])} {place}")
    clause = clause.replace("{P}", place)
    order = rng.random()
    if order < 0.15:
        body = f"{date.strip()}, {clause}{where}"
    elif order < 0.25 and where and where.split()[0] in ("in", "near", "around"):
        body = f"{where.strip()}, {clause}{date}"
        tags.add("place-fronted")
    elif order < 0.4:
        body = f"{clause}{date}{where}"
    else:
        body = f"{clause}{where}{date}"
    r = rng.random()
    if r < 0.35:
        pre = rng.choice(PREFIXES).replace("{DL}", rng.choice(th["datelines"])).replace(
            "{DS}", f"{MONTHS[f.month - 1][:3]} {f.day}")
        text = pre + (cap(body) if pre.endswith("- ") else body)
        text += "."
        tags.add("frame-front")
    elif r < 0.65:
        text = cap(body) + rng.choice(SUFFIXES).replace("{SRC}", rng.choice(th["sources"])) + "."
        tags.add("frame-end")
    else:
        text = cap(body) + "."
    if rng.random() < k.typos:
        tags.add("typo")
        text = add_typos(text, rng)
    return text, tags


def strip_article(actor: str) -> str:
    return actor[4:] if actor.startswith("the ") else actor


# ---------------------------------------------------------------------------------------------
# Families


def new_fact(rng: random.Random, theatres: list[str], k: Knobs, event: str | None = None) -> Fact:
    theatre = rng.choice(theatres)
    event = event or rng.choice(list(EVENTS))
    noun = rng.choice(EVENTS[event]["nouns"])
    lo, hi = RANGE[noun]
    pool = [n for n in FIGURES if lo <= n <= hi]
    n = rng.choice(pool)
    figure = (n, n)
    if rng.random() < k.ranges and 10 <= n <= 5000:
        figure = (n, next_up(n, rng))
    actors = AID_ACTORS if EVENTS[event]["actor"] == "aid" else THEATRES[theatre]["armed"]
    return Fact(theatre, event, rng.randrange(len(actors)), noun, figure,
                rng.randrange(len(THEATRES[theatre]["places"])), rng.choice(DAYS), MONTH)


def next_up(n: int, rng: random.Random) -> int:
    """The top of a range starting at n: one of the next two round figures."""
    above = [m for m in FIGURES if m > n][:2] or [n * 2]
    return rng.choice(above)


# a story's few weeks: a dozen days of one month
MONTH = 6
DAYS = [2, 3, 5, 8, 11, 13, 14, 17, 19, 21, 23, 26, 28]


def sibling(f: Fact, rng: random.Random) -> Fact | None:
    """Another family told with the same words but for one slot: figure, place, event verb or day."""
    slot = rng.choice(["figure", "figure", "place", "verb", "date", "date"])
    if slot == "figure":
        lo, hi = RANGE[f.noun]
        base = f.figure[0]
        pool = [n for n in FIGURES if lo <= n <= hi and max(n, base) / min(n, base) >= 1.25]
        n = rng.choice(pool)
        if f.figure[0] != f.figure[1]:
            return replace(f, figure=(n, next_up(n, rng)))
        return replace(f, figure=(n, n))
    if slot == "place":
        n = len(THEATRES[f.theatre]["places"])
        return replace(f, place=(f.place + rng.randrange(1, n)) % n)
    if slot == "verb":
        options = [e for e in SIBLING_EVENTS[f.event] if f.noun in EVENTS[e]["nouns"]]
        if not options:
            return None
        e = rng.choice(options)
        actor = f.actor if EVENTS[e]["actor"] == EVENTS[f.event]["actor"] else 0
        return replace(f, event=e, actor=actor)
    day = rng.choice([d for d in DAYS if d != f.day])
    return replace(f, day=day)


def family_size(rng: random.Random, top: int) -> int:
    # heavy tail: most families small, a few large (2..top)
    return max(2, min(top, int(rng.paretovariate(1.3) * 2)))


def generate(n: int, seed: int, k: Knobs) -> tuple[list[str], list[int], list[set[str]], list[Fact]]:
    """n lines (shuffled), each line's family, its tags, and the families' facts."""
    rng = random.Random(seed)
    theatres = rng.sample(sorted(THEATRES), 2)
    facts: list[Fact] = []
    seen: set[tuple] = set()
    sizes: list[int] = []
    total = 0
    while total < n:
        base = new_fact(rng, theatres, k)
        group = [base]
        if rng.random() < k.siblings:
            for _ in range(rng.choice([1, 1, 2, 3])):
                s = sibling(rng.choice(group), rng)
                if s is not None:
                    group.append(s)
        for f in group:
            if f.key() in seen or total >= n:
                continue
            seen.add(f.key())
            size = min(family_size(rng, k.max_family), n - total)
            facts.append(f)
            sizes.append(size)
            total += size
    rows: list[tuple[str, int, set[str]]] = []
    for fam, (f, size) in enumerate(zip(facts, sizes, strict=True)):
        for _ in range(size):
            text, tags = render(f, rng, k)
            rows.append((text, fam, tags))
    rng.shuffle(rows)
    return [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows], facts


def knobs_for(seed: int, args: argparse.Namespace) -> Knobs:
    """Per-run shares, drawn from the seed (another team varies them), unless given."""
    rng = random.Random(seed * 7919 + 1)
    return Knobs(typos=args.typos if args.typos is not None else rng.uniform(0.05, 0.20),
                 translit=args.translit if args.translit is not None else rng.uniform(0.05, 0.20),
                 headline=rng.uniform(0.08, 0.18), weekday=rng.uniform(0.03, 0.08),
                 vague=rng.uniform(0.02, 0.06), ranges=rng.uniform(0.04, 0.10),
                 siblings=rng.uniform(0.4, 0.7), max_family=40)


# ---------------------------------------------------------------------------------------------
# Scoring


def pair_counts(groups: list[list[int]], fam: list[int]) -> tuple[int, int]:
    """(pairs the groups claim, of which same family)."""
    claimed = right = 0
    for g in groups:
        c = Counter(fam[i] for i in g)
        claimed += len(g) * (len(g) - 1) // 2
        right += sum(v * (v - 1) // 2 for v in c.values())
    return claimed, right


def gold_pairs(fam: list[int]) -> int:
    return sum(v * (v - 1) // 2 for v in Counter(fam).values())


def pr(claimed: int, right: int, gold: int) -> tuple[float, float]:
    return (right / claimed if claimed else 1.0), (right / gold if gold else 1.0)


def cpu() -> float:
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime


def ratio_scores(texts: list[str], block: int = 1000):
    """Upper-triangle rapidfuzz ratio scores (uint8), one block of rows at a time."""
    from rapidfuzz import fuzz, process, utils
    for start in range(0, len(texts), block):
        m = process.cdist(texts[start:start + block], texts, scorer=fuzz.ratio, processor=utils.default_process,
                          dtype="uint8", workers=2)
        yield start, m


def ratio_best_threshold(seed: int, k: Knobs, n: int = 1500) -> int:
    import numpy as np
    texts, fam, _, _ = generate(n, seed + 100_003, k)
    f = np.array(fam)
    hist_all = np.zeros(101, dtype=np.int64)
    hist_pos = np.zeros(101, dtype=np.int64)
    for start, m in ratio_scores(texts):
        for r in range(m.shape[0]):
            i = start + r
            row = m[r, i + 1:]
            same = f[i + 1:] == f[i]
            hist_all += np.bincount(row, minlength=101)
            hist_pos += np.bincount(row[same], minlength=101)
    gold = gold_pairs(fam)
    best, best_t = -1.0, 100
    for t in range(40, 101):
        claimed, right = hist_all[t:].sum(), hist_pos[t:].sum()
        p, r = pr(int(claimed), int(right), gold)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        if f1 > best:
            best, best_t = f1, t
    return best_t


def ratio_run(texts: list[str], fam: list[int], t: int) -> tuple[float, float, float, float]:
    import numpy as np
    f = np.array(fam)
    claimed = right = 0
    c0, w0 = cpu(), time.perf_counter()
    for start, m in ratio_scores(texts):
        for r in range(m.shape[0]):
            i = start + r
            hit = m[r, i + 1:] >= t
            claimed += int(hit.sum())
            right += int((hit & (f[i + 1:] == f[i])).sum())
    p, rc = pr(claimed, right, gold_pairs(fam))
    return p, rc, cpu() - c0, time.perf_counter() - w0


# ---------------------------------------------------------------------------------------------
# Errors


def how_differ(a: Fact, b: Fact) -> str:
    diff = [name for name, x, y in (("event", a.event, b.event), ("figure", a.figure, b.figure),
                                     ("place", a.place, b.place), ("date", a.day, b.day),
                                     ("actor", a.actor, b.actor), ("noun", a.noun, b.noun),
                                     ("theatre", a.theatre, b.theatre)) if x != y]
    if a.theatre != b.theatre:
        return "other theatre"
    if len(diff) == 1:
        return "sibling: another " + diff[0]
    if len(diff) == 2:
        return "differ in " + " + ".join(diff)
    return f"differ in {len(diff)} slots"


def errors(texts: list[str], fam: list[int], tags: list[set[str]], facts: list[Fact], groups: list[list[int]],
           links: list[tuple[int, int, str, float]], top: int) -> None:
    """False merges by how the two families differ; false splits by how the two lines were told."""
    group_of = {m: gi for gi, g in enumerate(groups) for m in g}
    merges: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for g in groups:
        by = defaultdict(list)
        for m in g:
            by[fam[m]].append(m)
        fams = sorted(by)
        for x in range(len(fams)):
            for y in range(x + 1, len(fams)):
                cls = how_differ(facts[fams[x]], facts[fams[y]])
                merges[cls].extend((i, j) for i in by[fams[x]] for j in by[fams[y]])
    link_of = {(i, j): (rel, s) for i, j, rel, s in links}
    splits: dict[str, list[tuple[int, int]]] = defaultdict(list)
    members = defaultdict(list)
    for i, f in enumerate(fam):
        members[f].append(i)
    for ms in members.values():
        for x in range(len(ms)):
            for y in range(x + 1, len(ms)):
                i, j = ms[x], ms[y]
                if group_of.get(i, -1 - i) == group_of.get(j, -1 - j):
                    continue
                t = tags[i] | tags[j]
                cls = next((c for c in ("typo", "headline", "translit", "actor-alias", "vague", "range",
                                        "weekday", "date-day-only", "date-slash", "figure-words")
                            if c in t), "plain")
                splits[cls].append((i, j))
    total_m = sum(len(v) for v in merges.values())
    total_s = sum(len(v) for v in splits.values())

    def show(by_class: dict, unlinked: str) -> None:
        for cls, pairs in sorted(by_class.items(), key=lambda kv: -len(kv[1])):
            print(f"  {cls}: {len(pairs)}")
            for i, j in pairs[:: max(1, len(pairs) // top)][:top]:
                rel, s = link_of.get((min(i, j), max(i, j)), (unlinked, 0.0))
                print(f"    {rel} {s:.1f}: {texts[i]}  |  {texts[j]}")

    print(f"false merges (pairs): {total_m}")
    show(merges, "(not linked)")
    print(f"false splits (pairs): {total_s}   (class: first of the tags either line has)")
    show(splits, "(not compared or unrelated)")


# ---------------------------------------------------------------------------------------------


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--no-semantic", action="store_true", help="skip the semantic run")
    ap.add_argument("--no-lexical", action="store_true", help="skip the lexical run")
    ap.add_argument("--no-ratio", action="store_true", help="skip exhaustive ratio")
    ap.add_argument("--typos", type=float, default=None, help="share of lines with typing slips")
    ap.add_argument("--translit", type=float, default=None, help="share of names spelled another way")
    ap.add_argument("--errors", type=int, default=0, help="list N examples per error class")
    ap.add_argument("--dump", type=Path, default=None, help="write the lines (family<TAB>line)")
    args = ap.parse_args()

    from workbench.core.match.matching import cluster_texts, default_workers

    k = knobs_for(args.seed, args)
    print(f"seed {args.seed}: typos {k.typos:.2f}, transliterations {k.translit:.2f}, headlines {k.headline:.2f}, "
          f"weekdays {k.weekday:.2f}, vague {k.vague:.2f}, ranges {k.ranges:.2f}, sibling share {k.siblings:.2f}")
    threshold = None if args.no_ratio else ratio_best_threshold(args.seed, k)
    if threshold is not None:
        print(f"exhaustive ratio threshold (best F1 on a separate 1.5k sample): {threshold}")
    paths = [(name, flag) for name, flag, skip in (("semantic", True, args.no_semantic),
                                                    ("lexical", False, args.no_lexical)) if not skip]
    print(f"{'lines':>7} {'families':>8} {'method':<22} {'precision':>9} {'recall':>7} {'CPU s':>7} {'wall s':>7}")
    for n in args.sizes:
        texts, fam, tags, facts = generate(n, args.seed, k)
        if args.dump:
            args.dump.write_text("".join(f"{f}\t{t}\n" for f, t in zip(fam, texts, strict=True)), encoding="utf-8")
        nf = len(set(fam))
        gold = gold_pairs(fam)
        for name, flag in paths:
            c0, w0 = cpu(), time.perf_counter()
            groups, links = cluster_texts(texts, workers=default_workers(len(texts)), semantic=flag)
            c1, w1 = cpu() - c0, time.perf_counter() - w0
            p, r = pr(*pair_counts(groups, fam), gold)
            print(f"{n:>7} {nf:>8} {'cluster (' + name + ')':<22} {p:>9.3f} {r:>7.3f} {c1:>7.1f} {w1:>7.1f}",
                  flush=True)
            if args.errors:
                errors(texts, fam, tags, facts, groups, links, args.errors)
        if threshold is not None:
            p, r, c, w = ratio_run(texts, fam, threshold)
            print(f"{n:>7} {nf:>8} {'ratio >= ' + str(threshold):<22} {p:>9.3f} {r:>7.3f} {c:>7.1f} {w:>7.1f}",
                  flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
