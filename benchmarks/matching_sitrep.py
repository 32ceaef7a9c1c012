"""Ninth dense-family generator: humanitarian situation reports and army briefings on Somalia
(March 2026), families and siblings.

Written from issue #11's description of its 20k synthetic set only, before reading the matching
code, its tables, docs/matching.md or the other generators' text, so that its first run measures
unseen data.

A *fact* is (place, event, figure, date). A *family* is one fact retold as a sitrep would tell it
and outlets would quote it: subject-first ("An estimated 12,000 people were displaced by floods")
or agent-first ("Flooding displaced 12,000 people"), a verb's synonym (killed / died / lost their
lives), a bullet in note form with the region first ("Hiraan: 12,000 people displaced by floods in
Beledweyne on 3 March (OCHA)."), an attribution before, after or around the clause (OCHA, SoDMA,
the Ministry of Defence, SONNA, "told Radio Mogadishu"), another transliteration of a town
(Beledweyne / Belet Weyne / Baladweyne, Kismayo / Kismaayo / Chisimaio) and of al-Shabaab,
another hedge and number format (12,000 / 12000 / twelve thousand / 12 thousand / an estimated
12,000 / more than 12,000; 1.2 million / 1,200,000), another date format (on 3 March / on March 3 /
on Tuesday 3 March / on Tuesday, March 3 / on 14/3 when the day cannot be a month / on the 3rd),
and typos (a transposed or dropped letter). *Siblings* differ from a fact of their group in
exactly one slot: the figure (another of the same order, at least 1.4 times apart so that no hedge
bridges them), the place, the date (another day of March) or the verb (another event on the same
object: displaced / affected by floods, displaced / returned, killed / injured / abducted, closed /
reopened, recaptured / lost, destroyed / damaged, cases / deaths, ...). Towns, regions, days and
figures are few and shared. Every retelling names every field, so the gold (the families) is
decidable from its text.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/matching_sitrep.py --sizes 3000 --no-semantic
    PYTHONPATH=$PWD .venv/bin/python benchmarks/matching_sitrep.py --sizes 20000 --errors 4

FIRST RUN (main at 82243fa before any fix; seed 29 for development, seed 4711 held back, its errors
never printed; CPU s on 2 shared cores, load 5-14 from other helpers):

    seed 29    3k  semantic 0.822 / 0.515 (21.2 s)   lexical 0.789 / 0.545 (6.5 s)   ratio>=64 0.036 / 0.110
               20k semantic 0.791 / 0.496 (146.1 s)  lexical 0.754 / 0.526 (72.9 s)  ratio>=64 0.006 / 0.114 (103.9 s)
    seed 4711  20k lexical 0.748 / 0.519 (85.1 s)

After the fixes it led to: see docs/matching.md, "A ninth dense generator".
"""

from __future__ import annotations

import datetime
import random

from family_scoring import generator_main, number_words, sibling_families  # noqa: E402

FIELDS = ("place", "event", "figure", "date")

# Town -> (spellings, region). Several towns share a region, as in a real sitrep.
PLACES: dict[str, tuple[list[str], str]] = {
    "Mogadishu": (["Mogadishu", "Muqdisho", "Mogadiscio"], "Banadir"),
    "Kismayo": (["Kismayo", "Kismaayo", "Kismaio", "Chisimaio"], "Lower Juba"),
    "Baidoa": (["Baidoa", "Baydhabo", "Baydhaba"], "Bay"),
    "Beledweyne": (["Beledweyne", "Beletweyne", "Belet Weyne", "Baladweyne"], "Hiraan"),
    "Bulo Burte": (["Bulo Burte", "Buulobarde", "Bulo Burto"], "Hiraan"),
    "Galkayo": (["Galkayo", "Gaalkacyo", "Galkacyo"], "Mudug"),
    "Bosaso": (["Bosaso", "Bosaaso", "Bossaso"], "Bari"),
    "Jowhar": (["Jowhar", "Jawhar", "Giohar"], "Middle Shabelle"),
    "Afgoye": (["Afgoye", "Afgooye", "Afgoi"], "Lower Shabelle"),
    "Marka": (["Marka", "Merca", "Merka"], "Lower Shabelle"),
    "Wanlaweyn": (["Wanlaweyn", "Wanla Weyn", "Wanlaweyne"], "Lower Shabelle"),
    "Dhusamareb": (["Dhusamareb", "Dhuusamarreeb", "Dusa Mareb"], "Galgaduud"),
    "Hudur": (["Hudur", "Xuddur", "Oddur"], "Bakool"),
    "Bardere": (["Bardere", "Baardheere", "Bardera"], "Gedo"),
    "Luuq": (["Luuq", "Lugh"], "Gedo"),
    "Dollow": (["Dollow", "Doolow", "Dolow"], "Gedo"),
    "Las Anod": (["Las Anod", "Laascaanood", "Lasanod"], "Sool"),
}
REGION_SPELLINGS = {"Hiraan": ["Hiraan", "Hiran"], "Lower Shabelle": ["Lower Shabelle", "Lower Shabeelle"],
                    "Galgaduud": ["Galgaduud", "Galguduud"], "Lower Juba": ["Lower Juba", "Lower Jubba"]}
SHABAAB = ["al-Shabaab", "al-Shabab", "Al Shabaab", "Shabaab", "al-Shabaab"]

# Figures by order of magnitude; neighbours at least 1.4 times apart.
FIGURES = {
    "few": [2, 3, 5, 8, 12],
    "tens": [14, 23, 36, 55, 85],
    "hundreds": [120, 180, 275, 420, 650, 980],
    "thousands": [1200, 1800, 2700, 4000, 6500, 9800, 15000, 23000, 36000, 55000, 85000],
    "big": [120000, 180000, 270000, 400000, 650000, 1200000, 1800000],
}

# An event: its figure class, its sources, whether it happens "in" or "near" a town, the nouns
# its figure counts, and its clauses. "S:" clauses put the counted noun first (passive or
# intransitive; a note-form bullet drops their auxiliary), "A:" clauses put a cause or agent
# first. {N} is the figure with its noun, {G} the group's name (al-Shabaab's spellings).
EVENTS: dict[str, dict] = {
    "flood_displaced": dict(cls=("thousands", "big"), src="hum", at="in", nouns=["people", "residents", "individuals"], says=[
        "S:{N} were displaced by flooding", "S:{N} have been displaced by floods", "S:{N} were forced from their homes by floods",
        "S:{N} fled rising floodwaters", "A:flooding displaced {N}", "A:flash floods forced {N} from their homes",
        "A:floods uprooted {N}"]),
    "flood_affected": dict(cls=("thousands", "big"), src="hum", at="in", nouns=["people", "residents", "individuals"], says=[
        "S:{N} were affected by flooding", "S:{N} have been affected by floods", "S:{N} were hit by flash floods",
        "A:flooding affected {N}", "A:floods have affected {N}"]),
    "conflict_displaced": dict(cls=("thousands",), src="hum", at="in", nouns=["people", "civilians", "residents"], says=[
        "S:{N} were displaced by fighting", "S:{N} fled their homes amid clashes", "S:{N} were forced to flee fighting",
        "A:clashes displaced {N}", "A:fighting forced {N} to flee their homes", "A:armed violence uprooted {N}"]),
    "returned": dict(cls=("thousands",), src="hum", at="in", nouns=["displaced people", "IDPs", "internally displaced people"], says=[
        "S:{N} returned to their homes", "S:{N} went back home", "S:{N} have returned to their villages",
        "S:{N} made their way back home"]),
    "civ_killed": dict(cls=("few", "tens"), src="mixed", at="in", nouns=["civilians"], says=[
        "S:{N} were killed in fighting", "S:{N} died in clashes", "S:{N} lost their lives in the fighting",
        "A:fighting killed {N}", "A:clashes left {N} dead"]),
    "civ_injured": dict(cls=("few", "tens"), src="mixed", at="in", nouns=["civilians"], says=[
        "S:{N} were injured in fighting", "S:{N} were wounded in clashes", "S:{N} sustained injuries in the fighting",
        "A:fighting wounded {N}", "A:clashes left {N} injured"]),
    "civ_abducted": dict(cls=("few", "tens"), src="mixed", at="in", nouns=["civilians"], says=[
        "S:{N} were abducted by gunmen", "S:{N} were kidnapped by armed men", "A:gunmen abducted {N}",
        "A:armed men kidnapped {N}"]),
    "cholera_cases": dict(cls=("hundreds",), src="health", at="in", nouns=[""], says=[
        "S:{N} suspected cholera cases were recorded", "S:{N} new cases of cholera were reported",
        "S:{N} suspected cases of acute watery diarrhoea/cholera were registered",
        "A:health partners recorded {N} suspected cholera cases"]),
    "cholera_deaths": dict(cls=("hundreds",), src="health", at="in", nouns=[""], says=[
        "S:{N} cholera deaths were recorded", "S:{N} people died of cholera", "S:{N} deaths from cholera were reported",
        "A:cholera killed {N} people"]),
    "schools_closed": dict(cls=("tens",), src="hum", at="in", nouns=["schools"], says=[
        "S:{N} were closed", "S:{N} were forced to close", "S:{N} shut their doors", "A:the crisis closed {N}",
        "S:classes were suspended in {N}"]),
    "schools_reopened": dict(cls=("tens",), src="hum", at="in", nouns=["schools"], says=[
        "S:{N} reopened", "S:{N} were reopened", "S:classes resumed in {N}", "S:{N} opened their doors again"]),
    "shelters_destroyed": dict(cls=("hundreds", "thousands"), src="hum", at="in", nouns=["shelters", "makeshift homes"], says=[
        "S:{N} were destroyed", "S:{N} were washed away", "S:{N} were flattened", "A:floods destroyed {N}"]),
    "shelters_damaged": dict(cls=("hundreds", "thousands"), src="hum", at="in", nouns=["shelters", "makeshift homes"], says=[
        "S:{N} were damaged", "S:{N} were partially damaged", "S:{N} sustained damage", "A:floods damaged {N}"]),
    "villages_recaptured": dict(cls=("few",), src="mil", at="near", nouns=["villages"], says=[
        "A:government forces recaptured {N}", "A:the army retook {N}", "A:troops regained control of {N}",
        "S:{N} were liberated by the Somali National Army", "S:{N} were retaken from {G} by government troops"]),
    "villages_lost": dict(cls=("few",), src="mil", at="near", nouns=["villages"], says=[
        "A:government forces withdrew from {N}", "A:the army lost control of {N}", "A:{G} fighters seized {N}",
        "S:{N} fell to {G}", "S:{N} were abandoned by government troops"]),
    "fighters_killed": dict(cls=("tens",), src="mil", at="near", nouns=["{G} fighters", "{G} militants", "insurgents"], says=[
        "A:the army killed {N}", "A:government forces killed {N}", "S:{N} were killed by the Somali National Army",
        "S:{N} were killed in a military operation", "A:troops killed {N}"]),
    "fighters_captured": dict(cls=("tens",), src="mil", at="near", nouns=["{G} fighters", "{G} militants", "insurgents"], says=[
        "A:the army captured {N}", "A:government forces detained {N}", "S:{N} were captured by the Somali National Army",
        "S:{N} were taken prisoner in a military operation"]),
    "fighters_surrendered": dict(cls=("few", "tens"), src="mil", at="near", nouns=["{G} fighters", "{G} militants"], says=[
        "S:{N} surrendered to government forces", "S:{N} defected to the government", "S:{N} handed themselves over to the army",
        "S:{N} laid down their arms"]),
    "food_delivered": dict(cls=("thousands", "big"), src="food", at="in", nouns=["people"], says=[
        "S:{N} received food assistance", "A:WFP distributed food to {N}", "S:food aid reached {N}",
        "A:humanitarian partners provided food rations to {N}"]),
    "food_suspended": dict(cls=("thousands", "big"), src="food", at="in", nouns=["people"], says=[
        "S:food assistance was suspended for {N}", "S:{N} were cut off from food aid", "A:funding cuts left {N} without food rations",
        "S:food distributions to {N} were halted"]),
    "livestock_died": dict(cls=("thousands", "big"), src="hum", at="in", nouns=["livestock", "head of livestock", "animals"], says=[
        "S:{N} died", "S:{N} perished in the drought", "A:the drought killed {N}", "A:pastoralists lost {N}"]),
    "livestock_vaccinated": dict(cls=("thousands", "big"), src="hum", at="in", nouns=["livestock", "head of livestock", "animals"], says=[
        "S:{N} were vaccinated", "A:veterinary teams vaccinated {N}", "S:{N} were inoculated against disease"]),
    "water_dried": dict(cls=("tens",), src="hum", at="in", nouns=["water points", "shallow wells", "water sources"], says=[
        "S:{N} dried up", "S:{N} ran dry", "S:{N} have dried up"]),
    "water_repaired": dict(cls=("tens",), src="hum", at="in", nouns=["water points", "shallow wells", "water sources"], says=[
        "S:{N} were repaired", "S:{N} were rehabilitated", "A:partners restored {N}"]),
}
# Siblings by verb: another event on the same object.
VERB_GROUPS = [("flood_displaced", "flood_affected"), ("conflict_displaced", "returned"),
               ("civ_killed", "civ_injured", "civ_abducted"), ("cholera_cases", "cholera_deaths"),
               ("schools_closed", "schools_reopened"), ("shelters_destroyed", "shelters_damaged"),
               ("villages_recaptured", "villages_lost"), ("fighters_killed", "fighters_captured", "fighters_surrendered"),
               ("food_delivered", "food_suspended"), ("livestock_died", "livestock_vaccinated"),
               ("water_dried", "water_repaired")]

SOURCES = {
    "hum": ["OCHA", "the UN Office for the Coordination of Humanitarian Affairs", "UNHCR", "the UN refugee agency",
            "humanitarian partners", "aid agencies", "the Protection and Return Monitoring Network",
            "the Somali Disaster Management Agency", "SoDMA", "local authorities", "the regional administration"],
    "health": ["the Ministry of Health", "WHO", "the World Health Organization", "health partners", "health officials"],
    "mil": ["the Ministry of Defence", "the army", "a military spokesman", "state news agency SONNA", "SONNA",
            "a regional commander", "government officials"],
    "food": ["WFP", "the World Food Programme", "the Food Security Cluster", "OCHA", "aid agencies"],
}
SOURCES["mixed"] = SOURCES["hum"][:6] + ["local officials", "elders", "witnesses", "SONNA"]
SAY = ["said", "reported", "said in a statement", "stated"]
TOLD = ["told Radio Mogadishu", "told Garowe Online", "told reporters", "told the BBC Somali service"]
HEDGES = ["", "", "", "", "an estimated ", "about ", "around ", "some ", "more than ", "over ", "nearly ", "at least ",
          "up to "]
MONTH = 3
YEAR = 2026


def number_text(n: int, rng: random.Random) -> str:
    """One of the forms a sitrep or an outlet writes n in."""
    forms = [f"{n:,}", f"{n:,}"]
    if n < 20 or (n < 100 and rng.random() < 0.5):
        forms += [number_words(n)] * 3
    else:
        forms.append(number_words(n))
    if n >= 10000:
        forms.append(str(n))
    if n >= 1000 and n % 1000 == 0 and n < 1_000_000:
        forms += [f"{n // 1000} thousand", f"{n // 1000},000"]
    if n >= 1_000_000:
        forms += [f"{n / 1_000_000:g} million"] * 3
    return rng.choice(forms)


def figure_text(n: int, rng: random.Random) -> str:
    hedge = rng.choice(HEDGES) if n >= 10 else rng.choice(["", "", "", "at least "])
    return hedge + number_text(n, rng)


def date_text(day: int, rng: random.Random) -> str:
    month = datetime.date(YEAR, MONTH, 1).strftime("%B")
    weekday = datetime.date(YEAR, MONTH, day).strftime("%A")
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    forms = [f"on {day} {month}", f"on {day} {month}", f"on {month} {day}", f"on {weekday} {day} {month}",
             f"on {weekday}, {month} {day}", f"on the {day}{suffix}", f"on {day} {month} {YEAR}"]
    if day > 12 or day == MONTH:
        forms.append(f"on {day}/{MONTH}")
    return rng.choice(forms)


def typo(text: str, rng: random.Random) -> str:
    """A transposed or dropped letter in one word of five letters or more."""
    words = text.split(" ")
    spots = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not spots:
        return text
    i = rng.choice(spots)
    w = words[i]
    k = rng.randrange(1, len(w) - 2)
    words[i] = w[:k] + w[k + 1] + w[k] + w[k + 2:] if rng.random() < 0.5 else w[:k] + w[k + 1:]
    return " ".join(words)


def place_text(town: str, at: str, rng: random.Random) -> str:
    names, region = PLACES[town]
    name = rng.choice(names)
    reg = rng.choice(REGION_SPELLINGS.get(region, [region]))
    if at == "near":
        return rng.choice([f"near {name}", f"outside {name}", f"on the outskirts of {name}", f"near {name} in {reg}",
                           f"in {name} district"])
    return rng.choice([f"in {name}", f"in {name}", f"in {name}, {reg} region", f"in {name} district",
                       f"in {reg}'s {name} district", f"in {name} town"])


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _note(clause: str) -> str:
    """The note form of a subject-first clause: its auxiliary dropped."""
    for aux in (" have been ", " has been ", " were ", " was "):
        if aux in clause:
            return clause.replace(aux, " ", 1)
    return clause


def tell(fact: tuple, rng: random.Random) -> str:
    town, event, figure, day = fact
    ev = EVENTS[event]
    group = rng.choice(SHABAAB)
    noun = rng.choice(ev["nouns"]).replace("{G}", group)
    counted = (figure_text(figure, rng) + " " + noun).strip()
    say = rng.choice(ev["says"])
    form, clause = say[0], say[2:].replace("{N}", counted).replace("{G}", group)
    where, when = place_text(town, ev["at"], rng), date_text(day, rng)
    source = rng.choice([s for s in SOURCES[ev["src"]] if s not in clause])
    style = rng.random()
    if style < 0.18 and form == "S":
        # A sitrep bullet: region first, note form, source in brackets.
        region = PLACES[town][1]
        head = rng.choice([region, rng.choice(PLACES[town][0])])
        body = f"{_note(clause)} {where} {when}" if rng.random() < 0.7 or when.startswith("on the") \
            else f"{when[3:]}: {_note(clause)} {where}"
        tail = f" ({source})" if rng.random() < 0.5 else ""
        text = f"{head}: {body}{tail}."
    else:
        core = f"{clause} {where} {when}" if rng.random() < 0.7 else f"{clause} {when} {where}"
        if rng.random() < 0.2:
            core = f"{when}, {clause} {where}"
        pick = rng.random()
        verb = rng.choice(SAY if ev["src"] != "mil" or rng.random() < 0.7 else TOLD)
        if pick < 0.3:
            text = f"{_cap(core)}, {source} {verb}."
        elif pick < 0.5:
            text = f"According to {source}, {core}."
        elif pick < 0.7:
            said = verb.split(" in ")[0] if "told" not in verb else "said"
            # A date opening the reported clause would read as the date of the saying: "that".
            text = f"{_cap(source)} {said} {'that ' if core.startswith('on ') else ''}{core}."
        elif pick < 0.8:
            text = f"{_cap(source)} reported that {core}."
        else:
            text = f"{_cap(core)}."
    if rng.random() < 0.25:
        text = typo(text, rng)
    return text


def _random_fact(rng: random.Random) -> tuple:
    event = rng.choice(list(EVENTS))
    cls = rng.choice(EVENTS[event]["cls"])
    return (rng.choice(list(PLACES)), event, rng.choice(FIGURES[cls]), rng.randint(1, 31))


def _sibling(fact: tuple, rng: random.Random) -> tuple[tuple, str]:
    town, event, figure, day = fact
    group = next(g for g in VERB_GROUPS if event in g)
    slot = rng.choice(["figure", "place", "date", "verb"])
    if slot == "verb":
        return (town, rng.choice([e for e in group if e != event]), figure, day), "verb"
    if slot == "place":
        return (rng.choice([p for p in PLACES if p != town]), event, figure, day), "place"
    if slot == "date":
        return (town, event, figure, rng.choice([d for d in range(1, 32) if d != day])), "date"
    cls = next(c for c, values in FIGURES.items() if figure in values)
    return (town, event, rng.choice([f for f in FIGURES[cls] if f != figure]), day), "figure"


def generate(n: int, seed: int) -> tuple[list[str], list[int], list[tuple], list[str]]:
    """n lines, their family ids, the families' facts and how each family was made."""
    return sibling_families(n, seed, _random_fact, _sibling, tell)


def main() -> None:
    generator_main(__doc__ or "", 29, generate, FIELDS)


if __name__ == "__main__":
    main()
