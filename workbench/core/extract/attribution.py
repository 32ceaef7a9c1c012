"""Who says it: the reporting frame of a sentence ("X said", "according to X", "X quoted Y as saying").

`find_frame(sentence)` returns the speaker (with titles and roles as written), who relayed it,
whether the speaker is anonymous, whether the frame itself hedges ("reportedly told", "claimed",
"media reports emerged that"), and the spans of the sentence that hold the reported content.
Offsets are relative to the sentence string. A sentence with no frame is asserted by the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workbench.core.extract.clauses import find_subject, has_verb, is_adverb, starts_clause
from workbench.core.extract.speaker_phrase import (
    OUTLET_START,
    QUOTES,
    TOLD_OUTLET,
    WHO,
    clean_speaker,
    is_anonymous,
    looks_like_np,
    role_before_name,
    tidy_speaker,
)
from workbench.core.language.calendar import MONTH
from workbench.core.language.verbs import (
    is_finite_verb,
    is_participle,
    is_verb_like,
    trie_regex,
)
from workbench.core.language.verbs import words as _words

REPORT_VERBS = (
    "said|says|say|told|tells|admitted|admits|warned|warns|announced|announces|added|adds|stated|states|"
    "claimed|claims|confirmed|confirms|insisted|insists|explained|noted|notes|reported|"
    "stressed|declared|acknowledged|alleged|alleges|argued|argues|asserted|estimated|revealed|disclosed|"
    "indicated|predicted|promised|wrote|writes|tweeted|testified|maintained|contended|conceded|recalled|"
    "observed|commented|remarked|replied|responded|cautioned|pointed out|assured|informed|reiterated|"
    "emphasised|emphasized|complained|boasted|vowed|promises|promised|continued|posted"
)
#: reporting verbs that also take a plain object ("claimed responsibility", "reported a loss")
TRANSITIVE_TOO = frozenset(
    ["claimed", "claims", "admitted", "admits", "denied", "denies", "confirmed", "confirms", "announced",
     "announces", "reported", "acknowledged", "revealed", "disclosed", "estimated", "promised", "promises",
     "predicted", "stressed", "noted", "notes", "indicated", "observed", "reiterated", "emphasised",
     "emphasized", "vowed", "wrote", "writes", "tweeted", "posted", "recalled", "continued", "informed", "assured",
     "declared", "explained", "maintained", "conceded", "boasted", "added", "adds", "stated", "states"]
)
_HEDGING_VERBS = frozenset({"claimed", "claims", "alleged", "alleges"})
# "denied", "denies" are not reporting verbs: "The ministry denied that 40 soldiers died" does not
# report the ministry saying 40 soldiers died, so the sentence stays whole, asserted by the article.
#: ("the measures insisted upon by the EU": a participle with its particle, no report)
_VERB_RE = re.compile(rf"\b(?:{trie_regex(REPORT_VERBS.split('|'))})\b(?!\s+upon\b)")
_LEADING_ADVERBIAL = re.compile(
    r"^(?:(?:In|On|At|After|Before|During|However|But|And|Meanwhile|Last|Earlier|Later|Speaking|Asked|"
    r"Separately|Also|Yet|Still|Today|Yesterday|Following|Since|Until|When|While|Then|Now|Elsewhere|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Instead|Moreover|Furthermore|"
    r"Indeed|Nevertheless|Nonetheless|Similarly|Likewise|Addressing|Writing|Interviewed|Although|Though|"
    r"Whereas|Despite|Because|If|Once|Unless|As)\b[^,]*,\s+"
    r"|(?:But|And|Yet|So|However|Meanwhile|Still|Now)\s+)+"
)


@dataclass
class Frame:
    speaker: str | None = None
    relayed_by: str | None = None
    anonymous: bool = False
    hedged: bool = False
    content: list[tuple[int, int]] = field(default_factory=list)
    #: spans the article asserts itself inside the frame, e.g. a relative clause on the speaker:
    #: (start, end, subject) -> "Senator John McCain, a Republican who has long blasted Obama"
    asserted: list[tuple[int, int, str | None]] = field(default_factory=list)
    #: an embedded frame between subject and verb phrase: "The storm, the weather service said, would
    #: weaken" -> the span of "The storm", the subject of the content span that follows the frame
    shared_subject: tuple[int, int] | None = None


# --------------------------------------------------------------------------------------------

_RELAY_RE = re.compile(
    r"(?P<relay>[A-Z][\w.&'’ -]{0,60}?)\s+quoted\s+(?P<spk>[^\"“”]{2,120}?)\s+as\s+saying(?:\s+that)?[,:]?\s*"
)
_REPORTS_EMERGED = re.compile(
    r"\b(?P<spk>(?:(?:media|news|press|local|unconfirmed)\s+)*reports?)\s+(?:have\s+|had\s+)?"
    r"(?:emerged|surfaced|suggested|suggest|said|say|claimed|claim|indicated|indicate)(?:\s+[^,\"“”]{1,30}?)?\s+that\s+",
    re.IGNORECASE,
)
_IMPERSONAL = re.compile(
    r"\bit\s+(?:was|has\s+been|is|had\s+been)\s+(?P<verb>announced|reported|confirmed|understood|claimed|alleged|"
    r"believed|said|learned|learnt|revealed|disclosed)\b[^,\"“”]{0,40}?\s+that\s+",
    re.IGNORECASE,
)
_ACCORDING_LEAD = re.compile(r"^(?:(?:But|And|Yet|However|So),?\s+)?[Aa]ccording\s+to\s+(?P<spk>[^,]{2,120}),\s+")
_ACCORDING_TRAIL = re.compile(r",?\s+according\s+to\s+(?P<spk>[^,\"“”]{2,120}?"
                             r"(?:,\s+(?:the|a|an|his|her|its|their)\s+[^,\"“”]{2,80}?)?)\s*[.!?]?[\"”]?\s*$")
#: "According to the Red Crescent 300 families ...": no comma after the source
_ACCORDING_MID = re.compile(r",\s+according\s+to\s+(?P<spk>[^,\"“”]{2,80}),\s+(?=[a-z])")
_ACCORDING_BARE = re.compile(r"^(?:(?:But|And|Yet|However|So),?\s+)?[Aa]ccording\s+to\s+")
_CLAUSE_OPENERS = _words("the a an his her its their this these those some many most all no he she it they we there")
#: "..., Karimi was quoted by IRNA as saying." / "Karimi was quoted as saying (that) ...": the outlet relays
_QUOTED_PASSIVE = re.compile(
    r"(?:^|,\s+)(?P<spk>[^,\"“”]{2,80}?)\s+(?:was|were)\s+(?:quoted|cited)(?:\s+by\s+(?P<relay>[^,\"“”]{2,60}?))?"
    r"\s+as\s+saying(?:\s+that)?[,:]?\s*")
_SAID_INVERTED = re.compile(
    rf"(?P<sep>,\s*[\"”’']?|[\"”’])\s*(?P<verb>(?:{REPORT_VERBS})(?:\s+(?:reporters|journalists|AFP|Reuters|AP|him|her|them))?)\s+"
    r"(?P<spk>[^\"“”]{2,160}?)\s*[.!?]?\s*$"
)
# what may follow a trailing "X said": time, place, manner, recipient — short, then the end
_TRAIL_TAIL = re.compile(
    r"^(?:\s+(?:(?:on|late|early|last|this|in|at|during|after|to|from|via|by|through|following|shortly|of|about|"
    r"earlier|later|yesterday|today|tonight|reporters|journalists|lawmakers|legislators|delegates|supporters|"
    r"parliament|investigators|a|an|the|his|her|their|its|told|state|national|local|television|radio|tv|"
    r"[A-Z][\w.-]*|[a-z]+day|[a-z]+ly|\d+\S*)[^,;\"“”]*?))?\s*[.!?]?[\"”]?\s*$"
)
_REMARKS_TAIL = re.compile(
    r"^\s+(?:in|during|on)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[a-z-]+\s+){0,2}(?:remarks|comments|statement|"
    r"interview|speech|address|briefing|post|message|video|letter|broadcast)\b[^;\"“”]{0,80}[.!?]?[\"”]?\s*$"
)
_DESCRIBED_AS = re.compile(
    r"^(?P<spk>[A-Z][^,;\"“”]{0,80}?)\s+(?:also\s+|publicly\s+)?(?:described|describes|characteri[sz]ed|branded|labell?ed)\s+"
    r"(?P<obj>[^,;\"“”]{1,80}?)\s+as\s+(?=\S)")
_MORE_AFTER = re.compile(r",|;|\b(?:and|but|while|after|before|because)\b")  # (another clause or frame)
_THOUGH = re.compile(r",?\s+(?:though|although)\s")  # ("..., he said, though he gave no details": the article's)
#: What may follow a dateline's place after a comma: a region ("India") or the day ("March 3",
#: "Jan. 5, 2014"), up to two of them ("NAIROBI, Kenya, March 3").
_DATELINE_MORE = (rf"(?:,\s+(?:{MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
                  r"|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})){0,2}")
#: "KABUL (Reuters) - ", "NEW DELHI, India (AFP) -- ", "NAIROBI, March 3 (Reuters) - ", "BAGHDAD — ",
#: "KIDAL, Nov 12 - ",
#: any outlet in the brackets after a place in capitals ("KYIV, May 10 (Kyiv Herald) - ")
#: (not "US - China talks")
_DATELINE_LEAD = re.compile(
    rf"^(?:[A-Z][A-Z.'’ -]{{1,40}}{_DATELINE_MORE}\s*\((?:Reuters|AFP|AP|UPI|dpa|Xinhua|"
    rf"ANI|PTI|IANS|Bloomberg|CNN|BBC|[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){{0,3}})\)\s*[-–—]+"
    rf"|[A-Z][A-Z.'’ ]{{3,40}}{_DATELINE_MORE}"
    r"\s*(?:—|--)"
    # "KIDAL, Nov 12 - ": one hyphen only after a day, so "US - China talks" stays a sentence
    rf"|[A-Z][A-Z.'’ ]{{3,40}},\s+{MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?\s+[-–])\s+(?=[A-Z\"“])")
_WHO_THAT = re.compile(r"\s+(?:who|that)\s+")
_AGE_AFTER = re.compile(r",\s+\d{1,3}$")
_WHILE_LEAD = re.compile(r"(?:while|whereas|as|though|although)\s+")
_CONTINUATION = re.compile(r"^,?\s+(?=(?:while|as|adding|and\s+added|and|but|though|although|whereas)\b)")
#: '"...," Karimi said, "and 20 are missing."': the quotation goes on after the frame
_QUOTE_GOES_ON = re.compile(r"^,\s*[\"“](?=[^\"“”]{8,}[\"”]?\s*$)")
_THAT_AFTER = re.compile(r"^(?P<obj>[^\"“”.;]{0,120}?)\s*\bthat\b[,:]?\s+")
_QUOTE_AFTER = re.compile(r"^(?P<obj>[^\"“”.;]{0,80}?)[,:]?\s*(?=[\"“])")


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " ,;:":
        a += 1
    while b > a and text[b - 1] in " ,;:":
        b -= 1
    return a, b


def _finish(frame: Frame, text: str) -> Frame:
    frame.content = [_trim(text, a, b) for a, b in frame.content if b > a]
    frame.content = [(a, b) for a, b in frame.content if b - a >= 3]
    if frame.speaker and frame.content:
        # "He said he believed that two clans were responsible": the speaker's belief, a hedged claim
        a, b = frame.content[0]
        belief = _OWN_BELIEF.match(text, a, b)
        if belief is not None and starts_clause(text[belief.end():b]) == "clause":
            frame.content[0] = (belief.end(), b)
            frame.hedged = True
    if frame.speaker:
        spk = tidy_speaker(frame.speaker)
        frame.speaker = spk
        frame.anonymous = frame.anonymous or is_anonymous(spk)
        if frame.relayed_by is None:
            # "officials told Reuters": the outlet relays what the speaker said
            m = TOLD_OUTLET.search(text)
            if m and m.group("outlet") not in spk:
                frame.relayed_by = m.group("outlet")
    return frame


#: Longer texts are no claims: matching does not look for their reporting frame (the rules are costly).
MAX_FRAMED = 600


def find_frame(text: str) -> Frame:
    """The attribution frame of one sentence (offsets relative to `text`)."""
    head = text[:60]
    d = _DATELINE_LEAD.match(text) if text[:2].isupper() and ("(" in head or "-" in head or "—" in head or "–" in head) else None
    if d is not None:
        # "KABUL (Reuters) - Rival accounts emerged ...": the dateline is no part of any claim
        frame, k = find_frame(text[d.end():]), d.end()
        frame.content = [(a + k, b + k) for a, b in frame.content]
        frame.asserted = [(a + k, b + k, subj) for a, b, subj in frame.asserted]
        frame.shared_subject = (frame.shared_subject[0] + k, frame.shared_subject[1] + k) \
            if frame.shared_subject else None
        return frame
    n = len(text)
    m = _SUBJECTLESS.match(text) if text[:1].isupper() else None
    if m and starts_clause(text[m.end():]) == "clause":
        # "Says it will ship in May." (a headline-style line): the speaker is the person before,
        # resolved across sentences (discourse.carry_speakers); unresolved, the line stays whole
        return Frame(speaker=SUBJECTLESS_SPEAKER, content=[(m.end(), n)])
    m = _QUOTED_PASSIVE.search(text) if " as saying" in text else None
    if m and looks_like_np(m.group("spk"), allow_commas=0, beside_verb=True):
        frame = Frame(speaker=m.group("spk").strip(), relayed_by=m.group("relay"))
        frame.content = [(m.end(), n)] if m.start() == 0 else [(0, m.start())]
        return _finish(frame, text)

    # 1. relay: "AFP quoted a police colonel ... as saying"
    m = _RELAY_RE.search(text) if " quoted " in text else None
    if m:
        relay = m.group("relay").strip()
        relay = _LEADING_ADVERBIAL.sub("", relay)
        relay_words = relay.split()
        relay = " ".join(relay_words[-4:]) if len(relay_words) > 4 else relay
        frame = Frame(speaker=m.group("spk").strip(), relayed_by=relay)
        before = text[:m.start()]
        after_start = m.end()
        if text[after_start:].strip(" .\"”"):
            frame.content = [(after_start, n)]
            if before.strip(" ,"):
                frame.content.insert(0, (0, m.start()))
        else:
            frame.content = [(0, m.start())]
        return _finish(frame, text)

    # 2. "media reports emerged that ...", "it was announced that ..."
    low = text.lower()
    m = _REPORTS_EMERGED.search(text) if "report" in low else None
    if m and m.start() < n * 0.6:
        frame = Frame(speaker=m.group("spk"), anonymous=True, hedged=True, content=[(m.end(), n)])
        return _finish(frame, text)
    m = _IMPERSONAL.search(text) if "it " in low else None
    if m and m.start() < n * 0.6:
        verb = m.group("verb").lower()
        frame = Frame(hedged=verb in ("reported", "claimed", "alleged", "believed", "understood", "said"),
                      content=[(m.end(), n)])
        return _finish(frame, text)

    # 3. "According to X, ..." / "..., according to X."
    m = None
    if "ccording to" in text:  # ("But according to Sznewajs, two threats came ...")
        m = _ACCORDING_LEAD.match(text)
        bare = _according_bare(text) if m is None or not looks_like_np(m.group("spk"), allow_commas=0) else None
        if bare is not None:
            return _finish(Frame(speaker=text[bare[0]:bare[1]], content=[(bare[1] + 1, n)]), text)
        if m:
            return _finish(Frame(speaker=m.group("spk").strip(), content=[(m.end(), n)]), text)
        mid = _ACCORDING_MID.search(text)
        if mid is not None and mid.start() > 0 and starts_clause(text[mid.end():]) == "vp" \
                and not has_verb(text[:mid.start()]):
            # "Nine people, according to Karimi, had died": the subject before, the verb phrase after
            return _finish(Frame(speaker=mid.group("spk").strip(), content=[(mid.end(), n)],
                                 shared_subject=(0, mid.start())), text)
        m = _ACCORDING_TRAIL.search(text)
    if m and m.start() > 10:
        return _finish(Frame(speaker=m.group("spk").strip(), content=[(0, m.start())]), text)

    # "Papandreou condemned the killings, saying: ..." -> the subject says what follows
    m = _SAYING.search(text) if "ing" in text else None
    if m:
        subject = find_subject(text[:m.start()])
        quoted = text[:m.start()].lstrip()[:1] in "\"“'‘"
        if quoted or _SAID_BEFORE.search(text, 0, m.start()):
            # '"The warship ... challenged them," the officer said, adding ...' / 'The bank was closed, the
            # official said, adding ...': the first clause's subject is no speaker; the one who said the
            # first part also said what he added
            prior = find_frame(text[:m.start()])
            if prior.speaker:
                prior.content = [*prior.content, (m.end(), n)]
                return _finish(prior, text)
            if quoted:
                subject = None
        if subject:
            words = subject.split()
            while len(words) > 1 and is_adverb(words[-1]):
                words.pop()  # "European Union officials desperately tried ..., insisting": no adverb in a speaker
            subject = " ".join(words)
            frame = Frame(speaker=subject, content=[(m.end(), n)], asserted=[(0, m.start(), None)],
                          hedged=m.group("verb") == "claiming")
            return _finish(frame, text)

    # "He described those responsible as 'very dangerous'": the subject's characterisation, said by the subject
    m = _DESCRIBED_AS.match(text) if " as " in text else None
    if m and looks_like_np(m.group("spk"), allow_commas=0) \
            and not _MORE_AFTER.search(re.sub(r"[\"“][^\"“”]*[\"”]", "", text[m.end():])):
        return _finish(Frame(speaker=m.group("spk").strip(), content=[(0, n)]), text)

    # 4. trailing "..., X said (on Monday)." / '"...," Kerry told journalists in Baghdad.'
    verbs = list(_VERB_RE.finditer(text))
    if not verbs:
        return Frame(content=[(0, n)])
    trailing = _trailing(text, verbs)
    if trailing is not None:
        return _finish(trailing, text)

    # 5. inverted: '"...," said Kerry.'
    m = _SAID_INVERTED.search(text)
    if m and not (any(q in m.group("sep") for q in "\"”’'")
                  or m.group("verb").split()[0] in ("said", "says", "added", "adds", "wrote", "told")):
        m = None  # ", reported a loss of $3.2 million": a verb with an object, not an inverted frame
    if m and m.start() > 10:
        spk = m.group("spk").strip()
        rel = WHO.search(spk)
        spk_np = spk[:rel.start()] if rel else spk
        that = _THAT_IS.search(spk_np)
        if that:  # "..., a Southwide Inc. subsidiary that is one of the largest ...": keep the noun phrase
            spk = spk_np = spk_np[:that.start()].rstrip(" ,")
        if looks_like_np(_AGE_AFTER.sub("", spk_np), allow_commas=3, beside_verb=True):  # ("farmer Ali Reza, 45")
            frame = Frame(speaker=spk, content=[(0, m.start() + 1)])
            if rel:
                frame.asserted.append((m.start("spk") + rel.end(), m.start("spk") + len(spk), spk_np.split(",")[0]))
            return _finish(frame, text)

    # 6. leading "X said (that) ..."
    leading = _leading(text, verbs)
    if leading is not None:
        return _finish(leading, text)
    return Frame(content=[(0, n)])


def _according_bare(text: str) -> tuple[int, int] | None:
    """'According to the Red Crescent 300 families had lost ...': the source ends where a clause starts
    (a number, determiner or pronoun, then a verb); (start, end) of the source."""
    m = _ACCORDING_BARE.match(text)
    if m is None:
        return None
    words = list(re.finditer(r"\S+", text[m.end():m.end() + 200]))
    for k, w in enumerate(words[1:10], 1):
        prev, first = words[k - 1].group(0), w.group(0)
        if prev.endswith(","):
            return None  # the comma form is _ACCORDING_LEAD's
        if (first[:1].isdigit() or first.lower() in _CLAUSE_OPENERS) and prev.lower() not in _CLAUSE_OPENERS \
                and (starts_clause(text[m.end() + w.start():]) == "clause"
                     or any(is_finite_verb(x.group(0)) for x in words[k + 1:k + 4])) \
                and looks_like_np(text[m.end():m.end() + words[k - 1].end()], allow_commas=0):
            return m.end(), m.end() + words[k - 1].end()
    return None


def _trailing(text: str, verbs: list[re.Match[str]]) -> Frame | None:
    for vm in reversed(verbs):
        tail = text[vm.end():]
        cont = None
        act = None
        if _MANNER_TAIL.match(tail) or _REMARKS_TAIL.match(tail):
            pass  # '"...," the official said, visibly upset.' / "..., he said in remarks carried by state TV."
        elif not _TRAIL_TAIL.match(tail) or any(is_finite_verb(w) for w in tail.split()):
            cm = _CONTINUATION.match(tail) or _QUOTE_GOES_ON.match(tail)
            am = _ACT_AFTER.match(tail) if cm is None else None
            if am is not None and is_participle(am.group("ger")) and _TRAIL_TAIL.match(am.group("tail")) \
                    and not any(is_finite_verb(w) for w in am.group("tail").split()):
                # "..., officials said Saturday, offering a reward ...": what the speaker did, in the
                # article's voice, with the speaker as subject
                act = vm.end() + am.start("ger")
            elif not cm:
                continue
            else:
                cont = vm.end() + cm.end()
                lead = _WHILE_LEAD.match(text, cont)
                if lead and starts_clause(text[lead.end():]) == "clause":
                    cont = lead.end()  # "..., Karimi said, while 20 others were missing": no "While 20 ..."
        pre = text[:vm.start()]
        # separator: a comma (optionally with closing quote) before the speaker
        seps = list(_SEP.finditer(pre))
        quoted = [m for m in seps if any(q in m.group(0) for q in QUOTES)]
        order = [quoted[-1]] if quoted else []
        order += [m for m in reversed(seps[-3:]) if m not in order]
        for sep in order:
            cand = pre[sep.end():]
            rel = WHO.search(cand)
            if rel is not None:  # "..., Karimi, who is also deputy governor, told reporters": the article's fact
                cand, rel_span = cand[:rel.start()], (sep.end() + rel.end(), len(pre.rstrip(" ,")))
            speaker, hedged = clean_speaker(cand)
            if not speaker or not looks_like_np(speaker, allow_commas=2, beside_verb=True) \
                    or (_ANAPHORIC.match(speaker) and not _ANAPHORIC.fullmatch(speaker)):
                continue  # ("..., a claim the UN denied": not a speaker; "..., the statement added" is one)
            # "..., Captain Manohar Nambiar, Chief Public Relations Officer, Defence, said"
            k = seps.index(sep)
            while k > 0 and not any(q in sep.group(0) for q in QUOTES) and _role_like(speaker):
                prev = seps[k - 1]
                segment = pre[prev.end():sep.start()]
                if role_before_name(segment, speaker):
                    pass  # "..., the provincial spokesman, Karimi, said": no role left in the claim
                elif not (_NAME.search(segment) or _SURNAME_ONLY.fullmatch(segment.strip())) \
                        or len(segment.split()) > 6 or not looks_like_np(segment, allow_commas=0):
                    break
                sep, k = prev, k - 1
                speaker = f"{segment.strip()}, {speaker}"
            if not any(q in sep.group(0) for q in QUOTES) and not has_verb(pre[:sep.start()]):
                break  # "Oregon State Police, the FBI and local police responded to the call": a list
            content_end = sep.start() + (1 if pre[sep.start()] in QUOTES else 0)
            if sep.group(0).startswith(",") and len(sep.group(0).strip()) > 1:
                content_end = sep.start()  # ',"' -> keep the text inside the quotes
            if content_end < 8:
                break
            frame = Frame(speaker=speaker, hedged=hedged or vm.group(0) in _HEDGING_VERBS,
                          content=[(0, content_end)])
            mid = _MID_FRAME.search(text, 0, content_end) if cont is None and act is None else None
            if mid is not None and looks_like_np(mid.group("spk"), allow_commas=0, beside_verb=True):
                # "X, Karimi said, and Y, he added": both Karimi's; "X, the mayor said, but Y, police said":
                # Y is the police's, X the mayor's (a frame has one speaker: X in the article's voice)
                if speaker.lower() in ("he", "she", "they", mid.group("spk").lower()):
                    frame.speaker = mid.group("spk")
                    frame.content = [(0, mid.start()), (mid.end(), content_end)]
                else:
                    frame.content = [(mid.end(), content_end)]
                    frame.asserted.append((0, mid.start(), None))
            rest = _CONJ_START.sub("", text[cont:]) if cont is not None else ""
            rest = rest[:1].upper() + rest[1:]
            if cont is not None and (_leading(rest, list(_VERB_RE.finditer(rest))) is not None
                                     or _THOUGH.match(text, vm.end())):
                # "..., the ministry said, but rebel commanders insisted they ...": another speaker's frame;
                # no speaker is better than the wrong one
                frame.asserted.append((cont, len(text), None))
            elif cont is not None and (later := _SAID_BEFORE.search(text, cont)) is not None:
                frame.asserted.append((cont, later.start(), None))  # "..., but Y, inspectors said": not his
            elif cont is not None:
                frame.content.append((cont, len(text)))
            if rel is not None:
                frame.asserted.append((*rel_span, speaker))
            source = _QUOTING.match(text, act) if act is not None else None
            if source is not None and looks_like_np(source.group("src"), allow_commas=1):
                # "..., AFP reported, quoting a police colonel": the colonel speaks, AFP relays
                frame.relayed_by, frame.speaker = speaker, source.group("src").strip()
            elif act is not None:
                frame.asserted.append((act, len(text), speaker))
            return frame
    return None


_MID_FRAME = re.compile(rf",\s+(?P<spk>[^,\"“”]{{1,60}}?)\s+(?:{REPORT_VERBS})\s*,\s+(?:and|but)\s+")
_QUOTING = re.compile(r"(?:quoting|citing)\s+(?P<src>[^\"“”;]{2,120}?)(?:\s+as\s+saying)?\s*[.!?]?\s*$")
_SAID_BEFORE = re.compile(rf",\s+[^,]{{1,60}}?\b(?:{REPORT_VERBS})\b[^,]{{0,40}}$")
#: '..., the official said, visibly upset.': how the speaker was, at the very end
_MANNER_TAIL = re.compile(r"^,\s+[a-z]{3,}ly\s+[a-z]+\s*[.!?]?[\"”]?\s*$")
#: ", officials said Saturday, offering ...": a short tail, then a participle that is the speaker's act
_ACT_AFTER = re.compile(r"^(?P<tail>[^,;\"“”]{0,40}?)\s*,\s+(?P<ger>[a-z]+ing)\s+(?=\S)")


_THAT_IS = re.compile(r"\s+(?:that|which)\s+")
_CONCESSIVE_LEAD = re.compile(r"^(?:Although|Though|Whereas|Even though)\s+(?=[^,]+,)")
_SAYING = re.compile(
    r",\s+(?P<verb>saying|adding|noting|warning|claiming|insisting|stressing|explaining)(?:\s+that)?[,:]?\s+"
    r"(?=[\"“A-Za-z0-9])"
)
_ANAPHORIC = re.compile(
    r"(?i)(?:a|an|the|this|that)\s+(?:claim|statement|allegation|charge|accusation|assertion|version|account|"
    r"report|view|position|suggestion|figure|number|estimate)\b"
)
_SEP = re.compile(r",[\"”’]?\s+[\"“”]?|[\"”]\s+")
_NAME = re.compile(r"\b[A-Z][\w.'-]+\s+(?:[A-Z]\.\s+)?[A-Z][\w'-]+")
_SURNAME_ONLY = re.compile(r"[A-Z][a-z'’-]{2,}")


def _role_like(speaker: str) -> bool:
    """'Chief Public Relations Officer, Defence' / 'a spokesman': what may follow a name."""
    first = speaker.split()[0]
    return first[:1].isupper() or first.lower() in ("a", "an", "the")


def _leading(text: str, verbs: list[re.Match[str]]) -> Frame | None:
    for vm in verbs:
        pre = text[:vm.start()]
        lead = _LEADING_ADVERBIAL.match(pre)
        offset = lead.end() if lead else 0
        speaker, hedged = clean_speaker(pre[offset:])
        if not speaker:
            return None
        quoting = _QUOTING_SPEAKER.match(speaker) if "quoting" in speaker or "citing" in speaker else None
        src = quoting.group("src") if quoting is not None else ""
        src_rel = _WHO_THAT.search(src)  # "quoting a police colonel who declined to be named"
        src = src[:src_rel.start()] if src_rel else src
        if quoting is not None and looks_like_np(src, allow_commas=0):
            # "AFP, quoting a police colonel, reported that ...": the colonel speaks, AFP relays
            inner = _leading(text[:offset] + "X " + text[vm.start():], [m2 for m2 in _VERB_RE.finditer(
                text[:offset] + "X " + text[vm.start():])])
            if inner is not None:
                shift = vm.start() - (offset + 2)
                inner.content = [(a0 + shift, b0 + shift) for a0, b0 in inner.content]
                inner.speaker, inner.relayed_by = src.strip(), quoting.group("relay").strip()
                if src_rel is not None:
                    at = text.find(quoting.group("src"), offset) + src_rel.end()
                    inner.asserted.append((at, at + len(quoting.group("src")) - src_rel.end(), src.strip()))
                return inner
        shared = _SHARED_SUBJECT_VP.match(speaker) if speaker.endswith(_CONJ_ENDS) else None
        if shared is not None:
            # "Welbeck wants to be a striker, but says ...", "The mayor opened the bridge and said ...": the
            # first verb phrase's subject speaks; the first clause is the article's own fact
            first = shared.group("first")
            subj = clean_speaker(find_subject(first) or "")[0]  # ("He also defended ... and said")
            base = offset + len(pre[offset:]) - len(pre[offset:].lstrip())
            if subj and first.startswith(subj) and has_verb(first[len(subj):]) and looks_like_np(subj, allow_commas=0) \
                    and not _PASSIVE.search(first) \
                    and vm.group(0) in _SAY_TELL | {"added", "adds", "warned", "warns", "insisted", "insists"}:
                frame = _leading(text[:base] + subj + " " + text[vm.start():], list(_VERB_RE.finditer(
                    text[:base] + subj + " " + text[vm.start():])))
                if frame is not None and frame.speaker == subj:
                    shift = vm.start() - (base + len(subj) + 1)
                    frame.content = [(a0 + shift, b0 + shift) for a0, b0 in frame.content]
                    frame.asserted = [(base, base + len(first), None)]
                    return frame
            return None
        rel = WHO.search(speaker)
        speaker_np = speaker[:rel.start()] if rel else speaker
        if not looks_like_np(speaker_np, allow_commas=3):
            # the first reporting verb decides: a sentence like "The army said ..." is leading,
            # "The fighting, which officials said ..." is not
            if vm.start() > 200:
                return None
            continue
        after = text[vm.end():]
        embedded = _embedded(text, pre, offset, vm) if "," in speaker and not rel else None
        if embedded is not None:
            return embedded
        if _WITH_TO.match(after) and vm.group(0) not in _SAY_TELL:
            return None  # "Police responded with tear gas", "continued to fight": an act, not speech
        frame = Frame(speaker=speaker, hedged=hedged or vm.group(0) in _HEDGING_VERBS)
        concessive = _CONCESSIVE_LEAD.match(text) if lead else None
        tm = _THAT_AFTER.match(after)
        qm = _QUOTE_AFTER.match(after)
        if tm and len(tm.group("obj").split()) <= 12 and not any(is_verb_like(w) for w in tm.group("obj").split()):
            nxt = text[vm.end() + tm.end():].split(maxsplit=1)
            if nxt and nxt[0] in _AUX_THAT and not tm.group("obj").strip():
                # "He said that was wrong": "that" is the subject, not a conjunction
                frame.content = [(text.index("that", vm.end()), len(text))]
            else:
                frame.content = [(vm.end() + tm.end(), len(text))]
        elif qm and len(qm.group("obj").split()) <= 8 and not any(is_verb_like(w) for w in qm.group("obj").split()):
            # ('said it had sunk a pirate "mother vessel"': a quotation inside the content, not after the frame)
            frame.content = [(vm.end() + qm.end(), len(text))]
        elif _ONLY_PUNCT.match(after):
            return None
        else:
            m2 = _WEEKDAY_TAIL.match(after)
            start = vm.end() + (m2.end() if m2 else 0)
            if vm.group(0).startswith(("told", "tells", "warned", "assured", "informed")):
                outlet = OUTLET_START.match(text, vm.end())
                if outlet is None or starts_clause(text[outlet.end():]) != "clause":
                    return None  # "told X to ...": an order, not reported content
                start = outlet.end()  # "told state media the talks failed"
                start += 5 if text.startswith("that ", start) else 0  # ("told the Associated Press that ...")
            if vm.group(0) in TRANSITIVE_TOO and starts_clause(text[start:]) != "clause":
                return None  # "claimed responsibility for the attack": an object, not reported speech
            frame.content = [(start, len(text))]
        if concessive:  # "Although no agreements are expected, X said ...": that clause is a fact too
            frame.content.insert(0, (concessive.end(), concessive.end() + pre[concessive.end():].find(",")))
        if rel:
            base = offset + len(pre[offset:]) - len(pre[offset:].lstrip())
            frame.asserted.append((base + rel.end(), base + len(speaker), speaker_np.split(",")[0].strip()))
        return frame
    return None


def _embedded(text: str, pre: str, offset: int, vm: re.Match[str]) -> Frame | None:
    """'The storm, the weather service said, would weaken by Tuesday': the frame sits between the
    subject and its verb phrase."""
    emb = _EMBEDDED_TAIL.match(text, vm.end())
    comma = pre.rfind(",", offset)
    if emb is None or comma <= offset or starts_clause(text[emb.end():]) != "vp":
        return None
    head = pre[offset:comma]
    speaker, hedged = clean_speaker(pre[comma + 1:])
    if not speaker or not looks_like_np(speaker, allow_commas=0) or any(is_finite_verb(w) for w in head.lower().split()):
        return None
    return Frame(speaker=speaker, hedged=hedged or vm.group(0) in _HEDGING_VERBS, content=[(emb.end(), len(text))],
                 shared_subject=(offset, comma))


_EMBEDDED_TAIL = re.compile(r"(?:\s+(?:on\s+)?[A-Z][a-z]+day)?,\s+(?=[a-z])")
#: "had been contacted by an individual and told that ...": the second verb is passive too, no speaker
_PASSIVE = re.compile(r"\b(?:been|was|were|is|are|be)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|ld|wn)\b")
_QUOTING_SPEAKER = re.compile(r"^(?P<relay>[A-Z][^,]{1,60}),\s+(?:quoting|citing)\s+(?P<src>[^,]{2,100}?),?$")
_AUX_THAT = frozenset(["was", "is", "were", "are", "will", "would", "has", "had", "could", "should", "might", "may"])
#: a reporting line without its subject: "Says it will ship in May", "Also claimed the vote was rigged"
_SUBJECTLESS = re.compile(r"(?:Also\s+)?(?:Says|Said|Adds|Added|Claims|Claimed|Admits|Admitted|Insists|Insisted|"
                          r"Reveals|Revealed|Warns|Warned|Believes|Believed|Thinks|Thought)\s+(?:that\s+)?(?=\S)")
SUBJECTLESS_SPEAKER = "(the person before)"
_OWN_BELIEF = re.compile(r"(?:he|she|they|we|I)\s+(?:believed|believes|thought|thinks|felt|feels|suspected|suspects)"
                         r"\s+(?!like\b|as\s+(?:if|though)\b)(?:that\s+)?", re.IGNORECASE)  # ("felt like": no belief)
_CONJ_START = re.compile(r"^\s*(?:and|but|while|as|whereas)\s+")
_CONJ_ENDS = (" and", " but", ",and", ",but", " also", " then", " later")
_SHARED_SUBJECT_VP = re.compile(r"^(?P<first>.+?)(?:,\s*|\s+)(?:and|but)(?:\s+(?:also|then|later))?$")
_WITH_TO = re.compile(r"\s+(?:with|to)\b")
_SAY_TELL = frozenset(["said", "says", "say", "told", "tells"])
_ONLY_PUNCT = re.compile(r"^\s*[,:]?\s*$")
_WEEKDAY_TAIL = re.compile(r"^(?:\s+(?:on|late|early|last)\s+\w+day\b)?[,:]?\s+")
