"""A thing asked for against the thing done: "3,000 tents had been distributed" / "3,000 more tents
are still needed", "released 20 hostages" / "demanded the release of 20 hostages". The words,
figures and meaning vector are nearly the same; one claim tells of a need or a call, the other of
an act: two facts (helper not8).

Read on each claim's reported, rewritten wording (`claim_view.claim_roles`): a need ("needed",
"requires", "in need of", a "shortfall") or a call ("called for", "appealed for", "demanded",
"urged", "asked for") in one claim and neither in the other. Two calls ("called for restraint" /
"urged restraint") or two needs are one kind of statement and are left to the other rules. A plan
or a future ("will send", "is to receive") is not read: news tells a scheduled act either way ("set
for 12 February" / "will hold its election on February 12"), and on sets 1-72 it split eight
duplicates for one "not" pair; needs and calls split none.
"""

from __future__ import annotations

import re

from workbench.core.text_caches import text_cache

#: What follows a "need" that is no thing needed: "need to act", "needed by", "needed in Gaza".
_NOT_THING = r"(?:to|by|in|for|at|on|from|after|as|than|and|or|of|is|are|was|were|be|been|the\s+most)\b"
#: A need of a thing: passive ("3,000 tents are still needed", "funds were required") or with the
#: thing's amount next ("Kenya needs 50 million dollars", "require 150 more nurses"). Not "need
#: to" (an obligation, "we need to act"), "the need for", "needed changes", a relative clause
#: ("which is needed"): general English, as MRPC's paraphrases use them.
_NEED = (r"(?:(?<!which\s)(?<!that\s)(?:is|are|was|were|be|been|being|remain|remains)\s+(?:still\s+|urgently\s+|badly\s+)?"
         r"(?:needed|required)(?!\s+to\b)"
         r"|(?:needs?|needed|requires?|required|in\s+need\s+of)\s+(?:(?:at\s+least|about|around|nearly|some|over|another|an?\s+additional|more)\s+)*\d+"
         # the verb with its thing after a plural subject ("hospitals needed blood donors", "families
         # still need tents") or an urgency ("Gaza urgently needs fuel"); not a reduced relative or
         # an adjective ("supplies needed by", "delivered badly needed aid"), nor "need to" (helper dup93)
         r"|(?:(?<=[a-z]s\s)(?:(?:still|urgently|badly|desperately)\s+)?need(?:ed)?"
         r"|(?<=\s)(?:still|urgently|badly|desperately)\s+needs?)(?=\s+(?!" + _NOT_THING + r")[a-z0-9]))")
#: Deliberation asked for in a light verb ("that (serious) consideration be given to", "that attention
#: be paid to"): a call to think about a thing, not to act on it (`_CALL`'s subjunctive; helper dupc105).
_DELIBERATION = (r"(?:(?:serious|careful|due|further|more|greater|special|urgent|full|proper)\s+)?(?:consideration|thought"
                 r"|attention|heed|credence|priority|preference|emphasis|weight|study)\s+(?:should\s+)?be\s+"
                 r"(?:given|paid|placed|put|accorded|lent|attached)\b")
#: A call on someone to act, as a verb ("called for", "urged", "demanded the release"); not the
#: nouns ("a wake-up call", "denied their request", "labour's demands", "the Court of Appeals for").
_CALL = (r"(?:call(?:s|ed|ing)\s+(?:for|on)|requested|sought|(?<!of\s)appeal(?:s|ed|ing)\s+for|demanded|demanding|urg(?:es|ed|ing)"
         r"|ask(?:s|ed|ing)?\s+for|plead(?:s|ed|ing)\s+for"
         # the one asked between ("asked foreign countries for help", "asked Nato allies for air
         # defences"): up to three words, none a verb's "to" or another "for" (helper dup93)
         r"|ask(?:s|ed|ing)?\s+(?:(?!for\b|to\b)[\w'-]+\s+){1,3}?for"
         # the one asked, then its act ("asked India to withdraw its troops", "was asked to resign",
         # "petitioned the court to block"): a request as "requested that ..." is (helper dup101)
         # (not when denied, "was not asked to do any work"; nor a question put, "asked to decide
         # whether", "asked to explain"; "hard-pressed to veto" is no call: MRPC)
         r"|(?<!not\s)(?<!n't\s)(?<!never\s)(?:ask(?:s|ed|ing)?|petition(?:s|ed|ing)?|begs?|begged|implor(?:es|ed|ing))"
         r"\s+(?:(?!for\b|to\b|whether\b|if\b|about\b|that\b)[\w'-]+\s+){0,3}?to\s+"
         r"(?!(?:the|a|an|his|her|their|its|decide|vote|choose|answer|explain|comment|describe|rate|name)\b)[a-z]+"
         # the call as the purpose of a rally ("marched to demand his resignation", "gathered to
         # call for an end to ..." / "gathered to stand before it and call for ..."): an infinitive,
         # never the noun ("their demands", "a call for", "supply and demand")
         r"|(?<=\bto\s)(?:demand|call\s+(?:for|on)|urge|press\s+for)|(?<=\band\s)(?:call\s+(?:for|on)|urge)"
         # a proposal asks for its act too ("has suggested a cooling-off period"), told as a perfect:
         # "the proposed plan", "replays suggested the ball ..." propose nothing
         r"|(?:has|have|had)\s+(?:suggested|proposed|recommended)"
         # a call in the subjunctive, told in any tense ("recommended that the firm be prosecuted",
         # "proposed that the mayor be suspended"; helper dupb105): an act done to its subject after
         # a bare "be". Not a statement ("suggested that the ball had crossed",
         # "suggest that the toll could be higher"), nor deliberation asked for in a light verb
         # ("recommended that consideration be given to making ..." is "suggests that Congress
         # consider ...", no act on anyone: MRPC dev; helper dupc105)
         r"|(?:recommend|propos|suggest|urg|request|demand)(?:e|es|ed|s|ing)?\s+that\s+(?!" + _DELIBERATION + ")"
         r"(?:(?!(?:could|would|will|may|might|can|must|shall|to|had|has|have|was|were|is|are)\b)[\w'-]+\s+){1,6}?"
         r"(?:should\s+)?(?:not\s+)?be\s+[a-z]+"
         # ... and so is the act proposed as a gerund ("recommended charging the police chief" = "that
         # the police chief be charged"), in any tense; not "proposed nothing", "proposed during", nor
         # "suggests rising prices" (a gerund or an adjective; helper dupc105)
         r"|(?:recommend|propos)(?:e|es|ed|s|ing)?\s+(?!(?:some|no|any|every)thing\b|during\b)[a-z]{3,}ing\b)")
_WANTED = re.compile(rf"\b(?:(?P<need>{_NEED})|(?P<call>{_CALL}))\b")
#: An order to act ("told states to set up wards", "ordered 20 diplomats to leave"): news tells it
#: for the act done ("expelled 20 diplomats") and for the request ("asked states to ..."), so a
#: claim with one is set apart from neither (helper dup101).
#: An inquiry ordered is the call for it ("ordered an investigation into the leak" / "called for a
#: probe into the accident"): the one in office asks for it either way; other things ordered (a
#: release, troops to withdraw) stay apart by the order above or by their doers (helper dupa105).
_ORDER = re.compile(r"\b(?:told|tells?|telling|order(?:s|ed|ing)?|instruct(?:s|ed|ing)?|direct(?:s|ed|ing)?)\s+"
                    r"(?:(?!to\b|that\b)[\w'-]+\s+){0,4}?to\s+[a-z]+"
                    r"|\border(?:s|ed|ing)?\s+(?:an?|the)\s+(?:[\w'-]+\s+){0,2}?"
                    r"(?:investigat\w*|inquir(?:y|ies)|enquir(?:y|ies)|probes?|review|audit|inspection)\b")
#: A clause that gives the background of the act ("resigned after protesters demanded it"): a
#: call or need read there asks for nothing the claim tells.
_BACKGROUND = re.compile(r"\b(?:after|following|amid|despite|when|because|since|until)\b.*"
                         # done at another's request: "sent troops at the request of the government",
                         # "at Sogavare's request" (rewritten "ask for" by the verb table)
                         r"|\bat\s+(?:\S+\s+){0,3}?(?:ask\s+for|request)\b.*")


#: What one "should" do ("FIFA should put aside $440 million, according to Amnesty", "Egypt should let its
#: currency float, the IMF said"): the act asked for, told as the sayer's view, which a call ("urged
#: FIFA to set aside") tells too (helper dup129). Not itself read as a call: a "should" may be an
#: expectation ("the bridge should reopen next week"), so it sets apart no act done or planned.
_SHOULD = re.compile(r"\bshould\s+(?!have\b)[a-z]+")


#: A request answered ("turned down Ukraine's request for tanks", "granted their request for
#: asylum"; the verb table writes the noun "request" as "ask for"): the answer is the act the claim
#: tells, the request only named, no call (helper dup131: "declined to give Cyprus a new loan" /
#: "turned down Nicosia's request for fresh aid"). Named by its owner ("their request") or its thing
#: ("the request for a licence", "a request by the FDA to ..."); "rejected the request" alone names
#: none and is left as it was read (MRPC dev: "Fletcher will not do that" / "... rejected the
#: request", no paraphrase). A request made ("filed a request for") stays a call.
_ANSWERED = re.compile(r"\b(?:reject|refus|den(?:y|ie)|declin|turn(?:s|ed|ing)?\s+down|grant|approv|accept|rebuff|spurn)[a-z]*"
                       r"\s+(?:[\w'\u2019-]+\s+){0,3}?(?:(?:its|his|her|their|our|[\w-]+\s+s|[\w-]+['\u2019]s)\s+ask\s+for\b"
                       r"|(?:the|an?)\s+ask\s+for\s+(?:for|to|by|from)\b)")


@text_cache()
def wanted(wording: str) -> str | None:
    """'need' or 'call' when the wording (lower-cased) asks for its act rather than telling it, else None."""
    m = _WANTED.search(_ANSWERED.sub(" ", _BACKGROUND.sub(" ", wording)))
    if m is None:
        return None
    return "need" if m.group("need") else "call"


def wanted_apart(wording_a: str, wording_b: str) -> str | None:
    """'asked for, not done: need / an act' when one claim tells of a need or a call (`wanted`) and
    the other of neither: the thing asked for is another fact than the thing done."""
    wa, wb = wanted(wording_a), wanted(wording_b)
    if (wa is None) == (wb is None) or _ORDER.search(wording_a) or _ORDER.search(wording_b):
        return None
    if "call" in (wa, wb) and _SHOULD.search(wording_b if wb is None else wording_a):  # a call / what one should do
        return None
    return f"asked for, not done: {wa or 'an act'} / {wb or 'an act'}"
