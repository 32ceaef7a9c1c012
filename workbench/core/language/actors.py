"""Actors news names two ways, as tables matching writes one way (`match.knowledge.rewrite`):

- a country's names pycountry (`language.countries`) does not give as news writes them ("Britain",
  "Burma");
- a capital standing for its government ("Moscow has sent" = "Russia has sent"), and a seat of
  government by its building ("the White House", "Downing Street");
- organisations and armed groups: an acronym and its long name ("RSF" / "Rapid Support Forces"),
  a group's own name and the name others give it ("Ansar Allah" / "Houthis"), a UN agency and its
  descriptive name ("the UN nuclear watchdog" / "IAEA"), a UN mission and its acronym ("the UN
  mission in South Sudan" / "UNMISS");
- kinds of people and things a story counts (`KINDS`: soldiers / civilians; the things, wheat / corn,
  from `language.kinds`).

No maintained data package pairs capitals with governments or groups with their names (Wikidata
is a service, not a pinned package), so these are small documented tables of what conflict, aid
and election news names often. Names are matched case-sensitively and as whole words; an
acronym that is a common word in capitals ("IS", "AA") is left out.
"""

from __future__ import annotations

from functools import lru_cache

from workbench.core.language.kinds import kind_ancestors, thing_kinds
from workbench.core.language.place_names_table import REGION_SEATS

#: Names pycountry does not give in the form news uses (its short name is the ISO one).
EXTRA_COUNTRY_NAMES: dict[str, list[str]] = {
    "Russia": ["Russian Federation"],
    "United States": ["United States of America", "U.S.", "US", "U.S.A.", "USA", "America"],
    "United Kingdom": ["Britain", "Great Britain", "UK", "U.K."],
    "Congo": ["Democratic Republic of the Congo", "DR Congo", "DRC"],
    "Vietnam": ["Viet Nam"],
    "Turkey": ["Turkiye", "Türkiye"],
    "Czechia": ["Czech Republic"],
    "Moldova": ["Republic of Moldova"],
    "Tanzania": ["United Republic of Tanzania"],
    "Laos": ["Lao People's Democratic Republic"],
    "Myanmar": ["Burma"],
    "United Arab Emirates": ["UAE"],
    "Central African Republic": ["CAR"],  # (capitals only: a "car" is no country; helper pairsdup3)
    # (helper pairsdup7: the English names news writes for three ISO short names)
    "Côte d'Ivoire": ["Ivory Coast", "Cote d'Ivoire", "C\u00f4te d\u2019Ivoire"],
    "Timor-Leste": ["East Timor"],
    "Cabo Verde": ["Cape Verde"],
    "Brunei": ["Brunei Darussalam"],  # (the name news writes for the ISO "Brunei Darussalam"; helper dup139)
}

#: A capital standing for its government ("Moscow said", "talks between Kyiv and Moscow").
#: Only capitals that news commonly uses this way; a capital after "in/at/to/from/near" is a place.
CAPITALS: dict[str, str] = {
    "Moscow": "Russia", "Kremlin": "Russia", "Kyiv": "Ukraine", "Kiev": "Ukraine", "Washington": "United States",
    "Beijing": "China", "Damascus": "Syria", "Tehran": "Iran", "Baghdad": "Iraq", "Ankara": "Turkey",
    "London": "United Kingdom", "Paris": "France", "Berlin": "Germany", "Tokyo": "Japan", "Seoul": "South Korea",
    "Pyongyang": "North Korea", "Kabul": "Afghanistan", "Islamabad": "Pakistan", "New Delhi": "India",
    "Riyadh": "Saudi Arabia", "Cairo": "Egypt", "Tripoli": "Libya", "Khartoum": "Sudan", "Sanaa": "Yemen",
    "Beirut": "Lebanon", "Amman": "Jordan", "Caracas": "Venezuela", "Havana": "Cuba", "Minsk": "Belarus",
    "Tbilisi": "Georgia", "Yerevan": "Armenia", "Baku": "Azerbaijan", "Ottawa": "Canada", "Canberra": "Australia",
    "Brasilia": "Brazil", "Taipei": "Taiwan", "Addis Ababa": "Ethiopia", "Nairobi": "Kenya", "Abuja": "Nigeria",
    # more capitals conflict and election news uses for governments ("Dhaka imposed a curfew")
    "Dhaka": "Bangladesh", "Naypyidaw": "Myanmar", "Nay Pyi Taw": "Myanmar", "Naypyitaw": "Myanmar", "Niamey": "Niger", "Bamako": "Mali",
    "Ouagadougou": "Burkina Faso", "N'Djamena": "Chad", "Mogadishu": "Somalia", "Juba": "South Sudan",
    "Kinshasa": "Congo", "Kigali": "Rwanda", "Kampala": "Uganda", "Asmara": "Eritrea", "Algiers": "Algeria",
    "Rabat": "Morocco", "Tunis": "Tunisia", "Doha": "Qatar", "Abu Dhabi": "United Arab Emirates", "Muscat": "Oman",
    "Warsaw": "Poland", "Budapest": "Hungary", "Bucharest": "Romania", "Chisinau": "Moldova", "Vilnius": "Lithuania",
    "Belgrade": "Serbia", "Manila": "Philippines", "Jakarta": "Indonesia", "Hanoi": "Vietnam", "Bangkok": "Thailand",
    "Colombo": "Sri Lanka", "Kathmandu": "Nepal", "Bogota": "Colombia", "Managua": "Nicaragua",
    "Pretoria": "South Africa", "Harare": "Zimbabwe", "Dakar": "Senegal", "Tashkent": "Uzbekistan",
    "Astana": "Kazakhstan",
    # helper probes5: more capitals conflict, sanctions and election news uses for governments
    "Maputo": "Mozambique", "Luanda": "Angola", "Accra": "Ghana", "Yaounde": "Cameroon", "Bangui": "Central African Republic",
    "Athens": "Greece", "Rome": "Italy", "Madrid": "Spain",
    "Stockholm": "Sweden", "Oslo": "Norway", "Helsinki": "Finland", "Copenhagen": "Denmark", "Vienna": "Austria",
    "Prague": "Czechia", "Bratislava": "Slovakia", "Zagreb": "Croatia", "Sarajevo": "Bosnia and Herzegovina",
    "Pristina": "Kosovo", "Skopje": "North Macedonia", "Tirana": "Albania", "Podgorica": "Montenegro",
    "Nicosia": "Cyprus", "Tallinn": "Estonia", "Riga": "Latvia", "Bishkek": "Kyrgyzstan", "Dushanbe": "Tajikistan",
    "Ashgabat": "Turkmenistan", "Ulaanbaatar": "Mongolia", "Phnom Penh": "Cambodia", "Kuala Lumpur": "Malaysia",
    "Lima": "Peru", "Quito": "Ecuador", "Buenos Aires": "Argentina",
    # helper probes6: Pacific and African capitals news uses for governments
    "Port Moresby": "Papua New Guinea", "Wellington": "New Zealand", "Suva": "Fiji", "Lusaka": "Zambia",
    "Lilongwe": "Malawi", "Dodoma": "Tanzania", "Windhoek": "Namibia", "Gaborone": "Botswana",
    # helper probes7: the other states' capitals news uses for governments (left out: "Sofia" and
    # "Moroni", names of people too; capitals written with a hyphen or named as their state is)
    "Gitega": "Burundi", "Bujumbura": "Burundi", "Conakry": "Guinea", "Freetown": "Sierra Leone",
    "Monrovia": "Liberia", "Nouakchott": "Mauritania", "Libreville": "Gabon", "Malabo": "Equatorial Guinea",
    "Lome": "Togo", "Lom\u00e9": "Togo", "Banjul": "Gambia", "Antananarivo": "Madagascar", "Manama": "Bahrain",
    "Vientiane": "Laos", "Thimphu": "Bhutan", "Dublin": "Ireland", "Lisbon": "Portugal", "Bern": "Switzerland",
    "Ljubljana": "Slovenia", "La Paz": "Bolivia", "Asuncion": "Paraguay", "Asunci\u00f3n": "Paraguay",
    "Montevideo": "Uruguay", "Tegucigalpa": "Honduras", "San Salvador": "El Salvador", "Paramaribo": "Suriname",
    "Maseru": "Lesotho", "Mbabane": "Eswatini", "Port Louis": "Mauritius", "Valletta": "Malta",
    "Reykjavik": "Iceland",
    # helper pairsdup7: capitals of the Americas, Africa and the Pacific news uses for governments
    # ("Georgetown has asked the ICJ" = Guyana), and the spellings news writes of listed ones
    # (left out: "Santiago", "San Jose", "Kingston", "Victoria", "Male", "Brazzaville": people,
    # other cities, words, or a second Congo)
    "Georgetown": "Guyana", "Santo Domingo": "Dominican Republic", "Port of Spain": "Trinidad and Tobago",
    "Nassau": "Bahamas", "Bridgetown": "Barbados", "Belmopan": "Belize", "Abidjan": "Côte d'Ivoire",
    "Yamoussoukro": "Côte d'Ivoire", "Bissau": "Guinea-Bissau", "Cotonou": "Benin", "Praia": "Cabo Verde",
    "Dili": "Timor-Leste", "Honiara": "Solomon Islands", "Port Vila": "Vanuatu", "Apia": "Samoa",
    "Bras\u00edlia": "Brazil", "Bogot\u00e1": "Colombia", "Yaound\u00e9": "Cameroon", "Ndjamena": "Chad",
    "N\u2019Djamena": "Chad",
    # helper dup101: island states' capitals news uses for governments ("Mal\u00e9 has requested that
    # New Delhi ..."); only the accented "Mal\u00e9", never the word "male"
    "Mal\u00e9": "Maldives", "Nuku'alofa": "Tonga", "Tarawa": "Kiribati", "Majuro": "Marshall Islands",
    "Funafuti": "Tuvalu", "Palikir": "Micronesia", "Bandar Seri Begawan": "Brunei",
    # (left out: cities news names mostly as the place things happen in or to, "Port-au-Prince",
    # "Mexico City", "Tel Aviv", "Jerusalem": `CAPITAL_PLACES`)
}
#: helper figs84: the seats of breakaway and autonomous regions' governments, which news names for
#: them as it names a capital for its state ("According to Tiraspol" / "Transnistria's authorities",
#: "Erbil and Baghdad agreed"). The seats and regions are `place_names_table.REGION_SEATS`; these are
#: the ones that stand for a government of their own.
CAPITALS.update((seat, REGION_SEATS[seat]) for seat in (
    "Tiraspol", "Sukhumi", "Tskhinvali", "Stepanakert", "Hargeisa", "Garowe", "Erbil"))
#: Capitals news names as places, not for their governments (no actor alias, unlike `CAPITALS`):
#: a place in them is in their country all the same (`match.place_names`; helper paraphrase).
#: helper dup131: the seats of self-governing territories too, which news describes as "Greenland's
#: capital" as it does a state's (no actor: "visited Nuuk" is no visit to Greenland's government).
CAPITAL_PLACES: dict[str, str] = {"Port-au-Prince": "Haiti", "Mexico City": "Mexico", "Sofia": "Bulgaria",
                                  "Nuuk": "Greenland", "Torshavn": "Faroe Islands", "T\u00f3rshavn": "Faroe Islands",
                                  "Noumea": "New Caledonia", "Noum\u00e9a": "New Caledonia", "Papeete": "French Polynesia"}

#: A country's people's name (its demonym), as news writes it of an actor or a victim ("Pakistani
#: diplomats", "Afghan refugees"): read where two claims name the same two countries in swapped
#: places ("Kabul expelled two Pakistani diplomats" / "Islamabad expelled two Afghan diplomats",
#: `match.another_name.actors_swapped`). One-word demonyms only (helper probes5).
DEMONYMS: dict[str, list[str]] = {
    "Afghanistan": ["Afghan", "Afghans"], "Algeria": ["Algerian"], "Armenia": ["Armenian", "Armenians"],
    "Australia": ["Australian"], "Azerbaijan": ["Azerbaijani", "Azeri", "Azerbaijanis", "Azeris"],
    "Bangladesh": ["Bangladeshi"], "Belarus": ["Belarusian"], "Brazil": ["Brazilian"], "Canada": ["Canadian"],
    "Chad": ["Chadian"], "China": ["Chinese"], "Colombia": ["Colombian", "Colombians"], "Congo": ["Congolese"],
    "Cuba": ["Cuban"], "Egypt": ["Egyptian", "Egyptians"], "Eritrea": ["Eritrean"], "Ethiopia": ["Ethiopian"],
    "France": ["French"], "Georgia": ["Georgian"], "Germany": ["German"], "Greece": ["Greek"], "Hungary": ["Hungarian"],
    "India": ["Indian", "Indians"], "Indonesia": ["Indonesian"], "Iran": ["Iranian", "Iranians"],
    "Iraq": ["Iraqi", "Iraqis"], "Israel": ["Israeli", "Israelis"], "Japan": ["Japanese"], "Jordan": ["Jordanian"],
    "Kenya": ["Kenyan"], "Lebanon": ["Lebanese"], "Libya": ["Libyan", "Libyans"], "Mali": ["Malian"],
    "Mexico": ["Mexican"], "Morocco": ["Moroccan"], "Mozambique": ["Mozambican"], "Nepal": ["Nepali", "Nepalese"],
    "Niger": ["Nigerien"], "Nigeria": ["Nigerian", "Nigerians"], "Pakistan": ["Pakistani", "Pakistanis"],
    "Philippines": ["Filipino", "Filipinos", "Philippine"], "Poland": ["Polish"], "Qatar": ["Qatari"], "Romania": ["Romanian"],
    "Russia": ["Russian", "Russians"], "Rwanda": ["Rwandan"], "Saudi Arabia": ["Saudi", "Saudis"],
    "Senegal": ["Senegalese"], "Serbia": ["Serbian", "Serb", "Serbs"], "Somalia": ["Somali", "Somalis"],
    "Sudan": ["Sudanese"], "Syria": ["Syrian", "Syrians"], "Taiwan": ["Taiwanese"], "Thailand": ["Thai"],
    "Tunisia": ["Tunisian"], "Turkey": ["Turkish"], "Uganda": ["Ugandan"], "Ukraine": ["Ukrainian", "Ukrainians"],
    "United Kingdom": ["British"], "United States": ["American", "Americans"], "Venezuela": ["Venezuelan"],
    "Vietnam": ["Vietnamese"], "Yemen": ["Yemeni", "Yemenis"], "Zimbabwe": ["Zimbabwean"],
    # (helper pairsconf5: countries news of the probe sets' regions names that were missing)
    "Angola": ["Angolan"], "Argentina": ["Argentine", "Argentinian"], "Bolivia": ["Bolivian"],
    "Burundi": ["Burundian"], "Cameroon": ["Cameroonian"], "Chile": ["Chilean"], "Ecuador": ["Ecuadorian"],
    "Ghana": ["Ghanaian"], "Guyana": ["Guyanese"], "Haiti": ["Haitian"], "Italy": ["Italian"],
    "Malawi": ["Malawian"], "Peru": ["Peruvian"], "Spain": ["Spanish"], "Tanzania": ["Tanzanian"],
    "Zambia": ["Zambian"],
    # (helper pairsdup7: states the invented event pairs' regions name by their people)
    "Madagascar": ["Malagasy"], "Honduras": ["Honduran", "Hondurans"], "Guatemala": ["Guatemalan"],
    "Nicaragua": ["Nicaraguan"], "El Salvador": ["Salvadoran"], "Guinea": ["Guinean"], "Togo": ["Togolese"],
    "Benin": ["Beninese"], "Liberia": ["Liberian"], "Gabon": ["Gabonese"], "Mauritania": ["Mauritanian"],
    # (helper not101: the rest of the states news names by their people, so that a swap of the
    # acting state and the one acted on is read: "India summoned the Maldivian envoy" / "the
    # Maldives summoned the Indian envoy". Left out: demonyms whose last word is another's or a
    # continent's, "South Korean", "South African", "Bissau-Guinean")
    "Maldives": ["Maldivian", "Maldivians"], "Sri Lanka": ["Sri Lankan", "Sri Lankans"], "Myanmar": ["Burmese"],
    "Malaysia": ["Malaysian", "Malaysians"], "Singapore": ["Singaporean"], "Kazakhstan": ["Kazakh", "Kazakhstani"],
    "Kyrgyzstan": ["Kyrgyz"], "Uzbekistan": ["Uzbek"], "Tajikistan": ["Tajik"], "Turkmenistan": ["Turkmen"],
    "Mongolia": ["Mongolian", "Mongolians"], "Cambodia": ["Cambodian"], "Laos": ["Laotian"], "Bhutan": ["Bhutanese"],
    "Sierra Leone": ["Sierra Leonean"], "Gambia": ["Gambian"], "Burkina Faso": ["Burkinabe"],
    "Ivory Coast": ["Ivorian", "Ivorians"], "Namibia": ["Namibian"], "Djibouti": ["Djiboutian"],
    "Sweden": ["Swedish"], "Norway": ["Norwegian"], "Finland": ["Finnish"], "Denmark": ["Danish"],
    "Netherlands": ["Dutch"], "Belgium": ["Belgian"], "Austria": ["Austrian"], "Switzerland": ["Swiss"],
    "Portugal": ["Portuguese"], "Ireland": ["Irish"], "Czech Republic": ["Czech"], "Slovakia": ["Slovak"],
    "Slovenia": ["Slovenian"], "Croatia": ["Croatian", "Croat"], "Bosnia": ["Bosnian"], "Montenegro": ["Montenegrin"],
    "Kosovo": ["Kosovar"], "Albania": ["Albanian"], "North Macedonia": ["Macedonian"], "Bulgaria": ["Bulgarian"],
    "Moldova": ["Moldovan"], "Lithuania": ["Lithuanian"], "Latvia": ["Latvian"], "Estonia": ["Estonian"],
    "Cyprus": ["Cypriot"], "Kuwait": ["Kuwaiti"], "Bahrain": ["Bahraini"], "Oman": ["Omani"],
    "United Arab Emirates": ["Emirati"], "New Zealand": ["New Zealander"], "Paraguay": ["Paraguayan"],
    "Uruguay": ["Uruguayan"], "Panama": ["Panamanian"], "Jamaica": ["Jamaican"], "Fiji": ["Fijian"],
    # (helper dup135: Caribbean states news names by their people, "Dominican authorities"; "Dominican"
    # is the Republic's as news writes it, Dominica's people are named by the island)
    "Dominican Republic": ["Dominican", "Dominicans"], "Trinidad and Tobago": ["Trinidadian", "Trinidadians"],
    # (helper dup145a: "held by Cape Verdean authorities" / "in custody in Cape Verde")
    "Cabo Verde": ["Cape Verdean", "Cape Verdeans"],
}

#: Peoples that are no country's, as news names armed men by them ("Arab militias", "Kurdish
#: fighters", "Fulani gunmen"): a description of a group, which the other claim may name
#: ("the Janjaweed", "the YPG"), never a name telling two doers apart (`match.doers`; helper gen7).
PEOPLES: list[str] = [
    "Arab", "Arabs", "Kurdish", "Kurds", "Kurd", "Tuareg", "Fulani", "Pashtun", "Hazara", "Rohingya",
    "Amhara", "Oromo", "Masalit", "Zaghawa", "Fur", "Nuer", "Dinka", "Druze", "Yazidi", "Tamil", "Baloch",
    "Baluch", "Uyghur", "Uighur", "Bedouin", "Hausa", "Igbo", "Yoruba", "Shia", "Shiite", "Sunni", "Alawite",
    "Christian", "Muslim", "Islamist", "Jihadist",
]

#: A seat of government or a ministry by its building or street, standing for the government
#: ("the White House said" = "Washington said" = "the US said"); after "at", "in", "outside" it is
#: the place ("protesters outside the White House").
SEATS: dict[str, str] = {
    "White House": "United States", "Pentagon": "United States", "US Defense Department": "United States",
    "U.S. Defense Department": "United States", "US Department of Defense": "United States",
    "Downing Street": "United Kingdom", "Whitehall": "United Kingdom",
    "State Department": "United States", "US State Department": "United States", "U.S. State Department": "United States",
    "Number 10": "United Kingdom", "Blue House": "South Korea", "Quai d'Orsay": "France",
    "Elysee": "France", "\u00c9lys\u00e9e": "France", "Elysee Palace": "France", "\u00c9lys\u00e9e Palace": "France",
    # English news often drops only the capital's accent (helper pairsdup6)
    "Elys\u00e9e": "France", "Elys\u00e9e Palace": "France",
    # the seat of the EU's institutions, which news names for the Union as it names a capital for
    # its government ("Brussels has suspended ..."; helper pairsdup2)
    "Brussels": "European Union",
}

#: What a state speaks and acts through ("Ukrainian officials", "the US embassy", "Russia's defence
#: ministry", "handed the base to Chad's army"), beside an office of state (`OFFICES`): a people's
#: name before anything else names no government ("the Syrian Observatory for Human Rights"), and a
#: country owning one of these is no place (`match.place_names.places`).
GOVERNMENT_WORDS = ("government", "ministry", "embassy", "consulate", "army", "military", "forces", "navy",
                    "air force", "authorities", "officials", "official", "cabinet", "presidency", "president",
                    "spokesman", "spokeswoman", "spokesperson", "foreign office", "state department", "junta")

#: Kinds of people and things a conflict story counts that never name one another: "killed 30
#: soldiers" / "killed 30 civilians", "fired 40 missiles" / "fired 40 drones" are two facts. Each
#: group holds words one report may use for the same people or things ("militants" / "rebels" /
#: "fighters": one side's armed men, as wire copy writes them). Written as news writes them;
#: synonyms (`language.synonyms`) are read first ("troops" is "soldiers"). The things (missiles,
#: homes, trucks, wheat ...) are the kinds of things of `language.kinds`, each group its words, name first.
KINDS: list[list[str]] = [
    # (a doer too: "the army" / "the rebels" shelled the town are two actors, `match.doers`)
    ["soldiers", "soldier", "troops", "servicemen", "army", "military",
     # (guards of a state's army, read before the guards of a prison: longest wording first)
     "revolutionary guards", "revolutionary guard", "national guard", "national guardsmen", "republican guard"],
    ["civilians", "civilian"],
    ["police", "policemen", "police officers"],
    ["militants", "militant", "rebels", "rebel", "fighters", "fighter", "insurgents", "jihadists",
     "militia", "militias", "militiamen", "paramilitaries", "gunmen", "mercenaries", "mercenary"],
    # criminals who are no armed group ("pirates from a Sabah-based gang" / "Abu Sayyaf remnants":
    # two doers, `match.doers`); "gunmen" may be either, as news writes a doer not yet named
    ["criminals", "criminal", "gangs", "gang", "gang members", "gangsters", "pirates", "pirate",
     # (helper pairsnot7: who a police raid or an arrest counts by their crime)
     "smugglers", "smuggler", "people smugglers", "traffickers", "trafficker", "drug traffickers",
     "human traffickers", "kidnappers", "kidnapper", "robbers", "robber"],
    ["children", "child"],
    # helper pairsnot7: who is held in a prison, who guards it, and families a disaster counts
    # ("300 inmates were evacuated" / "300 families were left homeless"; "1,500 gang members were
    # transferred" / "1,500 guards will be hired")
    ["prisoners", "prisoner", "inmates", "inmate", "detainees", "detainee", "convicts", "convict"],
    ["guards", "guard", "prison guards", "prison guard", "prison officers", "prison officer", "wardens", "warden",
     "warders", "jailers", "jailer", "security guards", "security guard"],
    ["families", "family"],
    ["journalists", "journalist"],
    # helper probes5: people a conflict or disaster story counts by what they do, each a kind of
    # civilian (`KIND_PARENTS`)
    ["farmers", "farmer", "herders", "herder"],
    ["miners", "miner"],
    ["students", "student", "schoolchildren"],
    ["worshippers", "worshipper", "worshipers"],
    ["fishermen", "fisherman"],
    ["traders", "trader", "merchants", "vendors"],
    ["pilgrims", "pilgrim"],
    ["tourists", "tourist"],
    ["passengers", "passenger", "travellers", "traveller", "travelers", "traveler"],
    ["refugees", "refugee", "migrants", "migrant", "asylum seekers"],
    ["patients", "patient"],
    ["teachers", "teacher"],
    # helper pairsnot2: people news tells apart by their trade ("a prosecutor" / "a journalist was shot dead")
    ["prosecutors", "prosecutor", "public prosecutor", "state prosecutor"],
    ["judges", "judge"],
    ["lawyers", "lawyer"],
    ["activists", "activist", "rights activists"],
    ["aid workers", "aid worker", "humanitarian workers", "relief workers"],
    ["health workers", "health worker", "medics", "medical workers", "paramedics"],
    ["clergy", "priests", "priest", "pastors", "pastor", "imams", "imam", "clerics", "cleric"],
    # helper probes7: who strikes, by trade ("rail workers" / "air traffic controllers went on
    # strike" are two strikes); a kind of several words is read as one
    ["rail workers", "railway workers", "railworkers"],
    ["air traffic controllers"],
    ["nurses", "nurse"],
    ["doctors", "doctor", "junior doctors"],
    ["pilots", "pilot"],
    ["dockworkers", "dock workers", "dockers", "port workers"],
    ["bus drivers"],
    ["truck drivers", "lorry drivers", "truckers"],
    ["civil servants", "public sector workers"],
    # stop 32: trades a deployment or an attack counts ("Moscow has dispatched 40 engineers" /
    # "Russia has sent 40 doctors" are two facts); military engineers and advisers are soldiers
    # too (`KIND_PARENTS`), so "40 engineers" may still be "40 troops"
    ["engineers", "engineer", "military engineers", "sappers"],
    ["military advisers", "military adviser", "advisers", "adviser"],
    ["peacekeepers", "peacekeeper", "blue helmets"],
    ["firefighters", "firefighter", "firemen"],
    ["diplomats", "diplomat"],
    ["technicians", "technician"],
    # pairsnot5: people an attack or an arrest counts by whom they serve ("two opposition aides" /
    # "two police officers were shot dead"); an aide is a civilian (`KIND_PARENTS`). Not "aides"
    # alone: it normalises as "aid" (humanitarian aid)
    ["political aides", "political aide", "opposition aides", "opposition aide", "campaign aides", "campaign aide",
     "presidential aides", "presidential aide", "senior aides", "senior aide",
     "bodyguards", "bodyguard"],
    # helper not93: who watches a vote ("41 election monitors" / "41 polling stations", "40 journalists")
    ["election observers", "election observer", "observers", "election monitors", "election monitor", "monitors",
     "poll monitors", "poll watchers"],
    # helper gen9 (sitreps): an outbreak's cases and its deaths are two counts ("420 cholera cases" /
    # "420 cholera deaths"); new infections are new cases
    # helper not133: who an occasion counts as its company ("300 guests attended" / "300 police were
    # deployed for the ceremony", "500 delegates" / "500 soldiers": two counts); a civilian kind
    ["guests", "guest", "invitees", "invitee", "attendees", "attendee", "delegates", "delegate", "mourners", "mourner"],
    ["cases", "case", "infections", "infection"],
    ["deaths", "death", "fatalities"],
    *(list(words) for words in thing_kinds().values()),
]

#: A kind that is part of another (by the first word of each `KINDS` group): "killed 12 farmers" /
#: "killed 12 civilians" may be one fact, "12 farmers" / "12 miners" are two; "seized 40 vehicles"
#: may be "seized 40 trucks" (the things' parents: `language.kinds`).
KIND_PARENTS: dict[str, tuple[str, ...]] = {
    **{kind: ("civilians",) for kind in ["farmers", "miners", "worshippers", "fishermen", "traders", "pilgrims",
                                         "tourists", "passengers", "refugees", "patients", "teachers",
                                         "rail workers", "nurses", "doctors", "dockworkers", "bus drivers",
                                         "truck drivers", "civil servants", "prosecutors", "judges", "lawyers",
                                         "activists", "aid workers", "health workers", "clergy", "political aides",
                                         "election observers", "guests"]},
    # a family is a household, counted as its home ("7,000 families fled" / "7,000 households were displaced")
    "families": ("civilians", "homes"),
    **{kind: ("civilians", "health workers") for kind in ["doctors", "nurses"]},
    **{kind: ("soldiers", "civilians") for kind in ["engineers", "military advisers", "technicians"]},
    "peacekeepers": ("soldiers",),
    # a prisoner is anyone held: a convict, a gang's pirate, a soldier taken in war ("the pirates would
    # be handed over" / "the prisoners would be handed over"); no guard and no family
    "prisoners": ("criminals", "soldiers", "civilians"),
    "criminals": ("militants",),  # "gunmen", of the militants' group, may be a gang's
    **{kind: ("civilians",) for kind in ["firefighters", "diplomats"]},
    "students": ("civilians", "children"),
    **{kind: tuple(up for up in kind_ancestors()[kind] if up in thing_kinds()) for kind in thing_kinds()
       if any(up in thing_kinds() for up in kind_ancestors()[kind])},
}

#: Offices of state and government, as news names the one holding them: two claims whose doers
#: hold two offices ("the army chief resigned" / "the finance minister resigned") tell two facts
#: (`match.doers`). Each group holds the wordings of one office ("top diplomat" is the foreign
#: minister); the longest wording read wins ("army chief of staff" is no "chief of staff"). A bare
#: "minister", "chief" or "official" is no office: it may be any of them.
OFFICES: list[list[str]] = [
    # (helper dupa109: the head of state, as news names the office in states of any title; in most
    # it is the president's, so two claims naming it and the president name one doer)
    ["president", "head of state"],
    ["vice president", "vice-president"],
    ["prime minister", "premier"],
    ["deputy prime minister"],
    ["foreign minister", "foreign secretary", "top diplomat", "foreign affairs minister", "minister of foreign affairs"],
    ["defence minister", "defense minister", "defence secretary", "defense secretary", "minister of defence",
     "minister of defense"],
    ["finance minister", "treasury secretary", "finance secretary", "minister of finance", "chancellor of the exchequer"],
    ["interior minister", "home secretary", "home affairs minister", "interior secretary", "minister of interior"],
    ["justice minister", "justice secretary", "minister of justice"],
    ["attorney general", "attorney-general"],
    ["health minister", "health secretary", "minister of health"],
    ["education minister", "education secretary", "minister of education"],
    ["energy minister", "oil minister", "energy secretary", "minister of energy"],
    ["trade minister", "commerce minister", "trade secretary", "commerce secretary"],
    ["army chief", "army chief of staff", "chief of army staff", "army commander", "military chief",
     "armed forces chief", "chief of defence staff", "chief of the general staff",
     # (helper dup155: a body's head, now that a bare "head" is no head of state)
     "head of the army", "head of the armed forces", "head of the military"],
    ["police chief", "police commissioner", "inspector general of police", "police commander", "head of police",
     "head of the police"],
    # (helper not105: who runs a president's office, in francophone states its "cabinet")
    ["chief of staff", "head of the presidential cabinet", "director of the presidential cabinet",
     "presidential chief of staff"],
    ["spokesperson", "spokesman", "spokeswoman"],
    ["governor"],
    ["central bank governor", "central bank chief", "central bank head", "head of the central bank"],
    ["mayor"],
    ["ambassador", "envoy"],
    ["UN envoy", "U.N. envoy", "United Nations envoy", "UN special envoy"],
    ["secretary general", "secretary-general"],
    ["parliament speaker", "speaker of parliament", "speaker of the house", "house speaker"],
    ["chief justice"],
]

#: canonical name -> other names as written. The canonical name is what both are written as.
ORGANISATIONS: dict[str, list[str]] = {
    # armed groups and forces
    "Rapid Support Forces": ["RSF"],
    "Sudanese Armed Forces": ["SAF", "Sudanese army", "Sudanese military"],
    "Sudan People's Liberation Movement-North": ["SPLM-N", "SPLM-North", "SPLA-N"],
    "Houthis": ["Houthi rebels", "Houthi movement", "Houthi militia", "Ansar Allah", "Ansarallah", "Ansarullah"],
    "JNIM": ["Jama'at Nusrat al-Islam wal-Muslimin", "Jamaat Nusrat al-Islam wal-Muslimin",
             "Jama'a Nusrat ul-Islam wa al-Muslimin", "Group for the Support of Islam and Muslims"],
    "ISWAP": ["Islamic State West Africa Province", "Islamic State in West Africa Province"],
    # ("IS": the short name wire copy uses since the group dropped its "Iraq and Syria", as "IS
    # claimed the attack"; a word of English in a line of capitals: `WORD_ALIASES`; helper dup139)
    "Islamic State": ["ISIS", "ISIL", "Daesh", "IS"],
    "al-Shabaab": ["al-Shabab", "Al-Shabaab", "Al-Shabab", "al Shabaab", "Al Shabaab"],
    "Hezbollah": ["Hizbollah", "Hizballah"],
    "Islamic Jihad": ["Palestinian Islamic Jihad", "PIJ"],
    "Israel Defense Forces": ["IDF", "Israeli Defence Forces", "Israel Defence Forces"],
    "Syrian Democratic Forces": ["SDF"],
    "Hayat Tahrir al-Sham": ["HTS"],
    "PKK": ["Kurdistan Workers' Party", "Kurdistan Workers Party"],
    "TPLF": ["Tigray People's Liberation Front"],
    "M23": ["March 23 Movement"],
    "Abu Sayyaf": ["Abu Sayyaf Group", "ASG"],
    "Boko Haram": ["Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "JAS"],
    "Wagner": ["Wagner Group", "Wagner group"],
    "Libyan National Army": ["LNA"],
    # security services known by the initials of their own language's name, which `initials` cannot
    # form from the English one (helper dup149b: "the FSB said" / "Russia's Federal Security Service said")
    "FSB": ["Federal Security Service"],
    "SBU": ["Security Service of Ukraine", "Ukrainian Security Service"],
    # Libya's governments in Tripoli (helper gen8): the Government of National Accord (2016-21)
    # and of National Unity (since 2021)
    "Government of National Unity": ["GNU"],
    "Government of National Accord": ["GNA"],
    # international bodies and agencies
    "United Nations": ["UN", "U.N."],
    "IAEA": ["International Atomic Energy Agency", "UN nuclear watchdog", "U.N. nuclear watchdog",
             "United Nations nuclear watchdog"],
    "World Food Programme": ["WFP", "World Food Program", "UN food agency", "U.N. food agency"],
    "UNHCR": ["UN refugee agency", "U.N. refugee agency", "United Nations refugee agency",
              "United Nations High Commissioner for Refugees"],
    "UNICEF": ["UN children's agency", "U.N. children's agency", "United Nations Children's Fund"],
    "UNRWA": ["UN Relief and Works Agency", "UN agency for Palestinian refugees"],
    "IOM": ["International Organization for Migration", "UN migration agency"],
    "UNSMIL": ["UN Support Mission in Libya", "United Nations Support Mission in Libya"],
    "OCHA": ["UN humanitarian office", "UN Office for the Coordination of Humanitarian Affairs",
             # as news describes it (helper pairsconf4)
             "UN aid office", "U.N. aid office", "United Nations aid office", "UN humanitarian affairs office",
             "United Nations humanitarian office", "UN aid coordination office", "U.N. humanitarian office"],
    "World Health Organization": ["WHO", "World Health Organisation"],
    "ICRC": ["International Committee of the Red Cross"],
    "Doctors Without Borders": ["MSF", "Medecins Sans Frontieres", "M\u00e9decins Sans Fronti\u00e8res"],
    "International Criminal Court": ["ICC"],
    "International Court of Justice": ["ICJ", "World Court"],
    # courts news names by the city they sit in, as it names a government by its capital, and by what
    # they judge ("the Strasbourg court ordered" / "by the ECHR", "the Strasbourg-based human rights
    # court"; sets 157-160). Only with "the": "a Strasbourg court" is a French court. ("The Hague
    # court" is the ICC or the ICJ, "the Luxembourg court" a court of Luxembourg too: neither is read.)
    **{court: [*aliases, *(f"{the} {seat} court" for the in ("the", "The") for seat in seats)]
       for court, aliases, seats in [
           ("European Court of Human Rights", ["ECHR", "ECtHR", "European rights court", "European human rights court",
                                               "Europe's rights court", "Europe's human rights court",
                                               "Europe's top rights court", "Europe's top human rights court"],
            [f"Strasbourg{b}{w}" for b in ("", "-based") for w in ("", " rights", " human rights")]),
           ("Court of Justice of the European Union", ["CJEU", "European Court of Justice", "ECJ", "EU Court of Justice",
                                                      "EU's Court of Justice", "EU's top court", "EU's highest court"],
            ["Luxembourg-based"]),
           ("Federal Constitutional Court", ["German Constitutional Court", "Germany's Constitutional Court",
                                             "German constitutional court"],
            [f"Karlsruhe{b}{w}" for b in ("", "-based") for w in ("", " constitutional")])]},
    "ECOWAS": ["Economic Community of West African States", "West African bloc", "West African regional bloc"],
    # regional blocs of other continents, as ECOWAS (helper not93: "SADC observers" / "EU observers")
    "SADC": ["Southern African Development Community"],
    "East African Community": ["EAC"],
    "IGAD": ["Intergovernmental Authority on Development"],
    "Arab League": ["League of Arab States"],
    "OAS": ["Organization of American States", "Organisation of American States"],
    # the regional blocs of the Pacific, the Gulf and the Caribbean, as those of Africa and the Americas
    # (helper dup129: "Kiribati's exit leaves the Pacific Islands Forum" / "the regional bloc")
    "Pacific Islands Forum": ["PIF"],
    "Gulf Cooperation Council": ["GCC", "Gulf Co-operation Council"],
    "CARICOM": ["Caribbean Community"],
    "African Union": ["AU"],
    "European Union": ["EU", "E.U."],
    "NATO": ["North Atlantic Treaty Organization", "Nato"],
    "IMF": ["International Monetary Fund"],
    # lenders and bodies of many states a loan, a grant or a ruling is told of (pairsnot5)
    "World Bank": ["World Bank Group"],
    # a national weather service by its short name (helper dup113: "the Met Office said" /
    # "according to the Meteorological Office")
    "Meteorological Office": ["Met Office"],
    "AfDB": ["African Development Bank"],
    "Asian Development Bank": ["ADB"],
    "WTO": ["World Trade Organization", "World Trade Organisation"],
    "OPEC": ["Organization of the Petroleum Exporting Countries", "Organisation of the Petroleum Exporting Countries"],
    "ASEAN": ["Association of Southeast Asian Nations", "Association of South East Asian Nations"],
    # helper probes8: UN peacekeeping and political missions, by acronym and as news describes them
    **{acronym: [f"{un} {word} {where}" for un in ("UN", "U.N.", "United Nations")
                 for word in ("mission", "Mission", "peacekeeping mission", "peacekeeping force")
                 for where in wheres] + extra
       for acronym, wheres, extra in [
           ("UNMISS", ["in South Sudan"], []),
           ("MINURSO", ["in Western Sahara", "for the Referendum in Western Sahara"], []),
           ("MONUSCO", ["in Congo", "in the Congo", "in DR Congo", "in the DRC", "in the Democratic Republic of Congo",
                        "in the Democratic Republic of the Congo"], []),
           ("MINUSMA", ["in Mali"], []),
           ("MINUSCA", ["in the Central African Republic", "in Central African Republic", "in CAR"], []),
           ("UNIFIL", ["in Lebanon"], ["UN Interim Force in Lebanon", "United Nations Interim Force in Lebanon"]),
           ("UNAMA", ["in Afghanistan"], ["UN Assistance Mission in Afghanistan"]),
           ("UNAMI", ["in Iraq"], ["UN Assistance Mission for Iraq"]),
           ("UNSMIL", ["in Libya"], ["UN Support Mission in Libya"]),
           ("UNMIK", ["in Kosovo"], []),
           ("UNFICYP", ["in Cyprus"], ["UN Peacekeeping Force in Cyprus"]),
           ("UNISFA", ["in Abyei"], ["UN Interim Security Force for Abyei"]),
       ]},
}


#: Bodies of many states (`ORGANISATIONS`' international bodies and agencies): one speaking is no
#: state speaking, so "ASEAN urged X" / "Beijing urged X" are two statements (`match.sayers`).
INTERNATIONAL_BODIES = frozenset(
    ["United Nations", "IAEA", "World Food Programme", "UNHCR", "UNICEF", "UNRWA", "IOM", "UNSMIL", "OCHA",
     "World Health Organization", "ICRC", "International Criminal Court", "International Court of Justice",
     "European Court of Human Rights", "Court of Justice of the European Union",
     "ECOWAS", "African Union", "European Union", "NATO", "IMF", "ASEAN", "UNMISS", "MINURSO", "MONUSCO",
     "MINUSMA", "MINUSCA", "UNIFIL", "UNAMA", "UNAMI", "UNMIK", "UNFICYP", "UNISFA",
     "World Bank", "AfDB", "Asian Development Bank", "WTO", "OPEC",
     "SADC", "East African Community", "IGAD", "Arab League", "OAS", "Pacific Islands Forum",
     "Gulf Cooperation Council", "CARICOM"])


#: Aliases that are also English words written in capitals ("IS"), read as the name only outside
#: a headline, whose every word may be capitalised ("WHAT IS NEXT").
WORD_ALIASES = frozenset(["IS"])


#: Bodies news also names by a shorter name the table leaves out, as it names others too: "the Red
#: Cross" is the ICRC, the IFRC or a national society alike. Never told apart by name (`match.doers`).
SHORT_NAMED_BODIES = frozenset(["ICRC"])


def un_family(canonical: str) -> bool:
    """Whether a body is the UN or one of its agencies and missions (an acronym opening "UN", or a
    name news writes as the UN's: "UN nuclear watchdog" is the IAEA): its acts may be told as the UN's."""
    names = [canonical, *ORGANISATIONS.get(canonical, [])]
    return any(n.startswith(("UN", "U.N.", "United Nations")) for n in names)


#: The kind (`KINDS`, by its group's first word) of armed men an organisation's name says, as news
#: describes them: a state's army is soldiers, an armed group or paramilitary force is militants.
#: Its name, rewritten to one token, no longer holds the kind's word ("the Sudanese army" is
#: "Sudanese Armed Forces"), so without it "Arab militias" / "the Sudanese army" read as one doer
#: (`match.doers`; helper precision20k). A force also called by another kind's word ("RSF troops")
#: keeps both. Left out: forces news calls either (Wagner, the LNA).
FORCE_KINDS: dict[str, str] = {
    **dict.fromkeys(["Sudanese Armed Forces", "Israel Defense Forces"], "soldiers"),
    **dict.fromkeys(["Rapid Support Forces", "Sudan People's Liberation Movement-North", "Houthis", "JNIM", "ISWAP",
                     "Islamic State", "al-Shabaab", "Hezbollah", "Islamic Jihad", "Syrian Democratic Forces",
                     "Hayat Tahrir al-Sham", "PKK", "TPLF", "M23", "Abu Sayyaf", "Boko Haram"], "militants"),
}

#: A commander standing for the force he leads, as news names it ("forces loyal to Mohamed Hamdan
#: Dagalo", "Hemedti's fighters", "troops loyal to Abdel Fattah al-Burhan" = the RSF / the
#: Sudanese army): canonical organisation -> the leader's names as written, transliterations
#: included. Read only in the phrases `_leader_phrases` makes, never the name alone (the leader
#: himself is a person: "Burhan met the envoy" is no army acting; helper gen7).
LEADERS: dict[str, list[str]] = {
    "Rapid Support Forces": ["Mohamed Hamdan Dagalo", "Mohamed Hamdan Daglo", "Mohammed Hamdan Dagalo",
                             "Mohammed Hamdan Daglo", "Hamdan Dagalo", "Dagalo", "Daglo", "Hemedti", "Hemeti"],
    "Sudanese Armed Forces": ["Abdel Fattah al-Burhan", "Abdel Fattah el-Burhan", "Abdel-Fattah al-Burhan",
                              "Abdel Fattah Burhan", "al-Burhan", "el-Burhan", "Burhan"],
    "Libyan National Army": ["Khalifa Haftar", "Khalifa Hifter", "Haftar", "Hifter"],
    "Wagner": ["Yevgeny Prigozhin", "Prigozhin"],
}
#: The phrases a leader's name stands in for his force ("{}" is the name).
_FORCE_NOUNS = ["forces", "troops", "fighters", "militia", "militiamen", "men", "army", "soldiers"]


def _leader_phrases(canonical: str, leader: str) -> list[str]:
    out = []
    for noun in _FORCE_NOUNS:
        out += [f"{noun} loyal to {leader}", f"{noun.capitalize()} loyal to {leader}", f"{leader}'s {noun}",
                f"{noun} led by {leader}", f"{noun.capitalize()} led by {leader}"]
    out += [f"{leader}'s {alias}" for alias in [canonical, *ORGANISATIONS.get(canonical, [])]]
    return out


@lru_cache(maxsize=1)
def organisation_names() -> dict[str, str]:
    """{each name as written, canonical ones included: its canonical name}; a leader's forces
    (`LEADERS`) too."""
    out: dict[str, str] = {}
    for canonical, aliases in ORGANISATIONS.items():
        out[canonical] = canonical
        for alias in aliases:
            out[alias] = canonical
    for canonical, leaders in LEADERS.items():
        out.setdefault(canonical, canonical)
        for leader in leaders:
            for phrase in _leader_phrases(canonical, leader):
                out.setdefault(phrase, canonical)
    return out


#: Seats of government in CAPITALS that are no city ("the Kremlin")
_NOT_CITIES = frozenset(["Kremlin"])


@lru_cache(maxsize=1)
def capital_city_of() -> dict[str, str]:
    """{a country's name, or its people's adjective ("Libyan", "Ukrainian"): its capital city}, the
    first city `CAPITALS` (then `CAPITAL_PLACES`) lists for it ("Kyiv", not "Kiev"; never "the
    Kremlin"). Plural demonyms ("Afghans") are no adjective. Read for "the Libyan capital", "South Sudan's capital"."""
    out: dict[str, str] = {}
    for city, country in [*CAPITALS.items(), *CAPITAL_PLACES.items()]:  # (a place's capital: "Haiti's capital")
        if city not in _NOT_CITIES:
            out.setdefault(country, city)
    for country, peoples in DEMONYMS.items():
        if country in out:
            for people in peoples:
                if people == peoples[0] or not people.endswith("s"):
                    out.setdefault(people, out[country])
    return out
