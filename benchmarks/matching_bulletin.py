"""A fifth dense generator: wire bulletins, live blogs and headlines from other theatres.

    .venv/bin/python benchmarks/matching_bulletin.py --sizes 5000
    .venv/bin/python benchmarks/matching_bulletin.py --sizes 20000 --seed 5 --errors 8

Written by helper gen5 from issue 11's own description alone (item 6 and "Measured"), without
reading the other four generators or the matching tables, so that its first run estimates how
`workbench cluster` does on another team's generator. A fact is (theatre, actor, event, counted
noun, figure, unit, place, day); each family is one fact retold by many outlets, with:
- styles: plain sentences, wire datelines ("KANDAHAR, June 13 (AP) -"), live-blog lines with a
  time ("14:32 GMT -"), ALL-CAPS and Title Case headlines, reported speech and translated quotes,
  attributions at the start, middle or end, added clauses;
- voices: active, passive with and without the doer, nominalised ("the abduction of 40 ...");
- figures: "1,500", "1 500", "1500", "1.5k", "one and a half thousand", "fifteen hundred", "some
  1,500", "between 1,400 and 1,600", "at least 40", "dozens", "a few hundred";
- units: tonnes / trucks of aid, km / miles advanced, dollars of ransom, per cent of a town;
- days: "13 June", "June 13th", "the 13th", "13/06", "Friday", "2025-06-13", "Jun. 13", none;
- places with transliterations ("Kandahar" / "Qandahar"), accents kept or dropped ("Culiacán"),
  "the southern city of"; actors and counted nouns with their aliases and synonyms; British and
  American spellings; typing slips in about 12 % of lines.
Sibling families differ from a base fact in one slot (figure, place, event, day, actor, victim,
unit); the vocabulary is small (three theatres a run, one June week), as in a real conflict
story. The gold is the families: a pair of lines is positive iff it is one family.

For each size it prints pair precision / recall and CPU seconds of `cluster_texts` groups
(semantic, and lexical with `--no-semantic`) and of exhaustive rapidfuzz `ratio` cdist
(`processor=utils.default_process`, one thread, threshold chosen on a separate sample).
`--errors N` lists false merges and false splits by class with N examples each.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from family_scoring import best_ratio_threshold, generator_arguments, pair_counts, pr, ratio_line  # noqa: E402

YEAR = 2025
DAYS = [dt.date(YEAR, 6, d) for d in range(9, 16)]  # one week, Monday 9 to Sunday 15 June

# place: its spellings (transliterations, accents), the place kind for "the ... city of"
THEATRES: dict[str, dict] = {
    "afghanistan": {
        "places": {
            "Kandahar": (["Kandahar", "Qandahar", "Kandahar"], "southern city"),
            "Kunduz": (["Kunduz", "Qunduz", "Kondoz"], "northern city"),
            "Helmand": (["Helmand", "Hilmand", "Helmand"], "southern province"),
            "Mazar-i-Sharif": (["Mazar-i-Sharif", "Mazar-e Sharif", "Mazar-e-Sharif"], "northern city"),
            "Jalalabad": (["Jalalabad", "Jalal Abad", "Jalalabad"], "eastern city"),
        },
        "actors": {
            "taliban": ["the Taliban", "Taliban fighters", "Taliban forces", "the Islamic Emirate's forces"],
            "isk": ["Islamic State Khorasan", "ISIS-K", "the Islamic State's Khorasan branch", "IS-K"],
            "nrf": ["the National Resistance Front", "NRF fighters", "the anti-Taliban National Resistance Front"],
        },
        "language": "Pashto", "agency": ["AP", "Reuters", "AFP", "TOLOnews"],
        "official": ["the provincial governor", "a Taliban spokesman", "the interior ministry"],
    },
    "somalia": {
        "places": {
            "Mogadishu": (["Mogadishu", "Muqdisho", "Mogadiscio"], "capital"),
            "Kismayo": (["Kismayo", "Kismaayo", "Kismayu"], "southern port city"),
            "Baidoa": (["Baidoa", "Baydhabo", "Baidoa"], "south-western city"),
            "Beledweyne": (["Beledweyne", "Beledweyn", "Baladweyne"], "central town"),
            "Galkayo": (["Galkayo", "Gaalkacyo", "Galkacyo"], "central city"),
        },
        "actors": {
            "shabaab": ["al-Shabaab", "al-Shabab", "Shabaab militants", "the al-Qaeda-linked al-Shabaab"],
            "sna": ["the Somali National Army", "SNA troops", "Somali government forces", "the Somali army"],
            "atmis": ["African Union troops", "ATMIS peacekeepers", "AU forces"],
        },
        "language": "Somali", "agency": ["AP", "Reuters", "AFP", "Garowe Online"],
        "official": ["a district commissioner", "the security ministry", "a police officer"],
    },
    "nigeria": {
        "places": {
            "Maiduguri": (["Maiduguri", "Maiduguri", "Maidugiri"], "north-eastern city"),
            "Bama": (["Bama", "Bama", "Bama town"], "town"),
            "Gwoza": (["Gwoza", "Gwoza", "Gwoza"], "town"),
            "Monguno": (["Monguno", "Mongonu", "Monguno"], "town"),
            "Konduga": (["Konduga", "Konduga", "Kondugga"], "town"),
        },
        "actors": {
            "bokoharam": ["Boko Haram", "Boko Haram jihadists", "JAS", "the Boko Haram group"],
            "iswap": ["ISWAP", "Islamic State West Africa Province", "the ISWAP faction", "IS West Africa"],
            "army": ["the Nigerian army", "Nigerian troops", "the military", "soldiers of Operation Hadin Kai"],
        },
        "language": "Hausa", "agency": ["AP", "Reuters", "AFP", "Premium Times"],
        "official": ["the Borno state governor", "an army spokesman", "a local militia leader"],
    },
    "mozambique": {
        "places": {
            "Mocimboa da Praia": (["Mocimboa da Praia", "Mocímboa da Praia", "Mocimboa"], "port town"),
            "Palma": (["Palma", "Palma", "Palma"], "coastal town"),
            "Macomia": (["Macomia", "Macomia", "Macomía"], "district capital"),
            "Pemba": (["Pemba", "Pemba", "Pemba"], "provincial capital"),
            "Ancuabe": (["Ancuabe", "Ancuabe", "Ancuabé"], "district town"),
        },
        "actors": {
            "insurgents": ["Islamist insurgents", "al-Sunnah wa Jama'ah", "the insurgents", "IS-Mozambique"],
            "fadm": ["Mozambican troops", "the FADM", "Mozambique's armed forces", "government soldiers"],
            "rwanda": ["Rwandan forces", "Rwandan troops", "the Rwanda Defence Force"],
        },
        "language": "Portuguese", "agency": ["Lusa", "Reuters", "AFP", "AP"],
        "official": ["a local administrator", "the provincial police", "a Rwandan army spokesman"],
    },
    "karabakh": {
        "places": {
            "Stepanakert": (["Stepanakert", "Khankendi", "Stepanakert"], "regional capital"),
            "Shusha": (["Shusha", "Shushi", "Şuşa"], "hilltop town"),
            "Martuni": (["Martuni", "Khojavend", "Martuni"], "town"),
            "Lachin": (["Lachin", "Laçın", "Lachin"], "corridor town"),
            "Agdam": (["Agdam", "Aghdam", "Ağdam"], "town"),
        },
        "actors": {
            "azerbaijan": ["Azerbaijani forces", "Azerbaijan's army", "Baku's troops", "the Azerbaijani military"],
            "armenians": ["ethnic Armenian forces", "the Artsakh Defence Army", "Karabakh Armenian fighters"],
            "peacekeepers": ["Russian peacekeepers", "the Russian peacekeeping contingent", "Moscow's peacekeepers"],
        },
        "language": "Armenian", "agency": ["AP", "Reuters", "AFP", "Interfax"],
        "official": ["the defence ministry", "a local ombudsman", "a separatist official"],
    },
    "chechnya": {
        "places": {
            "Grozny": (["Grozny", "Groznyy", "Grozniy"], "Chechen capital"),
            "Gudermes": (["Gudermes", "Gudermes", "Gyudermes"], "town"),
            "Urus-Martan": (["Urus-Martan", "Urus Martan", "Urus-Martan"], "town"),
            "Shali": (["Shali", "Shali", "Shaly"], "town"),
            "Argun": (["Argun", "Argun", "Argoun"], "town"),
        },
        "actors": {
            "federal": ["federal forces", "Russian federal troops", "the Russian army", "Moscow's forces"],
            "kadyrovtsy": ["Kadyrov's forces", "the Kadyrovtsy", "Chechen security forces", "Chechen police units"],
            "rebels": ["Chechen rebels", "separatist fighters", "the rebels", "Islamist guerrillas"],
        },
        "language": "Russian", "agency": ["AP", "Reuters", "Interfax", "TASS"],
        "official": ["the regional interior ministry", "a Kremlin official", "a rebel website"],
    },
    "mexico": {
        "places": {
            "Culiacan": (["Culiacán", "Culiacan", "Culiacán"], "state capital"),
            "Mazatlan": (["Mazatlán", "Mazatlan", "Mazatlán"], "resort city"),
            "Los Mochis": (["Los Mochis", "Los Mochis", "Los Mochis"], "city"),
            "Navolato": (["Navolato", "Navolato", "Navolato"], "town"),
            "Guasave": (["Guasave", "Guasave", "Guasave"], "city"),
        },
        "actors": {
            "sinaloa": ["Sinaloa cartel gunmen", "the Sinaloa cartel", "gunmen of the Sinaloa cartel", "cartel hitmen"],
            "chapitos": ["the Chapitos faction", "Los Chapitos", "gunmen loyal to the Chapitos"],
            "guard": ["the National Guard", "Mexican National Guard troops", "the Guardia Nacional", "federal troops"],
        },
        "language": "Spanish", "agency": ["AP", "Reuters", "AFP", "El Universal"],
        "official": ["the state security secretary", "the state prosecutor", "a police spokesman"],
    },
    "colombia": {
        "places": {
            "Cucuta": (["Cúcuta", "Cucuta", "Cúcuta"], "border city"),
            "Tibu": (["Tibú", "Tibu", "Tibú"], "town"),
            "Catatumbo": (["Catatumbo", "Catatumbo", "the Catatumbo"], "region"),
            "Popayan": (["Popayán", "Popayan", "Popayán"], "city"),
            "Tumaco": (["Tumaco", "Tumaco", "San Andrés de Tumaco"], "port city"),
        },
        "actors": {
            "eln": ["ELN rebels", "the National Liberation Army", "the ELN guerrilla", "ELN guerrillas"],
            "dissidents": ["FARC dissidents", "former FARC rebels", "the EMC dissident group"],
            "army": ["the Colombian army", "Colombian troops", "government soldiers", "the armed forces"],
        },
        "language": "Spanish", "agency": ["AP", "Reuters", "AFP", "El Tiempo"],
        "official": ["the ombudsman's office", "the defence ministry", "a regional governor"],
    },
    "kashmir": {
        "places": {
            "Srinagar": (["Srinagar", "Srinagar", "Sirinagar"], "main city"),
            "Baramulla": (["Baramulla", "Baramula", "Baramulla"], "district"),
            "Kupwara": (["Kupwara", "Kupwara", "Kupwarah"], "border district"),
            "Anantnag": (["Anantnag", "Islamabad (Anantnag)", "Anantnag"], "southern district"),
            "Poonch": (["Poonch", "Punch", "Poonch"], "district"),
        },
        "actors": {
            "indian": ["Indian security forces", "Indian troops", "the Indian army", "government forces"],
            "militants": ["militants", "Lashkar-e-Taiba militants", "separatist militants", "rebels"],
            "pakistan": ["Pakistani troops", "Pakistan's army", "Pakistani forces"],
        },
        "language": "Urdu", "agency": ["AP", "Reuters", "AFP", "PTI"],
        "official": ["a police officer", "an army spokesman", "the district magistrate"],
    },
}

# counted nouns: their synonyms (the same thing to an analyst)
NOUNS: dict[str, list[str]] = {
    "civilians": ["civilians", "civilians", "residents", "non-combatants"],
    "people": ["people", "people", "persons"],
    "soldiers": ["soldiers", "troops", "servicemen"],
    "militants": ["militants", "insurgents", "militants"],
    "police": ["police officers", "policemen", "police officers"],
    "children": ["children", "children", "minors"],
    "hostages": ["hostages", "captives", "hostages"],
    "vehicles": ["vehicles", "military vehicles", "vehicles"],
    "homes": ["homes", "houses", "homes"],
    "rockets": ["rockets", "rockets", "missiles"],
    "families": ["families", "households", "families"],
}

# event: active verbs, passive participles, nominalisations, headline verb, nouns it takes
EVENTS: dict[str, dict] = {
    "kill": {"act": ["killed", "killed", "killed"], "pp": ["killed", "killed"],
             "nom": ["killing", "deaths"], "head": "Kill", "nouns": ["civilians", "people", "soldiers", "militants", "police", "children"]},
    "wound": {"act": ["wounded", "injured", "wounded"], "pp": ["wounded", "injured", "hurt"],
              "nom": ["wounding", "injuring"], "head": "Wound", "nouns": ["civilians", "people", "soldiers", "police", "children"]},
    "abduct": {"act": ["abducted", "kidnapped", "abducted"], "pp": ["abducted", "kidnapped"],
               "nom": ["abduction", "kidnapping"], "head": "Abduct", "nouns": ["civilians", "people", "children", "police"]},
    "arrest": {"act": ["arrested", "detained", "arrested"], "pp": ["arrested", "detained"],
               "nom": ["arrest", "detention"], "head": "Arrest", "nouns": ["militants", "people", "civilians"]},
    "capture": {"act": ["captured", "seized", "captured"], "pp": ["captured", "seized"],
                "nom": ["capture", "seizure"], "head": "Seize", "nouns": ["vehicles", "soldiers", "militants"]},
    "destroy": {"act": ["destroyed", "razed", "destroyed"], "pp": ["destroyed", "razed", "burned down"],
                "nom": ["destruction"], "head": "Destroy", "nouns": ["homes", "vehicles"]},
    "free": {"act": ["freed", "released", "freed"], "pp": ["freed", "released", "set free"],
             "nom": ["release"], "head": "Free", "nouns": ["hostages", "children", "civilians"]},
    "displace": {"act": ["displaced", "uprooted", "displaced"], "pp": ["displaced", "forced from their homes"],
                 "nom": ["displacement"], "head": "Displace", "nouns": ["families", "civilians", "people"]},
    "fire": {"act": ["fired", "launched", "fired"], "pp": ["fired", "launched"],
             "nom": ["firing", "launch"], "head": "Fire", "nouns": ["rockets"]},
}
# events with a unit: (verb phrase before, units with their spellings, counted thing after)
UNIT_EVENTS: dict[str, dict] = {
    "deliver": {"act": ["delivered", "brought in", "delivered"], "pp": ["delivered", "brought in"],
                "nom": ["delivery"], "head": "Deliver",
                "units": {"tonnes": ["tonnes", "tonnes", "tons", "metric tons"], "trucks": ["trucks", "lorries", "truckloads"]},
                "thing": ["of food aid", "of humanitarian aid", "of relief supplies"]},
    "advance": {"act": ["advanced", "pushed forward", "advanced"], "pp": None, "nom": ["advance"], "head": "Advance",
                "units": {"km": ["km", "kilometres", "kilometers"], "miles": ["miles", "miles", "mi"]},
                "thing": [""]},
    "ransom": {"act": ["demanded", "sought", "demanded"], "pp": ["demanded"], "nom": ["demand"], "head": "Demand",
               "units": {"dollars": ["$", "dollars", "US dollars"], "percent": None},
               "thing": ["in ransom", "as ransom", "for the release of the hostages"]},
}
UNITS_OF = {ev: [u for u, s in d["units"].items() if s] for ev, d in UNIT_EVENTS.items()}

FIGURES = [3, 5, 7, 9, 12, 15, 18, 24, 30, 40, 52, 65, 80, 100, 130, 170, 220, 300, 400, 550,
           700, 1200, 1500, 2000, 2700, 3500, 5000, 8000, 12000]

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

SPELLING = [("defence", "defense"), ("per cent", "percent"), ("kilometres", "kilometers"),
            ("neighbouring", "neighboring"), ("centre", "center"), ("mobilised", "mobilized"),
            ("organised", "organized"), ("offence", "offense"), ("armoured", "armored")]

SOURCES = ["witnesses said", "officials said", "police said", "a local official said",
           "residents said", "security sources said", "the army said in a statement",
           "a hospital source said", "aid workers said", "local media reported"]
CLAUSES = ["amid heavy fighting", "in an overnight raid", "in a dawn attack",
           "in the latest violence to hit the area", "despite a declared truce",
           "as fighting spread to neighbouring districts", "in a coordinated assault",
           "during clashes that lasted several hours"]


@dataclass(frozen=True)
class Fact:
    theatre: str
    actor: str
    event: str
    noun: str  # counted noun, or the unit for unit events
    figure: int
    place: str
    day: int  # index into DAYS, -1 none


def words(n: int) -> str:
    """A number in English words (up to the millions we use)."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + words(rest))
    if n < 1_000_000:
        rest = n % 1000
        head = words(n // 1000) + " thousand"
        if rest == 0:
            return head
        return head + (" and " if rest < 100 else " ") + words(rest)
    return words(n // 1_000_000) + " million"


def round_sig(x: float) -> int:
    """Round to two significant figures (range ends read like a reporter's)."""
    if x < 10:
        return max(1, round(x))
    digits = len(str(int(x))) - 2
    return int(round(x / 10 ** digits) * 10 ** digits)


def fmt_figure(n: int, rng: random.Random, tags: dict) -> str:
    """One outlet's way of writing the figure n (with a hedge sometimes)."""
    r = rng.random()
    hedge = ""
    if r < 0.22:
        hedge = rng.choice(["about ", "around ", "some ", "nearly ", "at least ", "more than ",
                            "roughly ", "an estimated ", "up to ", "almost "])
    forms = ["digits", "digits", "digits"]
    if n >= 1000:
        forms += ["space", "plain", "k", "words_k"]
        if n % 1000 and n < 2000 and n % 100 == 0:
            forms += ["hundreds", "and_a_half"] if n == 1500 else ["hundreds"]
    if n <= 20 or (n < 100 and n % 10 == 0) or (n < 1000 and n % 100 == 0):
        forms += ["words", "words"]
    if n >= 40 and rng.random() < 0.06:
        forms = ["range"]
    if rng.random() < 0.03:
        if 24 <= n < 100:
            forms, hedge = ["vague"], ""
        elif 200 <= n <= 400:
            forms, hedge = ["few_hundred"], ""
        elif 2000 <= n <= 9000:
            forms, hedge = ["thousands"], ""
    form = rng.choice(forms)
    tags["figure"] = form + ("+hedge" if hedge else "")
    if form == "digits":
        text = f"{n:,}"
    elif form == "space":
        text = f"{n:,}".replace(",", " ")
    elif form == "plain":
        text = str(n)
    elif form == "k":
        text = (f"{n / 1000:g}k")
    elif form == "words_k":
        text = words(n) if n % 1000 == 0 else f"{n / 1000:g} thousand"
    elif form == "hundreds":
        text = words(n // 100) + " hundred"
    elif form == "and_a_half":
        text = "one and a half thousand"
    elif form == "words":
        text = words(n)
    elif form == "range":
        lo, hi = round_sig(n * 0.85), round_sig(n * 1.15)
        text = f"between {lo:,} and {hi:,}" if rng.random() < 0.7 else f"{lo:,}-{hi:,}"
        hedge = ""
    elif form == "vague":
        text = "dozens of"
    elif form == "few_hundred":
        text = rng.choice(["a few hundred", "several hundred", "hundreds of"])
    else:
        text = rng.choice(["thousands of", "several thousand"])
    return hedge + text


def fmt_day(day: int, rng: random.Random, tags: dict) -> str:
    """One outlet's way of giving the day ("" when it leaves it out)."""
    if day < 0:
        tags["day"] = "none"
        return ""
    d = DAYS[day]
    weekday = d.strftime("%A")
    forms = ["dm", "md", "mdth", "weekday", "weekday", "iso", "dmy", "abbr", "slash", "the_th",
             "weekday_md", "none"]
    form = rng.choice(forms)
    tags["day"] = form
    return {
        "dm": f"on {d.day} June", "md": f"on June {d.day}", "mdth": f"on June {d.day}th",
        "weekday": rng.choice([f"on {weekday}", f"on {weekday}", f"late on {weekday}", f"{weekday} morning"]),
        "iso": f"on {d.isoformat()}", "dmy": f"on {d.day} June {YEAR}", "abbr": f"on Jun. {d.day}",
        "slash": f"on {d.day}/06", "the_th": f"on the {d.day}th", "weekday_md": f"on {weekday}, June {d.day}",
        "none": "",
    }[form]


def fmt_place(fact: Fact, rng: random.Random, tags: dict, spelling: int) -> str:
    names, kind = THEATRES[fact.theatre]["places"][fact.place]
    name = names[spelling]
    tags["place"] = f"spelling{spelling}"
    r = rng.random()
    if r < 0.6:
        return f"in {name}"
    if r < 0.75:
        return f"in the {kind} of {name}"
    if r < 0.87:
        return f"near {name}"
    return f"in and around {name}"


def typo(text: str, rng: random.Random) -> str:
    """One or two typing slips in words of four letters or more."""
    tokens = text.split(" ")
    spots = [i for i, t in enumerate(tokens) if len(t) >= 4 and t.isalpha()]
    for i in rng.sample(spots, min(len(spots), rng.choice([1, 1, 2]))):
        w = tokens[i]
        k = rng.randrange(1, len(w) - 1)
        op = rng.choice(["swap", "drop", "double", "near"])
        if op == "swap":
            w = w[:k] + w[k + 1] + w[k] + w[k + 2:]
        elif op == "drop":
            w = w[:k] + w[k + 1:]
        elif op == "double":
            w = w[:k] + w[k] + w[k:]
        else:
            near = {"a": "s", "e": "r", "i": "o", "o": "p", "n": "m", "r": "t", "t": "y", "s": "d", "l": "k"}
            w = w[:k] + near.get(w[k], w[k]) + w[k + 1:]
        tokens[i] = w
    return " ".join(tokens)


def americanise(text: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        for uk, us in SPELLING:
            text = text.replace(uk, us)
    return text


def capitalise(s: str) -> str:
    return s[:1].upper() + s[1:]


def render(fact: Fact, rng: random.Random) -> tuple[str, dict]:
    """One outlet's line for a fact, and the choices it made (for --errors)."""
    th = THEATRES[fact.theatre]
    tags: dict = {}
    actor = rng.choice(th["actors"][fact.actor])
    tags["actor"] = actor
    spelling = rng.choice([0, 0, 1, 2])
    place = fmt_place(fact, rng, tags, spelling)
    place_name = th["places"][fact.place][0][spelling]
    when = fmt_day(fact.day, rng, tags)
    fig = fmt_figure(fact.figure, rng, tags)
    unit_event = fact.event in UNIT_EVENTS
    ev = UNIT_EVENTS[fact.event] if unit_event else EVENTS[fact.event]
    verb = rng.choice(ev["act"])
    if unit_event:
        unit = rng.choice(ev["units"][fact.noun])
        thing = rng.choice(ev["thing"])
        if unit == "$":
            obj = f"${fig}" if fig[:1].isdigit() else f"{fig} dollars"
            tags["figure"] += "/$"
        else:
            obj = f"{fig} {unit}"
        obj = f"{obj} {thing}".strip()
        noun_word = ""
    else:
        noun_word = rng.choice(NOUNS[fact.noun])
        obj = f"{fig} {noun_word}"
    obj = obj.replace("of of", "of")
    source = rng.choice(SOURCES + [f"{o} said" for o in th["official"]])
    clause = rng.choice(CLAUSES) if rng.random() < 0.25 else ""
    pp_list = ev.get("pp")
    voices = ["active", "active", "active"]
    if pp_list:
        voices += ["passive", "agentless"]
    if ev.get("nom") and not (unit_event and fact.event == "advance"):
        voices += ["nominal"]
    voice = rng.choice(voices)
    tags["voice"] = voice
    if fact.event == "advance":
        obj_phrase = f"{verb} {obj}"
        core = f"{actor} {obj_phrase}"
    else:
        core = f"{actor} {verb} {obj}"
    bits = [x for x in (place, when, clause) if x]
    rng.shuffle(bits) if rng.random() < 0.3 else None
    tail = " ".join(bits)
    if voice == "active":
        body = f"{core} {tail}".strip()
    elif voice == "passive":
        body = f"{obj} were {rng.choice(pp_list)} by {actor} {tail}".strip()
    elif voice == "agentless":
        body = f"{obj} were {rng.choice(pp_list)} {tail}".strip()
    else:
        nom = rng.choice(ev["nom"])
        if nom == "deaths":
            body = f"the deaths of {obj} at the hands of {actor} {tail}"
        else:
            body = f"the {nom} of {obj} by {actor} {tail}"
        body = body.strip() + rng.choice([" was confirmed", " was reported", " drew condemnation"])
    style = rng.choices(["plain", "attr_start", "attr_end", "attr_mid", "wire", "live", "headline",
                         "quote"], weights=[14, 16, 20, 8, 14, 12, 8, 8])[0]
    tags["style"] = style
    if style == "plain":
        text = capitalise(body) + "."
    elif style == "attr_start":
        text = capitalise(f"{source} {body}.")
    elif style == "attr_end":
        text = capitalise(f"{body}, {source}.")
    elif style == "attr_mid":
        parts = body.split(" ", 3)
        if len(parts) == 4 and voice == "active":
            text = capitalise(f"{core}, {source}, {tail}.".replace(", ,", ",").replace(" ,", ","))
        else:
            who = source.split(" said")[0].removesuffix(" reported")
            text = capitalise(f"According to {who}, {body}.")
    elif style == "wire":
        d = DAYS[fact.day] if fact.day >= 0 else None
        dateline = place_name.upper() + (f", June {d.day}" if d and rng.random() < 0.7 else "")
        agency = rng.choice(th["agency"])
        text = f"{dateline} ({agency}) - {capitalise(body)}, {source}."
    elif style == "live":
        hh, mm = rng.randrange(0, 24), rng.randrange(0, 60)
        stamp = rng.choice([f"{hh:02d}:{mm:02d} GMT", f"{hh:02d}:{mm:02d} local time", f"{hh:02d}.{mm:02d}"])
        text = f"{stamp} - {capitalise(body)}."
    elif style == "headline":
        head_obj = obj
        head = f"{actor.removeprefix('the ')} {ev['head']} {head_obj} {place}"
        if fact.day >= 0 and rng.random() < 0.4:
            head += " " + when
        text = head.upper() if rng.random() < 0.5 else " ".join(
            w if w in {"in", "of", "and", "the", "on", "near", "by", "at"} else capitalise(w) for w in head.split())
    else:
        lang = th["language"]
        if voice in ("passive", "agentless"):
            quoted = capitalise(body)
        else:
            quoted = capitalise(f"{obj} were {rng.choice(pp_list)} {tail}".strip()) if pp_list else capitalise(body)
        speaker = rng.choice(th["official"])
        text = rng.choice([
            f'"{quoted}," {speaker} said, according to a translation from {lang}.',
            f'"{quoted}," {speaker} told {rng.choice(th["agency"])}.',
            f'{capitalise(speaker)} said: "{quoted}."',
        ])
    text = " ".join(text.split())
    low = text.lower()
    tags["has_actor"] = actor.lower().removeprefix("the ") in low
    tags["has_day"] = bool(when) and when.lower() in low or (style == "wire" and ", june " in low.split(" - ")[0])
    text = americanise(text, rng)
    if rng.random() < 0.12:
        text = typo(text, rng)
        tags["typo"] = "yes"
    else:
        tags["typo"] = "no"
    return text, tags


def random_fact(theatres: list[str], rng: random.Random) -> Fact:
    theatre = rng.choice(theatres)
    th = THEATRES[theatre]
    event = rng.choice(list(EVENTS) * 3 + list(UNIT_EVENTS))
    noun = rng.choice(UNITS_OF[event]) if event in UNIT_EVENTS else rng.choice(EVENTS[event]["nouns"])
    day = rng.randrange(len(DAYS)) if rng.random() < 0.92 else -1
    return Fact(theatre, rng.choice(list(th["actors"])), event, noun, rng.choice(FIGURES),
                rng.choice(list(th["places"])), day)


def far_figure(n: int, rng: random.Random) -> int:
    """Another figure at least 30 % away (a nearer one would be the same fact's other version)."""
    options = [f for f in FIGURES if max(f, n) / min(f, n) >= 1.3]
    near = [f for f in options if max(f, n) / min(f, n) <= 4]
    return rng.choice(near or options)


def sibling(fact: Fact, rng: random.Random) -> tuple[Fact, str]:
    """The base fact with one slot changed."""
    th = THEATRES[fact.theatre]
    slots = ["figure", "figure", "place", "place", "event", "day", "day", "actor", "noun"]
    slot = rng.choice(slots)
    if slot == "figure":
        return replace(fact, figure=far_figure(fact.figure, rng)), slot
    if slot == "place":
        return replace(fact, place=rng.choice([p for p in th["places"] if p != fact.place])), slot
    if slot == "day":
        return replace(fact, day=rng.choice([d for d in range(len(DAYS)) if d != fact.day])), slot
    if slot == "actor":
        return replace(fact, actor=rng.choice([a for a in th["actors"] if a != fact.actor])), slot
    if slot == "noun":
        if fact.event in UNIT_EVENTS:
            units = [u for u in UNITS_OF[fact.event] if u != fact.noun]
            if units:
                return replace(fact, noun=units[0]), "unit"
            return replace(fact, figure=far_figure(fact.figure, rng)), "figure"
        nouns = [n for n in EVENTS[fact.event]["nouns"] if n != fact.noun]
        if nouns:
            return replace(fact, noun=rng.choice(nouns)), "victim"
        return replace(fact, figure=far_figure(fact.figure, rng)), "figure"
    # another event that takes the same noun
    if fact.event in EVENTS:
        events = [e for e, d in EVENTS.items() if e != fact.event and fact.noun in d["nouns"]]
        if events:
            return replace(fact, event=rng.choice(events)), "event"
    return replace(fact, figure=far_figure(fact.figure, rng)), "figure"


def family_size(rng: random.Random) -> int:
    """Skewed sizes 2-40: most families small, a few retold everywhere."""
    return min(40, 1 + int(rng.paretovariate(1.15)))  # noqa: S311


def generate(n: int, seed: int) -> tuple[list[str], list[int], list[dict], list[Fact], list[str]]:
    """n lines: (texts, family of each line, choices of each line, fact of each family, how each
    family differs from its base: 'base' or the slot)."""
    rng = random.Random(seed)
    theatres = rng.sample(sorted(THEATRES), 3)
    facts: list[Fact] = []
    kinds: list[str] = []
    seen: set[Fact] = set()
    sizes: list[int] = []
    total = 0
    while total < n:
        base = random_fact(theatres, rng)
        if base in seen:
            continue
        group = [(base, "base")]
        for _ in range(rng.choice([0, 1, 1, 2, 2, 3, 4])):
            sib = sibling(base, rng)
            if sib[0] not in seen and all(sib[0] != f for f, _ in group):
                group.append(sib)
        for fact, kind in group:
            seen.add(fact)
            facts.append(fact)
            kinds.append(kind)
            size = max(2, family_size(rng))
            sizes.append(size)
            total += size
    lines: list[tuple[str, int, dict]] = []
    for fam, (fact, size) in enumerate(zip(facts, sizes, strict=True)):
        for _ in range(size):
            text, tags = render(fact, rng)
            lines.append((text, fam, tags))
    rng.shuffle(lines)
    lines = lines[:n]
    return [t for t, _, _ in lines], [f for _, f, _ in lines], [g for _, _, g in lines], facts, kinds


def differing(a: dict, b: dict) -> list[str]:
    return [k for k in ("style", "voice", "figure", "day", "place", "actor", "typo") if a.get(k) != b.get(k)]


def errors(texts: list[str], family: list[int], tags: list[dict], facts: list[Fact], kinds: list[str],
           groups: list[list[int]], links: list[tuple[int, int, str, float]], n_show: int,
           rng: random.Random) -> None:
    """False merges by the slot the two facts differ in; false splits by the link the pair got."""
    group_of = {i: g for g, members in enumerate(groups) for i in members}
    link = {(min(i, j), max(i, j)): (rel, score) for i, j, rel, score in links}
    merges: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for members in groups:
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                if family[i] != family[j]:
                    fa, fb = facts[family[i]], facts[family[j]]
                    slots = [s for s in ("theatre", "actor", "event", "noun", "figure", "place", "day")
                             if getattr(fa, s) != getattr(fb, s)]
                    cls = "+".join(slots) if len(slots) <= 2 else "3+ slots"
                    unsaid = (("actor" in slots and not (tags[i]["has_actor"] and tags[j]["has_actor"]))
                              or ("day" in slots and not (tags[i]["has_day"] and tags[j]["has_day"])))
                    merges[cls + (" (one line does not say it)" if unsaid and len(slots) == 1 else "")].append((i, j))
    splits: dict[str, list[tuple[int, int]]] = defaultdict(list)
    split_diffs: Counter = Counter()
    members_of: dict[int, list[int]] = defaultdict(list)
    for i, f in enumerate(family):
        members_of[f].append(i)
    for members in members_of.values():
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                if group_of.get(i, -1 - i) == group_of.get(j, -2 - j):
                    continue
                rel = link.get((min(i, j), max(i, j)))
                splits[f"linked {rel[0]}" if rel else "not linked"].append((i, j))
                for k in differing(tags[i], tags[j]):
                    split_diffs[k] += 1
    print(f"  false merges: {sum(len(v) for v in merges.values())} pairs")
    for cls, pairs in sorted(merges.items(), key=lambda kv: -len(kv[1])):
        print(f"    differ in {cls}: {len(pairs)}")
        for i, j in rng.sample(pairs, min(n_show, len(pairs))):
            print(f"      {texts[i]!r}\n      {texts[j]!r}")
    print(f"  false splits: {sum(len(v) for v in splits.values())} pairs; choices that differ "
          f"(a pair counts in each): {dict(split_diffs.most_common())}")
    for cls, pairs in sorted(splits.items(), key=lambda kv: -len(kv[1])):
        print(f"    {cls}: {len(pairs)}")
        for i, j in rng.sample(pairs, min(n_show, len(pairs))):
            rel = link.get((min(i, j), max(i, j)))
            note = f" [{rel[1]:.1f}]" if rel else ""
            print(f"      {texts[i]!r}\n      {texts[j]!r}{note}")


def run(size: int, seed: int, paths: list[str], threshold: int, n_errors: int) -> None:
    from workbench.core.match.matching import cluster_texts

    texts, family, tags, facts, kinds = generate(size, seed)
    n_fam = len(set(family))
    print(f"\n{size} lines, {n_fam} families (seed {seed}); sibling kinds: "
          f"{dict(Counter(kinds[f] for f in set(family)).most_common())}")
    for path in paths:
        t0 = time.process_time()
        w0 = time.perf_counter()
        groups, links = cluster_texts(texts, semantic=(path == "semantic"))
        cpu, wall = time.process_time() - t0, time.perf_counter() - w0
        p, r = pr(*pair_counts(groups, family))
        print(f"  cluster {path:9s} P {p:.3f}  R {r:.3f}  CPU {cpu:7.1f} s  wall {wall:7.1f} s  "
              f"groups {len(groups)}")
        if n_errors:
            errors(texts, family, tags, facts, kinds, groups, links, n_errors, random.Random(seed))
    if threshold:
        print(ratio_line(texts, family, threshold))


def main() -> None:
    ap = generator_arguments(__doc__ or "", seed=5)
    args = ap.parse_args()
    if args.show:
        texts, family, _, facts, kinds = generate(args.show, args.seed)
        for t, f in zip(texts, family, strict=True):
            print(f"{f:5d} {kinds[f]:7s} {t}")
        return
    paths = ["lexical"] if args.no_semantic else (["semantic", "lexical"] if args.lexical else ["semantic"])
    threshold = 0 if args.no_ratio else best_ratio_threshold(generate, args.seed)
    if threshold:
        print(f"ratio threshold {threshold} (F1-best on a separate 2,000-line sample)")
    for size in args.sizes:
        run(size, args.seed, paths, threshold, args.errors)


if __name__ == "__main__":
    main()
