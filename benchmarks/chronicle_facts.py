"""The facts and wordings of `matching_chronicle.py`: disasters, epidemics, elections, strikes,
courts and markets, each retold by many outlets (see that module's docstring).

A domain holds its sources (who is quoted), places (each with its spellings), events and the
figures its events count. An event has a counted noun (with synonyms), a figure kind and its
wordings: active, passive and nominalised templates with slots

    {src} who says so (only in attributions)   {fig} the figure as written
    {noun} the counted noun                    {place} the place as written
    {v} an active verb synonym                 {pp} a passive verb synonym

Events of one domain sharing a `group` count the same thing another way (killed / injured,
convicted / acquitted, raised / cut): a sibling with "another verb" picks one of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Event:
    name: str
    group: str
    kind: str  # count | share | move | money | rate | magnitude | rain | years
    nouns: tuple[str, ...]
    verbs: tuple[str, ...]
    participles: tuple[str, ...]
    active: tuple[str, ...]
    passive: tuple[str, ...]
    nominal: tuple[str, ...] = ()


@dataclass(frozen=True)
class Domain:
    name: str
    sources: tuple[str, ...]
    places: tuple[tuple[str, ...], ...]
    events: tuple[Event, ...]
    figures: dict[str, tuple[float, ...]] = field(default_factory=dict)


COUNTS = (12, 24, 36, 40, 48, 60, 75, 120, 150, 300, 350, 1200, 1500, 2500, 4000, 12000, 150000,
          1200000)

FLOOD = Domain(
    "flood",
    sources=("the National Disaster Management Authority", "the NDMA", "disaster officials",
             "provincial authorities", "the provincial disaster agency", "rescue officials"),
    places=(("Sindh", "Sind"), ("Sylhet", "Silhet"), ("Sunamganj", "Sunamgonj"),
            ("Chittagong", "Chattogram"), ("Larkana", "Larkano"), ("Dadu",)),
    events=(
        Event("flood_killed", "harm", "count", ("people", "residents", "villagers"),
              ("killed", "claimed the lives of"), ("were killed", "died", "lost their lives"),
              ("floods {v} {fig} {noun} in {place}", "flash floods {v} {fig} {noun} in {place}",
               "torrential rains {v} {fig} {noun} across {place}"),
              ("{fig} {noun} {pp} in floods in {place}", "{fig} {noun} {pp} in flooding in {place}"),
              ("the flood death toll in {place} reached {fig}", "floods in {place} left {fig} {noun} dead")),
        Event("flood_injured", "harm", "count", ("people", "residents", "villagers"),
              ("injured", "wounded"), ("were injured", "were hurt"),
              ("floods {v} {fig} {noun} in {place}", "flash floods {v} {fig} {noun} in {place}"),
              ("{fig} {noun} {pp} in floods in {place}", "{fig} {noun} {pp} in flooding in {place}"),
              ("floods in {place} left {fig} {noun} injured",)),
        Event("flood_displaced", "people", "count", ("families", "households"),
              ("displaced", "uprooted", "forced from their homes"), ("were displaced", "were uprooted"),
              ("floods {v} {fig} {noun} in {place}",),
              ("{fig} {noun} {pp} by floods in {place}", "{fig} {noun} {pp} by flooding in {place}"),
              ("flooding in {place} has displaced {fig} {noun}",)),
        Event("flood_evacuated", "people", "count", ("families", "households"),
              ("evacuated", "moved to safety"), ("were evacuated", "were moved to safety"),
              ("rescuers {v} {fig} {noun} in {place}", "troops {v} {fig} {noun} from {place}"),
              ("{fig} {noun} {pp} from {place}", "{fig} {noun} {pp} in {place}"),
              ("the evacuation of {fig} {noun} from {place}",)),
        Event("flood_homes", "homes", "count", ("homes", "houses", "dwellings"),
              ("destroyed", "washed away", "swept away"), ("were destroyed", "were washed away"),
              ("floods {v} {fig} {noun} in {place}", "the floodwaters {v} {fig} {noun} in {place}"),
              ("{fig} {noun} {pp} by floods in {place}", "{fig} {noun} {pp} in {place}"),
              ("the destruction of {fig} {noun} in {place}",)),
        Event("flood_damaged", "homes", "count", ("homes", "houses", "dwellings"),
              ("damaged", "partly damaged"), ("were damaged", "were partly damaged"),
              ("floods {v} {fig} {noun} in {place}",),
              ("{fig} {noun} {pp} by floods in {place}", "{fig} {noun} {pp} in {place}"),
              ()),
        Event("flood_rain", "rain", "rain", ("rain", "rainfall"),
              ("received", "recorded"), ("fell", "was recorded"),
              ("{place} {v} {fig} of {noun}", "weather stations in {place} {v} {fig} of {noun}"),
              ("{fig} of {noun} {pp} in {place}", "{fig} of {noun} {pp} on {place}"),
              ("{place} was drenched by {fig} of {noun}",)),
    ),
)

QUAKE = Domain(
    "quake",
    sources=("the disaster agency AFAD", "AFAD", "the interior ministry", "state media",
             "rescue officials", "the seismology institute"),
    places=(("Kahramanmaras", "Kahramanmaraş", "Kahraman Maras"), ("Hatay",),
            ("Gaziantep", "Antep"), ("Marrakesh", "Marrakech"), ("Al Haouz", "Al-Haouz", "Al Hauz"),
            ("Jajarkot", "Jajarkote")),
    events=(
        Event("quake_killed", "harm", "count", ("people", "residents"),
              ("killed", "claimed the lives of"), ("were killed", "died", "lost their lives"),
              ("the earthquake {v} {fig} {noun} in {place}", "the quake {v} {fig} {noun} in {place}"),
              ("{fig} {noun} {pp} in the earthquake in {place}", "{fig} {noun} {pp} in the quake in {place}"),
              ("the quake death toll in {place} rose to {fig}",)),
        Event("quake_injured", "harm", "count", ("people", "residents"),
              ("injured", "wounded"), ("were injured", "were hurt"),
              ("the earthquake {v} {fig} {noun} in {place}", "the quake {v} {fig} {noun} in {place}"),
              ("{fig} {noun} {pp} in the earthquake in {place}",),
              ("the quake left {fig} {noun} injured in {place}",)),
        Event("quake_rescued", "rubble", "count", ("survivors", "people"),
              ("pulled", "rescued", "dug out"), ("were pulled", "were rescued"),
              ("rescuers {v} {fig} {noun} from the rubble in {place}",
               "rescue teams {v} {fig} {noun} from the rubble in {place}"),
              ("{fig} {noun} {pp} from the rubble in {place}",),
              ("the rescue of {fig} {noun} from rubble in {place}",)),
        Event("quake_bodies", "rubble", "count", ("bodies",),
              ("recovered", "retrieved"), ("were recovered", "were retrieved"),
              ("rescuers {v} {fig} {noun} from the rubble in {place}",),
              ("{fig} {noun} {pp} from the rubble in {place}",),
              ()),
        Event("quake_buildings", "buildings", "count", ("buildings", "structures"),
              ("collapsed", "toppled", "flattened"), ("collapsed", "were flattened"),
              ("the quake {v} {fig} {noun} in {place}", "the earthquake {v} {fig} {noun} in {place}"),
              ("{fig} {noun} {pp} in {place}",),
              ("the collapse of {fig} {noun} in {place}",)),
        Event("quake_magnitude", "shock", "magnitude", ("earthquake", "quake", "tremor"),
              ("struck", "hit", "shook"), ("was felt", "was recorded"),
              ("a {fig} {noun} {v} {place}", "a {fig} {noun} {v} near {place}"),
              ("a {fig} {noun} {pp} in {place}",),
              ("{place} was shaken by a {fig} {noun}",)),
        Event("quake_aftershock", "shock", "magnitude", ("aftershock",),
              ("struck", "hit", "rattled"), ("was felt", "was recorded"),
              ("a {fig} {noun} {v} {place}",),
              ("a {fig} {noun} {pp} in {place}",),
              ()),
    ),
)

EPIDEMIC = Domain(
    "epidemic",
    sources=("the health ministry", "the Ministry of Health", "the WHO", "the World Health Organization",
             "health officials", "local health authorities"),
    places=(("Sanaa", "Sana'a", "Sana"), ("Hodeidah", "Hudaydah", "al-Hudaydah"),
            ("Kinshasa",), ("Goma",), ("Dhaka", "Dacca"), ("N'Djamena", "Ndjamena")),
    events=(
        Event("epi_cases", "cases", "count", ("cholera cases", "suspected cholera cases", "cases of cholera"),
              ("recorded", "registered", "reported"), ("were recorded", "were reported"),
              ("health workers {v} {fig} {noun} in {place}", "clinics in {place} {v} {fig} {noun}"),
              ("{fig} {noun} {pp} in {place}",),
              ("{place} has seen {fig} {noun}",)),
        Event("epi_deaths", "cases", "count", ("cholera deaths", "deaths from cholera"),
              ("recorded", "registered", "reported"), ("were recorded", "were reported"),
              ("health workers {v} {fig} {noun} in {place}",),
              ("{fig} {noun} {pp} in {place}",),
              ("cholera has killed {fig} people in {place}",)),
        Event("epi_vaccinated", "vaccine", "count", ("children", "kids", "youngsters"),
              ("vaccinated", "immunised", "inoculated"), ("were vaccinated", "were immunised"),
              ("health workers {v} {fig} {noun} in {place}", "vaccination teams {v} {fig} {noun} in {place}"),
              ("{fig} {noun} {pp} in {place}", "{fig} {noun} {pp} against cholera in {place}"),
              ("a campaign in {place} reached {fig} {noun}",)),
        Event("epi_doses", "vaccine", "count", ("vaccine doses", "doses of vaccine"),
              ("delivered", "shipped", "sent"), ("were delivered", "were shipped"),
              ("the WHO {v} {fig} {noun} to {place}", "donors {v} {fig} {noun} to {place}"),
              ("{fig} {noun} {pp} to {place}",),
              ("the delivery of {fig} {noun} to {place}",)),
        Event("epi_share", "share", "share", ("of hospital beds", "of beds in hospitals"),
              ("filled", "occupied"), ("were occupied", "were filled"),
              ("cholera patients {v} {fig} {noun} in {place}",),
              ("{fig} {noun} in {place} {pp} by cholera patients",),
              ()),
    ),
)

ELECTION = Domain(
    "election",
    sources=("the election commission", "the electoral commission", "the Independent National Electoral Commission",
             "INEC", "election officials", "poll monitors"),
    places=(("Lagos",), ("Kano",), ("Port Harcourt",), ("Nairobi",), ("Mombasa",), ("Kaduna",)),
    events=(
        Event("vote_turnout", "turnout", "share", ("of registered voters", "of eligible voters", "of the electorate"),
              ("voted", "cast ballots", "turned out"), ("voted", "cast their ballots"),
              ("{fig} {noun} in {place} {v}",),
              ("{fig} {noun} {pp} in {place}",),
              ("turnout in {place} was {fig}",)),
        Event("vote_ballots", "ballots", "count", ("ballots", "votes", "ballot papers"),
              ("counted", "tallied"), ("were counted", "were tallied"),
              ("officials {v} {fig} {noun} in {place}", "election staff {v} {fig} {noun} in {place}"),
              ("{fig} {noun} {pp} in {place}",),
              ("the count of {fig} {noun} in {place}",)),
        Event("vote_invalid", "ballots", "count", ("ballots", "votes", "ballot papers"),
              ("rejected", "voided", "annulled"), ("were rejected", "were declared invalid"),
              ("officials {v} {fig} {noun} in {place}",),
              ("{fig} {noun} {pp} in {place}",),
              ()),
        Event("vote_stations", "stations", "count", ("polling stations", "polling units", "polling booths"),
              ("closed", "shut"), ("were closed", "were shut"),
              ("officials {v} {fig} {noun} in {place}", "the commission {v} {fig} {noun} in {place}"),
              ("{fig} {noun} {pp} in {place}",),
              ("the closure of {fig} {noun} in {place}",)),
        Event("vote_stations_open", "stations", "count", ("polling stations", "polling units", "polling booths"),
              ("opened", "reopened"), ("were opened", "were reopened"),
              ("officials {v} {fig} {noun} in {place}",),
              ("{fig} {noun} {pp} in {place}",),
              ()),
        Event("vote_arrests", "arrests", "count", ("people", "suspected vote buyers", "party agents"),
              ("arrested", "detained"), ("were arrested", "were detained"),
              ("police {v} {fig} {noun} in {place}",),
              ("{fig} {noun} {pp} in {place}",),
              ("the arrest of {fig} {noun} in {place}",)),
    ),
)

STRIKE = Domain(
    "strike",
    sources=("the union", "the CGT union", "union leaders", "the transport ministry", "management",
             "the port authority"),
    places=(("Marseille", "Marseilles"), ("Le Havre",), ("Rotterdam",), ("Antwerp", "Antwerpen"),
            ("Lyon", "Lyons"), ("Genoa", "Genova")),
    events=(
        Event("strike_walkout", "workers", "count", ("workers", "employees", "staff", "dockers"),
              ("walked out", "went on strike", "downed tools"), ("walked out", "went on strike"),
              ("{fig} {noun} {v} in {place}", "{fig} {noun} {v} at the port of {place}"),
              ("{fig} {noun} {pp} in {place}",),
              ("a walkout by {fig} {noun} in {place}", "a strike by {fig} {noun} in {place}")),
        Event("strike_return", "workers", "count", ("workers", "employees", "staff", "dockers"),
              ("returned to work", "went back to work"), ("returned to work",),
              ("{fig} {noun} {v} in {place}",),
              ("{fig} {noun} {pp} in {place}",),
              ()),
        Event("strike_flights", "flights", "count", ("flights",),
              ("cancelled", "scrapped", "grounded"), ("were cancelled", "were scrapped", "were grounded"),
              ("the strike {v} {fig} {noun} in {place}", "airlines {v} {fig} {noun} in {place}"),
              ("{fig} {noun} {pp} in {place}", "{fig} {noun} {pp} at {place} airport"),
              ("the cancellation of {fig} {noun} in {place}",)),
        Event("strike_delayed", "flights", "count", ("flights",),
              ("delayed", "held up"), ("were delayed", "were held up"),
              ("the strike {v} {fig} {noun} in {place}",),
              ("{fig} {noun} {pp} in {place}",),
              ()),
        Event("strike_share", "share", "share", ("of teachers", "of school staff"),
              ("joined the strike", "stayed away from work"), ("joined the strike",),
              ("{fig} {noun} in {place} {v}",),
              ("{fig} {noun} {pp} in {place}",),
              ("the strike was followed by {fig} {noun} in {place}",)),
        Event("strike_pay", "pay", "share", ("pay rise", "wage increase", "salary increase"),
              ("demanded", "called for", "sought"), ("was demanded",),
              ("{src} {v} a {fig} {noun} in {place}",),
              ("a {fig} {noun} {pp} by {src} in {place}",),
              ()),
    ),
)

COURT = Domain(
    "court",
    sources=("prosecutors", "the prosecutor's office", "court officials", "the defence", "judicial sources",
             "the court"),
    places=(("Lahore",), ("Karachi",), ("Islamabad",), ("Kinshasa",), ("Moscow", "Moskva"),
            ("St Petersburg", "St. Petersburg", "Saint Petersburg")),
    events=(
        Event("court_convicted", "verdict", "count", ("defendants", "accused", "suspects"),
              ("convicted", "found guilty"), ("were convicted", "were found guilty"),
              ("a court {v} {fig} {noun} in {place}", "judges {v} {fig} {noun} in {place}"),
              ("{fig} {noun} {pp} in {place}", "{fig} {noun} {pp} by a court in {place}"),
              ("the conviction of {fig} {noun} in {place}",)),
        Event("court_acquitted", "verdict", "count", ("defendants", "accused", "suspects"),
              ("acquitted", "cleared"), ("were acquitted", "were cleared"),
              ("a court {v} {fig} {noun} in {place}", "judges {v} {fig} {noun} in {place}"),
              ("{fig} {noun} {pp} in {place}", "{fig} {noun} {pp} by a court in {place}"),
              ("the acquittal of {fig} {noun} in {place}",)),
        Event("court_jailed", "term", "years", ("an opposition activist", "a former minister", "a journalist"),
              ("jailed", "sentenced"), ("was jailed", "was sentenced"),
              ("a court in {place} {v} {noun} for {fig}", "a {place} court {v} {noun} for {fig}"),
              ("{noun} {pp} for {fig} in {place}", "{noun} {pp} to {fig} in {place}"),
              ("a {fig} sentence for {noun} in {place}",)),
        Event("court_fined", "money", "money", ("a mining company", "a bank", "an airline"),
              ("fined", "ordered to pay"), ("was fined", "was ordered to pay"),
              ("a court in {place} {v} {noun} {fig}",),
              ("{noun} {pp} {fig} by a court in {place}", "{noun} {pp} {fig} in {place}"),
              ("a {fig} fine for {noun} in {place}",)),
        Event("court_bail", "money", "money", ("a mining company", "a bank", "an airline"),
              ("awarded", "granted"), ("was awarded", "was granted"),
              ("a court in {place} {v} {noun} {fig} in damages",),
              ("{noun} {pp} {fig} in damages in {place}",),
              ()),
    ),
)

MARKETS = Domain(
    "markets",
    sources=("the central bank", "the monetary policy committee", "analysts", "the finance ministry",
             "traders", "the bank's governor"),
    places=(("Turkey", "Türkiye"), ("Egypt",), ("Nigeria",), ("Kenya",), ("Pakistan",), ("Ghana",)),
    events=(
        Event("rate_raised", "rate", "rate", ("its key rate", "its benchmark rate", "its policy rate"),
              ("raised", "hiked", "increased"), ("was raised", "was hiked", "was increased"),
              ("the central bank of {place} {v} {noun} {fig}", "{place}'s central bank {v} {noun} {fig}"),
              ("the benchmark rate in {place} {pp} {fig}",),
              ("a {fig} hike of {place}'s key rate",)),
        Event("rate_cut", "rate", "rate", ("its key rate", "its benchmark rate", "its policy rate"),
              ("cut", "lowered", "reduced"), ("was cut", "was lowered", "was reduced"),
              ("the central bank of {place} {v} {noun} {fig}", "{place}'s central bank {v} {noun} {fig}"),
              ("the benchmark rate in {place} {pp} {fig}",),
              ("a {fig} cut to {place}'s key rate",)),
        Event("currency_fell", "currency", "move", ("against the dollar", "versus the US dollar"),
              ("fell", "dropped", "slid", "lost"), ("fell",),
              ("the currency of {place} {v} {fig} {noun}", "{place}'s currency {v} {fig} {noun}"),
              ("{place}'s currency {pp} {fig} {noun}",),
              ("a {fig} drop in {place}'s currency {noun}",)),
        Event("currency_rose", "currency", "move", ("against the dollar", "versus the US dollar"),
              ("rose", "gained", "climbed"), ("rose",),
              ("the currency of {place} {v} {fig} {noun}", "{place}'s currency {v} {fig} {noun}"),
              ("{place}'s currency {pp} {fig} {noun}",),
              ()),
        Event("bond_sold", "money", "money", ("in eurobonds", "in bonds", "of eurobonds"),
              ("sold", "issued", "raised"), ("were sold", "were issued"),
              ("{place} {v} {fig} {noun}", "the government of {place} {v} {fig} {noun}"),
              ("{fig} {noun} {pp} by {place}",),
              ("{place}'s sale of {fig} {noun}",)),
    ),
)

DOMAINS = (FLOOD, QUAKE, EPIDEMIC, ELECTION, STRIKE, COURT, MARKETS)

FIGURES: dict[str, tuple[float, ...]] = {
    "count": COUNTS,
    "share": (10, 20, 25, 33, 40, 50, 60, 67, 75, 12, 8),
    "money": (2.5e6, 40e6, 1.2e9, 3e9, 150e6, 500e6, 75e6, 12e6),
    "move": (2, 3, 4, 5, 8, 10, 12, 15),
    "rate": (25, 50, 75, 100, 200, 300, 500),  # basis points
    "magnitude": (5.6, 5.9, 6.1, 6.4, 6.8, 7.2, 7.8),
    "rain": (120, 150, 200, 250, 300, 400),  # millimetres
    "years": (3, 5, 7, 9, 10, 12, 15),
}
