"""Event verbs: which acts a conflict story tells as separate events, which may be told with one
another, and which words make an act one that did not happen. Matching reads two claims whose
event verbs all differ as two facts (`match.knowledge`, `match.events`)."""

from __future__ import annotations

#: Event verbs: two claims whose event verbs are all different (after synonyms) tell of
#: different events ("arrested 30 fighters" / "wounded 30 fighters"). "strike" is a labour strike
#: here: a strike as an attack is rewritten to "attack" first (`VERB_SYNONYMS`).
#: (Pairs one event can be told with, "die" / "kill", are kin: `EVENT_KIN`.)
EVENT_VERBS = ("kill", "wound", "arrest", "capture", "destroy", "damage", "evacuate", "send", "flee", "resign",
               "release", "kidnap", "execute", "rescue", "invade", "sentence", "acquit", "elect", "appoint",
               "protest", "strike", "deliver", "disqualify", "strand",
               # casting ballots is no other event of the day ("25,000 voted" / "25,000 killed")
               "vote",
               # a flight, a match, a vote called off is no flight put off ("cancelled" / "delayed")
               "cancel", "postpone",
               # people forced from their homes are not people moved to safety ("displaced" / "evacuated")
               "displace",
               # helper gen7: goods carried off, things set on fire, people taken hostage ("looted" /
               # "torched" / "captured 50 trucks"; "abducted" / "arrested 75": kidnap is written "abduct")
               "loot", "torch", "abduct",
               # helper gen8: intercepted is not rescued, launched (by a weapon only: `match.knowledge._weapon_stems`) not
               # shot down; died (recall20k, gen8) is no injury, arrest or release (a killing is a death: `EVENT_KIN`)
               "intercept", "launch", "die",
               # helper gen9 (sitreps): animals vaccinated are no animals dead, water points repaired none gone dry,
               # people affected by floods (hit in any way) are not the people the floods displaced
               "vaccinate", "repair", "affect",
               # people buried by a landslide or rubble are no people displaced by it (a burial is a death's kin)
               "bury")


#: Kinds of acts a claim's main verb tells (base forms, as `VERB_SYNONYMS` writes its groups):
#: two claims whose main verbs are of two kinds tell two facts even when their words are alike
#: ("three ships sailed through the corridor" / "three ships were hit in the corridor", "inmates
#: were injured" / "inmates were transferred", "the EU extended its mission" / "launched its
#: mission", "expelled the ambassador" / "withdrew its ambassador"). Only kinds no retelling
#: crosses: verbs news uses for more than one act stay out ("reach" a place or a toll, "pass" a
#: law, "leave" dead, "fire" a weapon or a minister, "begin" an eruption, "detonate" a volcano, "bar"
#: a candidate struck off a list, which the rewrite reads as an attack), and most
#: acts with an opposite (appointed / dismissed, acquitted / convicted: a conflict, `match.opposites`;
#: an arrest and a postponement are in: the act yields to a clash read first).
ACT_KINDS: dict[str, tuple[str, ...]] = {
    # (a force or goods sent, deployed, dispatched, delivered are moved: matching's verb table writes
    # each "send"; an emergency declared is no army deployed; helper not109)
    "passage": ("sail", "cross", "transit", "travel", "transfer", "relocate", "ship", "dock", "send"),
    "harm": ("attack", "shell", "bomb", "ambush", "injure", "wound", "kill", "hit", "shoot", "storm", "raid",
             "destroy", "damage"),
    "expulsion": ("expel", "deport"),
    # a suspect handed to another state's courts is no one deported ("extradited 29 cartel members" /
    # "deported 29 US citizens"; helper pairsnot6)
    "extradition": ("extradite",),
    "abduction": ("abduct", "kidnap"),
    # (pairsnot4) people detained are not people tried, hurt or taken by gunmen; a hearing or a vote
    # put off is no arrest ("adjourned the trial of 20 separatists" / "20 separatists were arrested")
    "detention": ("arrest", "detain"),
    "postponement": ("postpone", "adjourn"),
    "withdrawal": ("withdraw", "recall"),
    "summons": ("summon",),
    "appeal": ("appeal", "urge", "request", "demand"),
    # (a curfew, martial law, sanctions declared or imposed: one act; helper opp84)
    "announcement": ("announce", "declare", "pledge", "promise", "unveil", "impose"),
    "visit": ("visit", "tour"),
    "launch": ("launch",),
    "extension": ("extend", "renew", "prolong"),
    # a court's steps are steps of one case, each its own fact
    "indictment": ("indict",),
    "conviction": ("convict",),
    "sentencing": ("sentence", "jail", "imprison"),
    "signing": ("sign", "ratify"),
    # (helper opp84) words said against an act are not a step taken over it: "condemned the remarks"
    # / "summoned the ambassador over the remarks", "imposed sanctions over the arrest"
    "censure": ("condemn", "criticise", "criticize", "deplore"),
    "sanction": ("sanction",),
    "meeting": ("convene",),
}

#: helper not101: more steps of a case, kinds of `ACT_KINDS` read only between two claims that share
#: all their words but the act's ("Prosecutors charged X over Y" / "Prosecutors froze the assets of X
#: over Y"): a charge is an indictment told another way; a suspect questioned, his assets frozen, he
#: banned from travel or fined are each another step than his arrest or charge. Between claims of
#: other words they are often one case told from two of its steps ("charged with murder" / "killed
#: two women": ECB dev same-event pairs 221 -> 219 when read there too).
CASE_STEPS: dict[str, tuple[str, ...]] = {
    "indictment": ("charge", "prosecute"),
    "questioning": ("question", "interrogate"),
    "asset freeze": ("freeze",),
    "ban": ("ban",),
    "fine": ("fine",),
    # helper not105: more acts one doer does to one thing or person, told in near-same claims
    # ("police imported the syrups" / "... cooperated with the inquiry", "the court upheld
    # the ban" / "... heard the challenge to the ban", "he was elected prime minister" / "his cabinet
    # was sworn in", "inspected the cargo" / "impounded the cargo" is not read: "impound" has no kind)
    # (not "suspend" / "halt": "halted imports" / "banned imports", "halted recruitment" / "froze
    # hiring" are one act told two ways)
    "hearing": ("hear",),
    "ruling": ("uphold",),
    "inspection": ("inspect", "examine"),
    # helper notact117: a home or an office searched is no one arrested ("arrested X at his home" /
    # "searched the home of X"); a raid is an attack's kind and stays one act with a search
    "search": ("search",),
    # one who led an attack is no one killed in it ("was among those killed in the attack" / "led the
    # attack"; helper notact117); "led to" (a cause) is no lead of anything near-same claims tell
    "leadership": ("lead", "command"),
    "election": ("elect",),
    "inauguration": ("swear", "inaugurate"),
    "import": ("import",),
    "cooperation": ("cooperate",),
    # what a court orders a convict to give up ("forfeit his properties" / "pay damages")
    "forfeiture": ("forfeit",),
    "damages": ("pay",),
}

#: helper not145: more kinds of act, read only between two claims of one doer (`match.one_doer_acts`):
#: an office given ("named X a member of its delegation", "appointed", "nominated") and a thing
#: stopped ("suspended its talks", "halted", "prohibited"; "barred" and "halted" are rewritten "banned"
#: and "suspended"). "Stop" and "close" stay out: a car stopped, a deal or a market closed.
DOER_KINDS: dict[str, tuple[str, ...]] = {
    "appointment": ("appoint", "name", "nominate"),
    "stoppage": ("suspend", "prohibit"),
}
#: Kinds of `ACT_KINDS` and `CASE_STEPS` one doer's act may be told as either way, read as one kind
#: between one doer's claims: imports halted are imports banned, hiring frozen is recruitment halted,
#: assets frozen are a sanction; one elected, sworn in or named speaker is appointed.
DOER_KIND_FOLDS: dict[str, str] = {"ban": "stoppage", "asset freeze": "stoppage", "sanction": "stoppage",
                                   "election": "appointment", "inauguration": "appointment"}

#: helper notdoer121: the kinds of `ACT_KINDS` and `CASE_STEPS` that are steps of one legal case
#: taken against a person. Two of them undergone by the one person are two facts however the rest is
#: worded ("X was arrested by police in 2019" / "X was charged with complicity in 2019": `acts`); a
#: killing and the charge over it are not both steps, so a case told from its crime stays one event.
CASE_KINDS = frozenset(["detention", "extradition", "indictment", "conviction", "sentencing", "questioning",
                        "asset freeze", "fine"])

#: Words before an event verb that make it an intent, an attempt or a failure, not an event that
#: happened ("was hoping to arrest him", "tried to flee", "failed to rescue"); "not" before it
#: ("were not injured") likewise tells of no event. ("threatened to kill" is left out:
#: "life-threatening injuries" are injuries.)
NOT_HAPPENED = ("hope", "hoping", "hoped", "try", "tried", "trying", "attempt", "attempted", "attempting", "plan",
                "planned", "planning", "aim", "aimed", "aiming", "want", "wanted", "wanting", "seek", "seeking",
                "sought", "intend", "intended", "expect", "expected", "fail", "failed", "refuse", "refused", "not",
                # a capture evaded ("escaped arrest", "at large" are rewritten "evaded capture"; helper opp101)
                "evade", "evaded", "evading")
#: Event verbs one event may be told with (an execution is a killing): never "different events"
#: (each stays its own event otherwise). "Captured" / "arrested" stay two events: fighters taken in
#: battle and people detained are two facts of a conflict story (`matching_dense.py` families).
EVENT_KIN: dict[str, frozenset[str]] = {"kill": frozenset(["execute", "die", "bury"]), "execute": frozenset(["kill", "die"]),
                                        "die": frozenset(["kill", "execute", "bury"]), "intercept": frozenset(["capture"]),
                                        "bury": frozenset(["kill", "die"]),
                                        "displace": frozenset(["flee"]),  # one exodus
                                        "wound": frozenset(["damage"]), "damage": frozenset(["wound"]),  # hurt commerce
                                        # homes set on fire are homes destroyed; a shipment intercepted is seized
                                        "torch": frozenset(["destroy"]), "destroy": frozenset(["torch"]),
                                        "capture": frozenset(["intercept"]),
                                        # detained / freed: two outcomes of one detention, a conflict (`opposites`;
                                        # probes8). Abducted / freed stay two events (bulletin 3k R 0.678 -> 0.674)
                                        "arrest": frozenset(["release"]),
                                        # acquitted / sentenced: two verdicts of one trial, a conflict
                                        # (`opposites`; helper confopp153)
                                        "acquit": frozenset(["sentence"]), "sentence": frozenset(["acquit"]),
                                        # inmates freed by a prison's attackers escaped it: one jailbreak told
                                        # either way (helper paraphrase)
                                        "release": frozenset(["arrest", "flee"]), "flee": frozenset(["displace", "release"]),
                                        # a home raided is a home searched (`acts.acts_of_two_kinds`; helper notact117)
                                        "raid": frozenset(["search"]), "search": frozenset(["raid"])}
