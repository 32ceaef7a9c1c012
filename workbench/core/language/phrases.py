"""Phrases news writes two ways for one measure or one act, where no single word differs:
- a share of the voters who voted is the turnout ("47% of voters cast a ballot" / "turnout was
  47 percent");
- a figure "up" or "down" rose or fell ("exports were up 4%" / "exports rose 4%");
- an event "held on" a date took place then ("the vote was held on 29 July" / "voting took place
  on 29 July");
- an envoy or troops recalled are withdrawn ("recalled its ambassador" / "withdrew its ambassador");
- (a service or ties cut are cut off: `paraphrases`, with the other acts told in other words);
- what is declared over has ended ("declared the outbreak over" / "the outbreak ended");
- a share of the vote taken is won ("took 54.3% of the ballots" / "won 54.3% of the vote");
- a count "left dead" was killed, "left injured" wounded ("left at least 2,900 dead" / "at least
  2,900 people were killed");
- a date "pushed back to" is a date postponed to ("pushed back to 15 December" / "postponed until
  December 15"), and so is a vote, talks, a deadline "pushed back"; "pushed back" with no time after
  it is repelled (`language.verbs`);
- claims rejected are denied ("rejected claims that it backs the rebels" / "denied backing the
  rebels");
- a vaccine or aid rolled out is one started giving ("rolled out the malaria vaccine" / "started
  giving children the malaria vaccine"); "rolled out" alone stays ("rolled out its first products");
- a convoy or an attack "turned back" by someone was blocked ("the convoy was turned back",
  "troops turned back the assault" / "blocked the trucks from reaching"); "the ship turned back"
  (it went back) and "turning back the clock" stay;
- what fell into the hands of a force was captured by it; who died at its hands was killed by it;
- weapons fired were launched ("fired 40 rockets" / "launched 40 rockets"); an aircraft or a
  drone brought down was shot down;
- people "still being held", "held in custody", "held captive" are detained ("its members were
  still being held" / "were freed"; helper probes8);
- what "came under fire" or "was shot at" was attacked ("a UN helicopter came under fire" / "was
  shot at"; helper probes8);
- a country's capital named as such is the city ("sent troops to South Sudan's capital" / "to
  Juba", "the Greek capital" / "the capital, Athens"; helper probes8).
- buildings, bridges and roads washed or swept away were destroyed ("floods swept away 75 homes"
  / "75 houses were destroyed"); people swept away stay as written (they may be missing or dead;
  helper precision20k);
- ballots or votes rejected at a count were declared invalid ("2,500 ballots were rejected" /
  "declared 2,500 votes invalid"), no bill or plan rejected (helper precision20k);
- what "was held up" or "were held up" was delayed ("1,200 flights were held up" / "were
  delayed"), and so what was "held up" by a count ("the strike held up 350 flights"); "held up
  as a model" and "held up a sign" stay (helper prec20k2);
- a fire or an outbreak "brought under control" or "under control" is contained, one "out of
  control" uncontrolled (helper pairsconf5);
- supplies run out or out of stock are in shortage ("medicines had run out" / "no shortage of
  medicines"; helper pairsnot6);
- someone "no longer in custody", "no longer detained" or "held" has been released ("no longer"
  negates nothing elsewhere: `negation.NOT_NEGATION`; helper conf8);
- someone released or freed on bail was granted bail, the opposite of bail denied or refused
  ("released the journalist on bail" / "denied bail to the journalist"; helper conf8);
- a place "still without power" (water, internet, ...) is cut off from it, the opposite of the supply
  restored; an office-holder "voted out of office" was ousted, one who "survived" a confidence vote or
  "defeated" a no-confidence motion remained in office (stop 37, sets 77-80);
- a cause or a finding "ruled out" is denied ("ruled out sabotage" / "called it sabotage"), unless a
  negation comes before it ("nothing has been ruled out", "did not rule out arson": no denial; helper
  opp84);
- a rate, a price or a tax kept, left or held steady, unchanged or on hold is left unchanged, the
  opposite of raised or cut (`match.opposites`: "kept interest rates on hold" / "raised interest
  rates"; helper conf8).
Matching's knowledge rewrite (`match.knowledge.rewrite`) writes each one way before the verb and
noun tables, so the opposites those tables know ("rose" / "fell", "restored" / "cut off", "sent"
/ "withdrew") are seen as well (helper probes5, from invented event pairs set17..set20 and scratch
batches written with them).
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.core.language.actors import CAPITAL_PLACES, CAPITALS, capital_city_of
from workbench.core.language.governments import rewrite_governments
from workbench.core.language.negation import NEGATIONS
from workbench.core.language.office_votes import rewrite_office_votes
from workbench.core.language.rewrite_notes import noted_match as _note
from workbench.core.language.roads import rewrite_roads

#: (pattern, replacement, whether the text must contain one of these words for it to be tried)
#: The share is a percentage, or a fraction told in words ("four in five", "three quarters of", "half
#: of"; helper dup115).
_TURNOUT = re.compile(r"(?<=\w)(\s*(?:%|per\s*cent|percent)\s+of|\s+in\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)"
                      r"|\s+(?:quarters?|thirds?|fifths?|half)\s+of)\s+(?:the\s+)?(?:(?:registered|eligible)\s+)?"
                      r"(?:voters|electorate)\s+(?:cast\s+(?:a\s+|their\s+)?(?:ballots?|votes?)|turned\s+out"
                      r"|voted|went\s+to\s+the\s+polls)\b", re.I)
#: "were up 4%", "is down by 2.5 percent": a figure that rose or fell (a number must follow, so
#: "the power is down" or "prices are up sharply" stay as they are).
_UP_DOWN = re.compile(r"\b(?:was|were|is|are|came\s+in|ended|closed)\s+(up|down)\b"
                      r"(?=\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|roughly\s+)?\$?\d)", re.I)


#: "was held on 29 July", "will be held in March": an event that took place then ("the vote was
#: held" / "voting took place"). Only before a date, so "was held in custody" / "held on charges"
#: stay ("hold" has opposites of its own: a town held / lost).
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b")
_HELD_ON = re.compile(r"\b(?:(?:was|were|is|are)\s+(?:to\s+be\s+)?|(?:will|would|to|has|have|had)\s+(?:be|been)\s+|be\s+)held"
                      r"(?=\s+(?:on|in)\s+(?:the\s+)?(?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|" + _MONTH + "))", re.I)


#: "recalled its ambassador" is "withdrew its ambassador" (so "sent" / "recalled" clash); "recalled"
#: alone stays ("he recalled that ...", a product recall).
_RECALL = re.compile(r"\b(recall(?:s|ed|ing)?)\s+(?=(?:its|their|the|his|her|all)\s+(?:\w+\s+)?"
                     r"(?:ambassadors?|envoys?|diplomats?|troops|forces|soldiers|peacekeepers|observers)\b)", re.I)
_WITHDRAW = {"recall": "withdraw", "recalls": "withdraws", "recalled": "withdrew", "recalling": "withdrawing"}


#: A share of the vote taken is a share won ("took 54.3% of the ballots" / "won 54.3% of the vote");
#: only before a share of the vote, so "took the town" stays (helper probes6).
_SHARE = r"(?:about\s+|nearly\s+|almost\s+|around\s+|some\s+|over\s+|more\s+than\s+)?\d[\d.,]*\s*(?:%|per\s*cent|percent)"
_VOTE_TAKEN = re.compile(r"\b(?:took|takes|taking|take|garnered|garners|got|gets|received|receives|polled|obtained)\s+"
                         r"(?=" + _SHARE + r"\s+of\s+the\s+(?:votes?|ballots?)\b)", re.I)
_BALLOTS = re.compile(r"(?<=\d)(\s*(?:%|per\s*cent|percent)\s+of\s+the\s+)(?:ballots|votes)(?:\s+cast)?\b", re.I)

#: "declared the outbreak over" ended it ("declared the emergency over" / "declared an emergency"
#: clash); only with "over" closing the phrase, so "declared war over the border" stays.
_DECLARED_OVER = re.compile(r"\b(?:declared?|declares|declaring)\s+((?:the|an?|its|their|this)\s+(?:[\w-]+\s+){0,3}?)over"
                            r"(?=\s*(?:$|[.,;:]|(?:on|in|after|at|this|last|following)\b))", re.I)


#: "left 2,900 dead", "left at least 41 people injured": a count left dead was killed, left injured
#: wounded (the verb table reads "left dead" only when the two words touch). The count must open
#: with a number, a bound or a number word, so "left the city dead quiet" stays (helper probes7).
_COUNT = (r"(?:(?:at\s+least|no\s+fewer\s+than|more\s+than|over|about|nearly|almost|some|around|up\s+to)\s+)?"
          r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands"
          r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?)")
_LEFT_DEAD = re.compile(r"\b(?:left|leaves|leave|leaving)\s+(" + _COUNT + r"(?:\s+[a-z-]+){0,2}?)\s+(dead|injured|wounded)\b",
                        re.I)
_LEFT_AS = {"dead": "killed", "injured": "wounded", "wounded": "wounded"}

#: "pushed back to 15 December", "pushed the vote back until next week": postponed. Only before a
#: time ("to", "until" and a date, a weekday, "next", "later"), so "pushed back the rebels" stays.
_WHEN = (r"(?:to|until|till|by)\s+(?:the\s+)?(?:\d|next\b|later\b|early\b|mid|late\b|the\s+end\b|"
         r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|" + _MONTH + ")")
#: What is held at a time, and so "pushed back" to another: postponed.
_SCHEDULED = (r"(?:deadline|vote|votes|election|elections|polls|ballot|referendum|talks|meeting|summit|hearing"
              r"|trial|date|launch|start|opening|release|decision|deal|signing|ceremony)s?\b")
_PUSHED_BACK = re.compile(r"\b(push|pushes|pushed|pushing)\s+((?:the|its|their|a|an|this)\s+(?:[\w-]+\s+){0,2}?)?back\b"
                          r"((?:\s+(?:the|its|their|a|an|this)(?:\s+[\w-]+){1,3}?)?)"
                          # a time after it, or an object that is a time ("pushed back the vote"; helper
                          # opp84: "pushed back" alone is repelled, `language.verbs`)
                          r"(?=\s+" + _WHEN + r"|(?:\s+[\w-]+)?\s+" + _SCHEDULED + ")", re.I)
_POSTPONE = {"push": "postpone", "pushes": "postpones", "pushed": "postponed", "pushing": "postponing"}


#: "ruled out sabotage", "ruled it out": denied (`rewrite_phrases` leaves it after a negation).
_RULED_OUT = re.compile(r"\b(?:rule|rules|ruled|ruling)\s+(?:(it|them|this|that)\s+)?out\b", re.I)
#: A negation in the words before "ruled out" (`negation.NEGATIONS`, or "without"): "nothing has
#: been", "it was not possible to", "no one has".
_NEGATED_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(NEGATIONS - {"n't"}, key=len, reverse=True))
                             + r"|without)\b|n't\b", re.I)


#: "rejected claims that it ...", "dismissed accusations of ...", "denied reports that": denied (the
#: claims, accusations or reports are what a denial denies; helper probes7).
_DENIED_CLAIMS = re.compile(r"\b(reject|rejects|rejected|rejecting|dismiss|dismisses|dismissed|dismissing|deny|denies"
                            r"|denied|denying)\s+(?:the\s+|all\s+)?(?:claims?|accusations?|allegations?|charges|reports?"
                            r"|suggestions?)\s+(that|of)\b", re.I)
_DENY = {verb + end: denial for verb in ("reject", "dismiss")
         for end, denial in (("", "deny"), ("s", "denies"), ("es", "denies"), ("ed", "denied"), ("ing", "denying"))}

#: "rolled out the vaccine", "rolls out food aid": started giving it ("rolled out" alone is left as
#: written: "rolled out its first products" is a release; helper probes6 measured it as "begin").
_ROLLED_OUT = re.compile(r"\b(roll|rolls|rolled|rolling)\s+out(?=\s+(?:(?:the|a|an|its|their|new|first)\s+)?(?:[\w-]+\s+){0,2}?"
                         r"(?:vaccines?|vaccinations?|jabs?|doses|shots|immuni[sz]ations?|(?:food\s+|cash\s+)?aid)\b)", re.I)
_STARTED = {"roll": "start giving", "rolls": "starts giving", "rolled": "started giving", "rolling": "starting to give"}


#: "was turned back", "turned back the convoy", "turned back 20 trucks": blocked. Only in the
#: passive or with an object opening with a determiner or a number (not "the clock"), so "the
#: battleship turned back" (went back) stays.
_TURNED_BACK = re.compile(r"\b(?:(was|were|been|being|be|is|are)\s+turned\s+back\b"
                          r"|(?:turn|turns|turned|turning)\s+back(?=\s+(?:(?:the|a|an|its|their|this|an?other)\s+(?!clocks?\b)|\d)))",
                          re.I)


#: What "fell into the hands of" X was captured by X ("20 vehicles fell into the hands of the
#: army" / "20 vehicles were seized by the army"; helper gen7): written as the passive, so the
#: doer is read from its "by" phrase.
_FELL_INTO = re.compile(r"\b(?:fell|fall|falls|(?:has|have|had)\s+fallen)\s+into\s+the\s+hands\s+of\b", re.I)
#: A town or villages that "fell to" a named force or an armed group were captured by it ("three
#: villages fell to al-Shabaab", "the town fell to the Taliban", "fell to rebels"; helper gen9);
#: not a figure or a level ("fell to 5 percent", "fell to its lowest", "fell to the ground").
_FELL_TO = re.compile(r"\b(?:[Ff]ell|[Ff]alls?|(?:has|have|had)\s+fallen)\s+to\s+(?=(?:the\s+)?(?:[A-Z]|al-[A-Z]"
                      r"|(?:rebels|insurgents|militants|jihadists|militiamen|fighters)\b))")


#: People "still being held", "remain held", "held in custody / captive": detained (so "freed" /
#: "still being held" clash). "Still" or a word of captivity is asked for: "talks are being held"
#: and "the summit is being held" are events.
_HELD_CAPTIVE = re.compile(r"\b(?:(?P<aux>(?:is|are|was|were|remains?|remained)\s+still|remains?|remained)(?:\s+being)?\s+held\b(?!\s+(?:up|back|off|out|together)\b)"
                           # "held on" is "clung on", not "held on Monday" (helper conf8)
                           r"(?!\s+on\b(?!\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d|" + _MONTH + r")))"
                           # "held in custody", "held in pretrial detention" (helper pairsdup2)
                           r"|held\s+(?:in\s+(?:[\w-]+\s+){0,2}?(?:custody|detention|captivity)|captive|incommunicado)\b"
                           # "remains in police custody", "are still in detention" (helper pairsconf)
                           r"|(?P<aux2>remains?|remained|(?:is|are|was|were)\s+still)\s+in\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:custody|detention|captivity)\b"
                           # "was in custody with / in the custody of X", "was being held by" a captor only ("talks
                           # are being held by the UN" are an event): detained by them (helper dupa105)
                           r"|(?P<aux3>is|are|was|were)\s+(?:now\s+)?in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?custody"
                           r"(?:\s+(?P<by>with|of)(?=\s))?\b"
                           r"|(?P<aux4>(?:is|are|was|were)\s+being|(?:has|have|had)\s+been)\s+held(?=\s+by\s+(?:the\s+)?"
                           r"(?:[\w-]+\s+){0,2}?(?:police|army|military|soldiers|troops|gunmen|kidnappers|captors|abductors"
                           r"|militants|rebels|jihadists|insurgents|intelligence|security|authorities|junta|agents)\b))", re.I)


#: A suspect or an escaped prisoner "(still) at large" has evaded capture: against "recaptured",
#: "arrested" an opposite outcome (`match.opposites`); "at large" of a public ("the public at
#: large") or a size stays (helper pairsdup2).
_AT_LARGE = re.compile(r"\b(?P<aux>is|are|was|were|remain|remains|remained|still|been)\s+(?:at\s+large|on\s+the\s+run)\b", re.I)
#: "escaped arrest", "evaded detention", "avoided capture", "dodged arrest": the act did not happen,
#: told as capture evaded (against "was arrested" an opposite outcome, `match.opposites`; "escaped
#: from prison" and "fled to avoid arrest" keep their flight; helper opp101, sets 101-104).
_ESCAPED_ARREST = re.compile(r"\b(?:escap|evad|avoid|dodg|elud)(?:ed|es|ing)\s+(?:arrest|capture|detention)\b", re.I)


#: "came under fire / attack / shelling", "was shot at", "were fired upon": attacked, in the passive
#: (its doer, if named, follows "by"; "came under pressure", "was shot dead", "rockets were fired on
#: 10 June" stay).
_UNDER_FIRE = re.compile(r"\b(?:(?:came|comes|come|coming)\s+under\s+(?:heavy\s+|sustained\s+|renewed\s+)?"
                         r"(?:fire|attack|gunfire|shelling)|(?P<aux>was|were|been|being)\s+(?:shot|fired)\s+(?:at|upon|on)"
                         # the act ends there: "rockets were fired on 10 June", "was shot at close range" stay
                         r"(?=\s*(?:$|[,.;]|(?:by|while|during|near|in|as|when|from|after)\b)))\b",
                         re.I)


@lru_cache(maxsize=1)
def _capital_phrases() -> tuple[re.Pattern[str], dict[str, str]]:
    """("South Sudan's capital", "the Ukrainian capital": the city) from `capital_city_of`."""
    table: dict[str, str] = {}
    countries = set(CAPITALS.values()) | set(CAPITAL_PLACES.values())
    for owner, city in capital_city_of().items():
        table[f"{owner}'s capital" if owner in countries else f"the {owner} capital"] = city
    keys = sorted(table, key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(k).replace("'", "['\u2019]") for k in keys) + r")\b", re.I)  # ’ too
    return pattern, {k.lower(): v for k, v in table.items()}


#: Who died "at the hands of" X was killed by X ("12 civilians lost their lives at the hands of the
#: militia" / "the militia killed 12 civilians"; helper gen8): written as the passive, so the doer
#: is read from its "by" phrase.
_AT_THE_HANDS = re.compile(r"\b(?:died|(?:have|has|had)\s+died|lost\s+(?:their|his|her)\s+lives?|were\s+killed|was\s+killed)"
                           r"\s+at\s+the\s+hands\s+of\b", re.I)


#: Weapons "fired" were launched ("fired 40 rockets", "40 rockets were fired" / "launched 40
#: rockets"; helper gen8); "fired" with no weapon after or before it stays (a worker fired, shots
#: fired at protesters).
_PROJECTILE = (r"(?:rockets?|missiles?|shells?|mortars?|mortar\s+(?:rounds|shells|bombs)|drones?|projectiles?"
               r"|unmanned\s+(?:aircraft|aerial\s+vehicles))")
_FIRED_AT = re.compile(rf"\b(fired|fires|fire|firing)(\s+(?:off\s+)?(?:[\w,.'-]+\s+){{0,4}}?){_PROJECTILE}\b", re.I)
_WERE_FIRED = re.compile(rf"\b({_PROJECTILE}\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been|being)\s+)?)fired\b",
                         re.I)
_LAUNCH = {"fired": "launched", "fires": "launches", "fire": "launch", "firing": "launching"}
#: An aircraft, a drone or a missile "brought down" was shot down ("35 drones were brought down by"
#: / "shot down 35 drones"); "brought down" with no such thing stays (prices, a government).
_AIRBORNE = rf"(?:{_PROJECTILE}|aircraft|(?:war)?planes?|jets?|helicopters?)"
_BRING_DOWN = re.compile(rf"\b(bring|brings|brought|bringing)\s+down(\s+(?:[\w,.'-]+\s+){{0,4}}?){_AIRBORNE}\b", re.I)
_WERE_BROUGHT_DOWN = re.compile(rf"\b({_AIRBORNE}\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been|being)\s+)?)brought\s+down\b",
                                re.I)
_SHOT = {"bring": "shoot", "brings": "shoots", "brought": "shot", "bringing": "shooting"}
#: People or places "hit by" a flood, a drought, a storm were affected by it ("36,000 people were
#: hit by flash floods" / "floods affected 36,000 people"; helper gen9): not the people it displaced
#: or killed. "Hit by" a shell, a car or a bullet stays a hit.
_HIT_BY = re.compile(r"\bhit\s+(?=by\s+(?:the\s+)?(?:(?:flash|heavy|severe|recent|seasonal)\s+)?(?:floods?|flooding|floodwaters"
                     r"|droughts?|storms?|cyclones?|hurricanes?|typhoons?|heatwaves?|heat\s+waves?|landslides?|earthquakes?)\b)",
                     re.I)


#: Herders who "lost 1,200 livestock" saw them die ("pastoralists lost 1,200 animals" / "1,200
#: head of livestock perished"; helper group20k): not vaccinated, sold or stolen. Between the verb
#: and the animals only the figure's words ("lost control of", "lost their herds to raiders" stay).
_HERD = r"(?:livestock|animals|cattle|camels|goats|sheep|cows)"
_HERD_LOST = re.compile(r"\b(lose|loses|lost|losing)(?=\s+(?:(?!(?:by|with|of|in|on|for|from|to|their|his|her|its|control)\b)"
                        rf"[\w.,'\u2013-]+\s+){{0,5}}?(?:head\s+of\s+)?{_HERD}\b)", re.I)
_DIED = {"lose": "die", "loses": "die", "lost": "died", "losing": "dying"}

#: Ballots rejected at a count ("rejected 60 ballots", "2,500 rejected ballots", "ballot papers were
#: rejected") were invalidated. Between the verb and the ballots only the figure's words, so that
#: "rejected the bill by 200 votes" (a bill voted down) stays.
_BALLOT = r"(?:ballots?|ballot\s+papers?|votes?)"
_REJECTED_BALLOTS = re.compile(r"\b(reject|rejects|rejected|rejecting)(\s+(?:(?!(?:by|with|of|in|on|for|against|a|an|the"
                               rf"|its|their|his|her)\b)[\w.,'\u2013-]+\s+){{0,5}}?){_BALLOT}\b", re.I)
_BALLOTS_REJECTED = re.compile(rf"\b({_BALLOT}\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been|being)\s+)?)rejected\b",
                               re.I)
_INVALIDATE = {"reject" + end: "invalidat" + to for end, to in (("", "e"), ("s", "es"), ("ed", "ed"), ("ing", "ing"))}


#: Buildings and works a flood or a landslide carries off ("swept away 75 homes", "homes were
#: washed away"): destroyed. Only such things, between verb and noun only the figure's words.
_BUILT = r"(?:homes?|houses?|dwellings?|buildings?|structures?|huts?|shelters?|shops?|schools?|bridges?|roads?|dams?)"
_WASHED_AWAY = re.compile(r"\b(?:wash|washes|washed|washing|sweep|sweeps|swept|sweeping)\s+away(\s+(?:(?!(?:by|with|of|in|on|for"
                          rf"|from)\b)[\w.,'\u2013-]+\s+){{0,5}}?{_BUILT})\b", re.I)
_WERE_WASHED_AWAY = re.compile(rf"\b({_BUILT}\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been|being)\s+)?)"
                               r"(?:washed|swept)\s+away\b", re.I)


#: "flights were held up", "traffic was held up for hours": delayed (passive, not "as"); active
#: only before a count ("held up 350 flights", "held up about seventy-five flights").
_HELD_UP = re.compile(r"\b((?:was|were|been|being)\s+)held\s+up\b(?!\s+as\b)"
                      r"|\b()held\s+up(?=\s+(?:(?:about|some|around|nearly|almost|roughly|over|at\s+least|more\s+than"
                      r"|an\s+estimated|up\s+to)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
                      r"|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|thousands|dozens)\b))",
                      re.I)


#: A fire, an outbreak, a riot "brought under control" or "under control" is contained; one "out of
#: control" is uncontrolled: the two states news reports of it (`opposites`: contain / uncontrolled).
_UNDER_CONTROL = re.compile(r"\b(?:(?:brought|bring|brings|bringing|got|get|gets|getting)\s+"
                            r"((?:the|a|an|its|their|this|that)\s+(?:[\w-]+\s+){0,3}?)?)?under\s+control\b", re.I)
_OUT_OF_CONTROL = re.compile(r"\bout\s+of\s+control\b", re.I)

#: Supplies that "run out" or are "out of stock" are short: the state "no shortage of" denies
#: ("14 essential medicines had run out" / "there is no shortage of essential medicines"; helper
#: pairsnot6). Only of what is consumed: a mandate, time, a man running out of a building stay.
_SUPPLIES = (r"(?:medicines?|drugs|vaccines?|doses|fuel|petrol|diesel|gas|food|water|flour|bread|cash|oxygen"
             r"|ammunition|supplies|stocks?|blood|insulin)")
_RUN_OUT = re.compile(r"\b(" + _SUPPLIES + r")(?:\s+(?:have|has|had))?\s+(?:(?:run|ran|runs|running)\s+(?:out|short)"
                      r"|(?:are|is|were|was|been)\s+(?:running\s+out|out\s+of\s+stock|in\s+short\s+supply))\b(?!\s+of\b)",
                      re.I)
_RAN_OUT_OF = re.compile(r"\b(?:(?:run|ran|runs|running)\s+out|(?:are|is|were|was)\s+out)\s+of\s+"
                         r"(?=(?:[\w-]+\s+){0,2}?" + _SUPPLIES + r"\b)", re.I)

#: A vague count of hundreds or thousands told two ways ("several hundred demonstrators" / "hundreds
#: of demonstrators"; helper para97): written "hundreds of", so the words around the figure agree
#: (the figure itself is read from the claim as written). "several hundred thousand" stays.
_SEVERAL_SCALE = re.compile(r"\b[Ss]everal\s+(hundred|thousand)\b(?!\s+(?:thousand|million|billion)\b)(\s+of\b)?")
#: Queues that formed are people who queued ("long queues formed at filling stations" / "motorists
#: lined up at petrol stations"; the verb table writes "lined up" as "queue").
_QUEUES_FORMED = re.compile(r"\b(?:(?:long|lengthy|huge|big|snaking)\s+)?queues\s+(?:(?:have|had)\s+)?(?:formed|form|forming)\b",
                            re.I)

#: A vote called a fraud was denounced as rigged ("called the election a fraud" / "denouncing the vote
#: as rigged"; helper para97): what a fraud, a sham, a farce is said to be, written "as rigged".
_CALLED_FRAUD = re.compile(r"\b(called|calls|call|calling|branded|brands|brand|branding)\s+((?:the|this|that|its|their|it|them)"
                           r"\b(?:\s+[\w'-]+){0,3}?\s+)an?\s+(?:fraud|sham|farce|charade)\b", re.I)
_AS_FRAUD = re.compile(r"\bas\s+(?:an?\s+(?:fraud|sham|farce|charade)|fraudulent|fixed)\b", re.I)
_DENOUNCE = {"called": "denounced", "calls": "denounces", "call": "denounce", "calling": "denouncing",
             "branded": "denounced", "brands": "denounces", "brand": "denounce", "branding": "denouncing"}

#: "is no longer in custody", "were no longer being held": released (the opposite of "remains in custody").
_NO_LONGER_HELD = re.compile(r"\b(?:is|are|was|were)\s+no\s+longer\s+(?:being\s+)?(?:in\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:custody|detention|captivity|jail|prison)|detained|held|behind\s+bars)\b", re.I)


#: A town or its people "still without power", "left without water": cut off from it, the state
#: that a supply "restored" ends (`match.opposites`: restore / disconnect; sets 77-80).
_WITHOUT_SUPPLY = re.compile(r"\b(?:(?:is|are|was|were|remain|remains|remained|still|left|been)\s+)+without\s+"
                             r"(?=(?:[\w-]+\s+)?(?:power|electricity|water|internet|gas|heating|phone|mobile))", re.I)

#: "released the journalist on bail", "was freed on bail": granted bail and released, so that bail
#: denied is its opposite (`match.opposites`: grant / deny) as detention is (release / detain).
_ON_BAIL = re.compile(r"\b(?:released|releases|release|releasing|freed|frees|free|freeing)\s+((?:[\w'-]+\s+){0,3}?)"
                      r"on\s+bail\b", re.I)


#: A rate, price or tax kept as it was ("kept its key rate on hold", "left rates unchanged", "held
#: fuel prices steady"): left unchanged. Only of such a measure: "kept talks on hold" is suspended.
_KEPT_UNCHANGED = re.compile(r"\b(?:kept|keeps|keep|keeping|left|leaves|leave|leaving|held|holds|hold|holding"
                             r"|maintained|maintains)\s+((?:[\w'-]+\s+){0,3}?(?:rates?|prices?|tax(?:es)?|tariffs?"
                             r"|fares?)\s+)(?:on\s+hold|steady|unchanged|stable|at\s+(?:the\s+)?same\s+level)\b", re.I)


#: A part of a count named after it (", among them a girl aged five" / ", including a five-year-old
#: girl"): one connective (helper dup101). Only after a comma: "among them" alone is a place in a group.
_AMONG_THEM = re.compile(r"(?<=,\s)among\s+(?:them|whom|those)\b(?:\s+(?:were|was|are|is))?", re.I)


#: An act kept up ("kept blocking the road", "keep striking", "kept on marching"): continued, so that
#: its end is seen as its opposite (`match.opposites`: continue / end; helper conf85). Only before a
#: gerund: "kept the protesters from reaching" is a verb of stopping, "kept its rates on hold" unchanged.
_KEPT_DOING = re.compile(r"\b(?:kept|keeps|keep|keeping)\s+(?:on\s+)?(?=[a-z]{2,}ing\b)"
                         r"(?!(?:nothing|something|anything|everything|during|king|thing|things|morning|evening)\b)")
_CONTINUED = {"kept": "continued", "keeps": "continues", "keep": "continue", "keeping": "continuing"}


def rewrite_phrases(text: str, hits: list[str]) -> str:
    """`text` with each phrase of this module written one way; what was rewritten is appended to `hits`."""
    low = text.lower()
    if "national" in low or "rn" in low or "nh" in low:
        text = rewrite_roads(text, hits)
    if "govern" in low or "authorit" in low or "administration" in low or "cabinet" in low or "junta" in low \
            or "regime" in low or "ministry" in low or "guard" in low \
            or " office" in low:
        text = rewrite_governments(text, hits)
    if "vot" in low or "elector" in low:
        def turnout(m: re.Match[str]) -> str:
            hits.append(f"{m.group(0).strip()} = turnout")
            return re.sub(r"\s+of$", "", m.group(1)) + " turnout"

        text = _TURNOUT.sub(turnout, text)
    if " of the vote" in low or " of the ballot" in low:
        text = _BALLOTS.sub(lambda m: m.group(1) + "vote", _VOTE_TAKEN.sub(lambda m: _note(hits, m, "won", "won "), text))
    if "over" in low and "declar" in low:
        text = _DECLARED_OVER.sub(lambda m: _note(hits, m, "ended", "ended " + m.group(1).rstrip()), text)
    if " up " in low or " down " in low:
        def up_down(m: re.Match[str]) -> str:
            verb = "rose" if m.group(1).lower() == "up" else "fell"
            hits.append(f"{m.group(0).strip()} = {verb}")
            return verb

        text = _UP_DOWN.sub(up_down, text)
    if " held " in low:
        text = _HELD_ON.sub(lambda m: _note(hits, m, "took place", "took place"), text)
    if "recall" in low:
        def recall(m: re.Match[str]) -> str:
            hits.append(f"{m.group(1)} = withdraw")
            return _WITHDRAW[m.group(1).lower()] + " "

        text = _RECALL.sub(recall, text)
    if "without" in low:
        text = _WITHOUT_SUPPLY.sub(lambda m: _note(hits, m, "cut off from", "still cut off from "), text)
    text = rewrite_office_votes(text, low, hits)
    if "no longer" in low:
        text = _NO_LONGER_HELD.sub(lambda m: _note(hits, m, "released", "has been released"), text)
    if "bail" in low:  # (and released: still an outcome of custody)
        text = _ON_BAIL.sub(lambda m: _note(hits, m, "granted bail",
                                            f"granted {m.group(1)}bail and {m.group(0).split()[0]}"), text)
    if "among" in low:
        text = _AMONG_THEM.sub(lambda m: _note(hits, m, "including", "including"), text)
    if "keep" in low or "kept" in low:
        text = _KEPT_DOING.sub(lambda m: _note(hits, m, "continued", _CONTINUED[m.group(0).split()[0]] + " "), text)
    if "hold" in low or "steady" in low or "unchanged" in low or "stable" in low or "same level" in low:
        text = _KEPT_UNCHANGED.sub(lambda m: _note(hits, m, "left unchanged", f"left {m.group(1)}unchanged"), text)
    if "held" in low or "custody" in low or "detention" in low or "captivity" in low:
        def detained(m: re.Match[str]) -> str:
            hits.append(f"{m.group(0).strip()} = detained")
            aux = m.group("aux") or m.group("aux2") or m.group("aux3") or m.group("aux4")
            return (f"{aux} detained" if aux else "detained") + (" by" if m.group("by") else "")

        text = _HELD_CAPTIVE.sub(detained, text)
    if "at large" in low or "on the run" in low:
        def evading(m: re.Match[str]) -> str:
            hits.append(f"{' '.join(m.group(0).split()[1:])} = evading capture")
            return f"{m.group('aux')} evading capture"

        text = _AT_LARGE.sub(evading, text)
    if "arrest" in low or "capture" in low or "detention" in low:
        text = _ESCAPED_ARREST.sub(lambda m: _note(hits, m, "evaded capture", "evaded capture"), text)
    if "los" in low:
        def died(m: re.Match[str]) -> str:
            hits.append(f"{m.group(1)} = died")
            return _DIED[m.group(1).lower()]

        text = _HERD_LOST.sub(died, text)
    if "hit by" in low:
        def affected(m: re.Match[str]) -> str:
            hits.append("hit by = affected by")
            return "affected "

        text = _HIT_BY.sub(affected, text)
    if " under " in low or " at" in low or " upon" in low or " on" in low:
        def attacked(m: re.Match[str]) -> str:
            said = f"{m.group('aux') or 'was'} attacked"
            hits.append(f"{m.group(0).strip()} = {said}")
            return said

        text = _UNDER_FIRE.sub(attacked, text)
    if "capital" in low:
        pattern, cities = _capital_phrases()

        def city(m: re.Match[str]) -> str:
            hits.append(f"{m.group(0)} = {cities[m.group(0).lower().replace(chr(0x2019), chr(39))]}")
            return f"the capital {cities[m.group(0).lower().replace(chr(0x2019), chr(39))]}"  # a place, as "the capital, Athens" is

        text = pattern.sub(city, text)
    if "hands of" in low or "to" in low:
        def captured(m: re.Match[str]) -> str:
            hits.append(f"{m.group(0).strip()} = captured by")
            return "were captured by" + (" " if m.group(0).endswith(" ") else "")

        def killed(m: re.Match[str]) -> str:
            hits.append(f"{m.group(0)} = killed by")
            return "were killed by"

        text = _AT_THE_HANDS.sub(killed, _FELL_TO.sub(captured, _FELL_INTO.sub(captured, text)))
    if " dead" in low or "injured" in low or "wounded" in low:
        def left(m: re.Match[str]) -> str:
            verb = _LEFT_AS[m.group(2).lower()]
            hits.append(f"{m.group(0).strip()} = {verb}")
            return f"{verb} {m.group(1)}"

        text = _LEFT_DEAD.sub(left, text)
    if "back" in low and "push" in low:
        def pushed(m: re.Match[str]) -> str:
            verb = _POSTPONE[m.group(1).lower()]
            hits.append(f"{m.group(0).strip()} = {verb}")
            return f"{verb} {m.group(2) or ''}".rstrip() + m.group(3)

        text = _PUSHED_BACK.sub(pushed, text)
    if "out" in low and "rul" in low:
        def ruled_out(m: re.Match[str]) -> str:
            if _NEGATED_BEFORE.search(m.string[max(0, m.start() - 40):m.start()]):
                return m.group(0)  # "nothing has been ruled out": no denial
            hits.append(f"{m.group(0)} = denied")
            return f"denied {m.group(1)}" if m.group(1) else "denied"

        text = _RULED_OUT.sub(ruled_out, text)
    if "claim" in low or "accusation" in low or "allegation" in low or "charges" in low or "report" in low \
            or "suggestion" in low:
        def denied(m: re.Match[str]) -> str:
            verb = _DENY.get(m.group(1).lower(), m.group(1))
            hits.append(f"{m.group(0).strip()} = {verb}")
            return verb + (" that" if m.group(2).lower() == "that" else "")

        text = _DENIED_CLAIMS.sub(denied, text)
    if "roll" in low and " out" in low:
        def rolled(m: re.Match[str]) -> str:
            verb = _STARTED[m.group(1).lower()]
            hits.append(f"{m.group(0).strip()} = {verb}")
            return verb

        text = _ROLLED_OUT.sub(rolled, text)
    if "fir" in low:
        def launched(m: re.Match[str]) -> str:
            hits.append(f"{m.group(1)} = launched")
            return _LAUNCH[m.group(1).lower()] + m.group(2) + m.group(0)[m.end(2) - m.start(0):]

        def were_launched(m: re.Match[str]) -> str:
            hits.append("fired = launched")
            return m.group(1) + "launched"

        text = _WERE_FIRED.sub(were_launched, _FIRED_AT.sub(launched, text))
    if "down" in low and "br" in low:
        def shot(m: re.Match[str]) -> str:
            hits.append(f"{m.group(1)} down = shot down")
            return _SHOT[m.group(1).lower()] + " down" + m.group(0)[m.end(1) - m.start(0) + 5:]

        def were_shot(m: re.Match[str]) -> str:
            hits.append("brought down = shot down")
            return m.group(1) + "shot down"

        text = _WERE_BROUGHT_DOWN.sub(were_shot, _BRING_DOWN.sub(shot, text))
    if "turn" in low and "back" in low:
        def turned_back(m: re.Match[str]) -> str:
            hits.append(f"{m.group(0).strip()} = blocked")
            return f"{m.group(1)} blocked" if m.group(1) else "blocked"

        text = _TURNED_BACK.sub(turned_back, text)
    if " away" in low and ("wash" in low or "swe" in low):
        def destroyed(m: re.Match[str]) -> str:
            hits.append(f"{m.group(0)[:m.start(1) - m.start(0)].strip()} = destroyed")
            return "destroyed" + m.group(1)

        def were_destroyed(m: re.Match[str]) -> str:
            hits.append(f"{m.group(0)[m.end(1) - m.start(0):]} = destroyed")
            return m.group(1) + "destroyed"

        text = _WERE_WASHED_AWAY.sub(were_destroyed, _WASHED_AWAY.sub(destroyed, text))
    if "reject" in low and ("ballot" in low or "vote" in low):
        def invalidated(m: re.Match[str]) -> str:
            hits.append(f"{m.group(1)} = invalidated")
            return _INVALIDATE[m.group(1).lower()] + m.group(0)[m.end(1) - m.start(0):]

        def were_invalidated(m: re.Match[str]) -> str:
            hits.append("rejected = invalidated")
            return m.group(1) + "invalidated"

        text = _BALLOTS_REJECTED.sub(were_invalidated, _REJECTED_BALLOTS.sub(invalidated, text))
    if "held up" in low:
        def delayed(m: re.Match[str]) -> str:
            hits.append("held up = delayed")
            return (m.group(1) or "") + "delayed"

        text = _HELD_UP.sub(delayed, text)
    if " control" in low:
        def contained(m: re.Match[str]) -> str:
            hits.append(f"{m.group(0).strip()} = contained")
            return f"contained {m.group(1) or ''}".rstrip()

        def uncontrolled(m: re.Match[str]) -> str:
            hits.append("out of control = uncontrolled")
            return "uncontrolled"

        text = _OUT_OF_CONTROL.sub(uncontrolled, _UNDER_CONTROL.sub(contained, text))
    if " out" in low or "short" in low:
        def short(m: re.Match[str]) -> str:
            hits.append(f"{m.group(0).strip()} = shortage")
            return f"{m.group(1)} in shortage" if m.lastindex else "shortage of "

        text = _RAN_OUT_OF.sub(short, _RUN_OUT.sub(short, text))
    if "fraud" in low or "sham" in low or "farce" in low or "charade" in low or " fixed" in low:
        text = _CALLED_FRAUD.sub(lambda m: _note(hits, m, "denounced as rigged",
                                                 f"{_DENOUNCE[m.group(1).lower()]} {m.group(2)}as rigged"), text)
        text = _AS_FRAUD.sub(lambda m: _note(hits, m, "as rigged", "as rigged"), text)
    if "several" in low:
        text = _SEVERAL_SCALE.sub(lambda m: _note(hits, m, f"{m.group(1)}s of",
                                                              (m.group(1).capitalize() if m.group(0)[0].isupper()
                                                               else m.group(1).lower()) + "s of"), text)
    if "queue" in low:
        text = _QUEUES_FORMED.sub(lambda m: _note(hits, m, "queued", "people queued"), text)
    return text
