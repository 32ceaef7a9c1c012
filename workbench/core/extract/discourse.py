"""Attribution and reference across sentences.

- `carry_speakers`: a quotation continues (or anticipates) the speaker of a neighbouring
  sentence; "he said" takes the last named speaker;
- `resolve_pronouns`: a claim's `text` that starts with "He"/"She" (or with a verb, in
  headline style) gets its person, so that it reads on its own; the quote is untouched;
(`speaker_phrase.speaker_role` gives the facts hidden in speaker phrases.)
"""

from __future__ import annotations

import re

from workbench.core.extract.attribution import REPORT_VERBS, SUBJECTLESS_SPEAKER, Frame
from workbench.core.extract.reference import People, described_subject
from workbench.core.extract.sentences import Sentence
from workbench.core.extract.speaker_phrase import ROLE_FIRST
from workbench.core.language.people import role_kin
from workbench.core.language.verbs import (
    CAPITAL,
    PRESENT_VERBS,
    finditer_from,
    is_finite_verb,
    is_verb_like,
    trie_regex,
)
from workbench.core.language.verbs import words as _words
from workbench.core.model import ExtractedClaim
from workbench.core.vocab import ClaimKind

#: the kind of an ordinary claim (an enum member's .value is a slow property, read here per claim)
_CLAIM = ClaimKind.CLAIM.value

_QUOTES = "\"“”"


_PERSON = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Sen|Gen|Lt|Capt|Col|Prof|Rep|Gov)\.\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3}$")
_NOT_PERSON_START = frozenset(["The", "A", "An", "This", "That", "These", "Those", "US", "UN", "EU", "In", "On"])
_NAMED_SUBJECT = re.compile(
    r"^((?:(?:Mr|Mrs|Ms|Dr|Sen|Gen|Lt|Capt|Col|Prof|Rep|Gov)\.\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+([a-z]+)"
)
#: finite verbs that may open a complete sentence (questions, inversions, "Had he known, ...")
_CLAUSE_OPENERS = frozenset(["is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would",
                             "should", "may", "might", "must", "shall", "had", "remain", "remains"])
_ROLE_NAME_SUBJECT = re.compile(
    r"^(?:The|A|An|[A-Z][\w'’-]*'s)\s+[a-z][^,]{2,60},\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),\s+[a-z]+")
_ONE_NAME_SUBJECT = re.compile(r"^([A-Z][a-z'’-]{2,})\s+([a-z]+)")
_NOT_A_PERSON = _words(
    "police officials authorities witnesses reuters afp xinhua it they this that there these those we "
    "government army navy military officers soldiers troops rebels militants protesters residents "
    "investigators prosecutors doctors experts analysts sources reports media parliament congress "
    "washington moscow beijing london paris greece iraq syria israel india china russia europe america "
    "britain france germany iran turkey egypt prices markets stocks shares"
)
_SURNAME = re.compile(r"[A-Z][a-z'’-]+")
#: a first name and a surname inside a claim ("the parents of Michael Brown")
_FULL_NAME = re.compile(r"(?<![\w'’])([A-Z][a-z]+)\s+(?:[A-Z][a-z]+\s+)?([A-Z][a-z'’-]{2,})\b(?!\s+[A-Z])")
_TOLD = re.compile(r"\b(?:told|tells|warned|urged|assured|informed|reminded|asked)\s+(?P<obj>[\w'’-]+(?:\s+[\w'’-]+)?)")


def _told_one(sentence: str, people: People | None) -> bool:
    """Did the speaker tell one other person something (then "he" may be either)? "told him", "told
    Tom Reed", "told a colleague"; not "told reporters", "told detectives", "told Daily Mail Australia"
    (no one person of the article's), "told parliament"."""
    m = _TOLD.search(sentence)
    if m is None:
        return False
    first, *rest = m.group("obj").split()
    low = first.lower()
    if low in ("him", "her", "me"):
        return True
    if first[:1].isupper():
        return people is None or people.find(" ".join([first, *rest]) if rest and rest[0][:1].isupper() else first) \
            is not None
    if low in ("a", "an", "the", "his", "her", "their", "one") and rest:
        noun = rest[0].lower()
        return not noun.endswith("s") or noun.endswith("ss")
    return not low.endswith("s") and low not in ("parliament", "congress", "police", "court")
_PRONOUN_START = re.compile(r"^(He|She)(?P<s>['’]s)?\s+(?=[a-z])")
_LEAD_PRONOUN = re.compile(r"^((?:Now|Then|Later|Still|Yet|So|And|But|Meanwhile|Today|Instead|Eventually|Finally)"
                           r",?\s+)(he|she)(?P<s>['’]s)?\s+(?=[a-z])")
#: "He's been charged" (has), "She's expected" (is)
_HAS_AFTER_S = _words("been got had done made taken given seen won lost")
#: "He noticed she was drunk ..., claiming she resisted": two people; "she" is not the speaker
_HE = re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is)\b")
_SHE = re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers)\b")
#: an unnamed single person: "the official", "a police spokesman", "one witness"
_ONE_PERSON = re.compile(r"^(?:the|a|an|one|another)\s+(?:[\w-]+\s+){0,3}[\w-]*[^s\W]$", re.IGNORECASE)


#: "Pushed to the brink of default, the government agreed ...": a participial opener before its subject
_OPENING_PARTICIPLE = re.compile(r"^[A-Z][a-z]+ed\b[^,;]{0,80},\s+(?:the|a|an|its|his|her|their|[A-Z])")


def resolve_pronouns(claims: list[ExtractedClaim], body: str, people: People | None = None) -> None:
    """A claim whose text starts with "He"/"She" names its person, so that it reads on its own:
    in reported speech the speaker ("Hastings said he did not know" -> "Lieutenant Hastings did not
    know"), unless the speaker told someone something (then "he" may be either); in the article's
    own voice the person last mentioned as a subject or speaker ("He could face a ban" -> "Juan
    Arango could face a ban"). When that person cannot be meant (another gender) or nobody was named as a
    subject, the one compatible person named just before (`reference.People.for_pronoun`); "The forward
    could ..." the person given that role (`People.described`). The quote keeps the pronoun; only `text`
    changes."""
    last: str | None = None
    gender: dict[str, str] = {}  # name -> "He"/"She" once a pronoun was resolved to it
    surnames: set[str] = set()  # last words of full names seen: a later "Musk says" is a person
    scanned = -1  # the sentence whose names are in `surnames`

    def tie(name: str, pronoun: str, c: ExtractedClaim) -> None:
        gender[name] = pronoun
        if people is not None:
            people.learn_gender(name, _GENDER[pronoun], _word_at(c, pronoun))

    def fits(name: str, pronoun: str, c: ExtractedClaim) -> bool:
        """May "he"/"she" be `name`: no pronoun, title or role said otherwise before?"""
        told = gender.get(name)
        if told is None and people is not None:
            known = people.gender(name, c.start)
            told = {"m": "He", "f": "She"}.get(known or "")
        return told in (None, pronoun)

    for c in claims:
        if c.kind != _CLAIM:
            continue
        words = c.text.split()
        if (last and not c.speaker and len(words) > 2
                and (is_finite_verb(words[0].lower()) or _present_s(words))
                and words[0].lower() not in _CLAUSE_OPENERS and not _OPENING_PARTICIPLE.match(c.text)
                and last not in c.text and not (words[0].endswith("ed") and words[1][:1].isupper())
                and not (words[0].lower().endswith("ed") and words[1] in ("with", "by"))):
            # ("Charged with DWI ...": a passive participle, whose subject is not clear)
            # a headline-style sentence without a subject: "Has a huge following in Colombia."
            c.text = f"{last} {words[0].lower()} {' '.join(words[1:])}"
        elif (last and not c.speaker and len(words) > 2 and words[0] in ("Was", "Is", "Were", "Are")
              and not c.text.rstrip().endswith("?") and _PASSIVE_NEXT.match(words[1])):
            # a headline-style passive without a subject: "Was hospitalised for 6 days with burns."
            c.text = f"{last} {words[0].lower()} {' '.join(words[1:])}"
        elif (last and not c.speaker and len(words) > 2 and words[0] == "Also"
              and is_finite_verb(words[1].lower())):
            c.text = f"{last} also {' '.join(words[1:])}"
        it = _IT_THEY_START.match(c.text) if c.speaker else None
        if it and c.speaker and _speaks_for_itself(it.group(1), c.speaker, body[c.sentence_start:c.start]):
            # "The Indian navy says it has arrested 23 pirates" -> "The Indian navy has arrested ..."
            spk = c.speaker.split(",")[0].strip()
            c.text = f"{spk[0].upper()}{spk[1:]} {c.text[it.end():]}"
        lead = _LEAD_PRONOUN.match(c.text) if not c.speaker else None
        if lead is not None:
            # "Now she's in jeopardy of losing her job": the pronoun after an opening adverb, resolved alike
            pronoun = lead.group(2).capitalize()
            name = last if last and fits(last, pronoun, c) else (
                people.for_pronoun(_GENDER[pronoun], _word_at(c, lead.group(2))) if people is not None else None)
            if name:
                c.text = f"{lead.group(1)}{name} {_verb_of_s(lead, c.text)}{c.text[lead.end():]}"
                tie(name, pronoun, c)
        m = _PRONOUN_START.match(c.text)
        if m and last and not fits(last, m.group(1), c) and not c.speaker:
            m = None  # "He noticed ... She was knocked out": not the man named for "he" before
        if m:
            if c.speaker:
                sentence = body[c.sentence_start:c.sentence_end]
                name = person_of(c.speaker)
                if people is not None and not (_PERSON.match(name) or _SURNAME.fullmatch(name)):
                    name = people.named_in(c.speaker) or name  # "EPA regional administrator Judith Enck"
                other = _HE if m.group(1) == "She" else _SHE
                if (not c.speaker_anonymous and (_PERSON.match(name) or _SURNAME.fullmatch(name))
                        and not _told_one(sentence, people) and not other.search(sentence)
                        and name.lower() not in ("he", "she") and fits(name, m.group(1), c)):
                    c.text = f"{name} {_verb_of_s(m, c.text)}{c.text[m.end():]}"
                    tie(name, m.group(1), c)
                elif last and (_many(c.speaker) or _one_body(c.speaker)) and fits(last, m.group(1), c):
                    # "Authorities say he drunkenly took a boat": a group or body is no "he"; the person last named
                    c.text = f"{last} {_verb_of_s(m, c.text)}{c.text[m.end():]}"
                    tie(last, m.group(1), c)
            elif last:
                c.text = f"{last} {_verb_of_s(m, c.text)}{c.text[m.end():]}"
                tie(last, m.group(1), c)
        if people is not None and not c.speaker and (p := _PRONOUN_START.match(c.text)) is not None:
            # "She was rescued" after "Viafore ... with Angelika Graswald. He was thrown ...": not the
            # subject named before (another gender), the one other person who fits
            at = _word_at(c, p.group(1))
            found = people.for_pronoun(_GENDER[p.group(1)], at)
            if found is not None:
                c.text = f"{found} {_verb_of_s(p, c.text)}{c.text[p.end():]}"
                tie(found, p.group(1), c)
        own = _POSSESSIVE_START.match(c.text) if last and not c.speaker else None
        if own and last and fits(last, _POSSESSOR[own.group(1)], c):
            # "His body was found" -> "Brian Gewirtz's body was found", as "he" would be
            c.text = f"{last}'s {c.text[own.end():]}"
            tie(last, _POSSESSOR[own.group(1)], c)
        elif people is not None and not c.speaker and (own := _POSSESSIVE_START.match(c.text)) is not None:
            at = _word_at(c, own.group(1))
            found = people.for_pronoun(_GENDER[_POSSESSOR[own.group(1)]], at)
            if found is not None:
                c.text = f"{found}'s {c.text[own.end():]}"
                tie(found, _POSSESSOR[own.group(1)], c)
        if people is not None and (d := described_subject(c.text)) is not None:
            # "The forward could buy-out ..." -> "Raheem Sterling could buy-out ...": the person given that
            # role before, or the only person the article has named
            found = people.described(d[1], _word_at(c, "The"))
            if found is not None and found not in c.text:
                c.text = f"{found} {c.text[d[0]:]}"
        if last and not c.speaker:
            c.text = _described_person(c.text, last)
        if c.sentence_start != scanned:
            # "the parents of Michael Brown": a later "Brown was unarmed" is that person (once a sentence)
            scanned = c.sentence_start
            surnames.update(m.group(2) for m in finditer_from(_FULL_NAME, CAPITAL, body, c.sentence_start, c.sentence_end)
                            if m.group(1) not in _NOT_PERSON_START and m.group(2).lower() not in _NOT_A_PERSON)
        named = _NAMED_SUBJECT.match(c.text)
        if named is None:
            one = _ONE_NAME_SUBJECT.match(c.text)
            named = one if one is not None and one.group(1) in surnames else None
        subject = named.group(1) if named and is_verb_like(named.group(2)) else None
        if subject is None and (appos := _ROLE_NAME_SUBJECT.match(c.text)) is not None:
            subject = appos.group("name")  # "A professor of economics ..., Yanis Varoufakis, did not go"
        if subject and subject.lower() in _NOT_A_PERSON:
            subject = None
        if subject and " " in subject:
            surnames.add(subject.split()[-1])
        for candidate in (subject, person_of(c.speaker) if c.speaker and not c.speaker_anonymous else None):
            if (candidate and (_PERSON.match(candidate) or _SURNAME.fullmatch(candidate))
                    and candidate.split()[0] not in _NOT_PERSON_START and candidate.lower() not in _NOT_A_PERSON):
                last = candidate
                break
        else:
            if c.speaker and _ONE_PERSON.match(c.speaker):
                # '"...," the official said. He asked not to be identified': a later "he" is more likely
                # this unnamed person than the last named one; no name is better than a wrong one
                last = None


_GENDER = {"He": "m", "She": "f"}
_GENDER_OF = {"he": "m", "she": "f"}


def _word_at(c: ExtractedClaim, word: str) -> int:
    """The body offset of `word` in the claim's quote (its start when the quote does not have it)."""
    k = c.quote.find(word)
    return c.start + k if k >= 0 else c.start


#: "The 28-year-old was due to join ...", "... are monitoring the 22-year-old": a person by age
_AGED_SUBJECT = re.compile(r"^(?:The\s+)?\d+-year-old\s+")
#: a past participle (or 'set', 'due') after a sentence-initial "Was"/"Is": a passive, not a question
_PASSIVE_NEXT = re.compile(r"^(?:[a-z]+ed|set|due|born|known|seen|taken|given|shown|beaten|found|held|hit|left|"
                           r"made|told|sent|caught|kept|sold|brought|thought|understood|expected|now|also|still)$")
_POSSESSIVE_START = re.compile(r"^(His|Her)\s+(?=[a-z])")
_POSSESSOR = {"His": "He", "Her": "She"}
_AGED = re.compile(r"\bthe\s+\d+-year-old\b(?!\s+[a-z])")


def _described_person(text: str, last: str) -> str:
    """A claim about "the 22-year-old" in the article's own voice is about the person last named, as
    "he" would be: named in its text (the quote keeps the words). Role descriptions ("the boxer",
    "the founder") are left alone: measured +0.1 point of RoSE recall, with a wrong name among them."""
    m = _AGED_SUBJECT.match(text)
    if m:  # "The 39-year-old former Killie defender has paid tribute": the verb after up to four words
        words = text[m.end():].split()
        k = next((k for k, w in enumerate(words[:5]) if w.islower() and is_verb_like(w)), None)
        if k is not None:
            return f"{last} {' '.join(words[k:])}"
    return _AGED.sub(last, text) if "-year-old" in text else text


def _verb_of_s(m: re.Match[str], text: str) -> str:
    """What the 's of "He's" stands for, with a space after it; nothing for a bare "He"."""
    if not m.group("s"):
        return ""
    nxt = text[m.end():].split(maxsplit=1)[0].lower() if text[m.end():].strip() else ""
    return "has " if nxt in _HAS_AFTER_S else "is "


def _present_s(words: list[str]) -> bool:
    """'Shows off the designs', 'Says the plan failed': a present verb in -s opening a headline-style line."""
    w = words[0].lower()
    return w in PRESENT_VERBS and w.endswith("s") and len(words) > 1 and words[1][:1].islower()


_IT_THEY_START = re.compile(r"^(It|They)\s+(?=[a-z])")


def _speaks_for_itself(pronoun: str, speaker: str, before: str) -> bool:
    """Is "it"/"they" in the reported content the organisation or group that speaks, named in the
    same sentence just before ("The navy said it had ...", "Police said they found ...")?"""
    if speaker.lower() in _UNRESOLVED or speaker not in before:
        return False
    if pronoun == "It":  # "The Indian navy said it ..."; not "A navy spokesman said it ..."
        return _one_body(speaker)
    return _many(speaker)


def person_of(speaker: str) -> str:
    """The person in a speaker phrase: 'Milat's brother, Boris' -> 'Boris', 'Kerry, the envoy' -> 'Kerry'."""
    rev = ROLE_FIRST.match(speaker)
    if rev is not None:
        return rev.group("name")
    first = speaker.split(",")[0].strip()
    m = _ROLE_WORDS_NAME.match(first)
    return m.group("name") if m else first


#: "a spokesman named Karimi", "river authority official Karimi": lower-case role words before a name
_ROLE_WORDS_NAME = re.compile(
    r"^(?:(?:a|an|the)\s+)?(?:[a-z][\w'’-]*\s+){1,4}(?:(?:named|called)\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})$"
)


def carry_speakers(sentences: list[Sentence], frames: list[Frame | None], people: People | None = None) -> None:
    """Attribution across sentences: quotations continue or anticipate a speaker; he/she resolve.

    - a sentence that is only a quotation, right after a sentence with a speaker, has that speaker;
    - a sentence that opens a quotation it does not close takes the speaker of the sentence (within
      the next three) that closes it with an attribution;
    - a "he"/"she" speaker becomes the last named person speaker before it.
    """
    last_named: str | None = None
    surnames: set[str] = set()  # last words of full names seen: a later "Papandreou expressed" is a person
    full_names: dict[str, bool] = {}  # bare name -> does the article give it in full? (asked when needed)
    article: list[str] = []  # the sentences' text joined, when first needed
    open_quote: Frame | None = None  # the speaker of a quotation still open at the previous sentence
    seen: list[Frame] = []  # frames with a resolved speaker, in reading order
    for i, (sent, frame) in enumerate(zip(sentences, frames, strict=True)):
        if frame is None:
            colon = _COLON_FRAME.match(sent.text)  # (a short frame line may have been taken for a headline)
            open_quote = Frame(speaker=colon.group("spk")) if colon else None
            continue
        quotes = sum(sent.text.count(q) for q in _QUOTES)
        if frame.speaker is None:
            prev = frames[i - 1] if i > 0 else None
            if open_quote is not None:
                _adopt(frame, open_quote)  # '... He added: "We will ... / This is the least we can do.'
            elif prev is not None and prev.speaker and _is_pure_quote(sent.text):
                _adopt(frame, prev)
            elif _opens_quote(sent.text):
                j = _quote_closes_at(sentences, frames, i)
                closing = frames[j] if j is not None else None
                if j is not None and closing is not None and closing.speaker:
                    for k in range(i, j):
                        between = frames[k]
                        if between is not None and between.speaker is None:
                            _adopt(between, closing)
                elif prev is not None and prev.speaker and any(q in sentences[i - 1].text for q in _QUOTES):
                    # '"...," he said. / "This is a country of ...': another paragraph of the same quotation
                    _adopt(frame, prev)
        if open_quote is not None:
            # ('"The need for ... Aden.' opens its own quotation, which runs on)
            closes = (quotes % 2 == 1 and not _opens_quote(sent.text)) or sent.text.rstrip(" .")[-1:] in _QUOTES
            open_quote = None if closes else open_quote
        elif frame.speaker and quotes % 2 == 1 and (_QUOTE_OPENS_AFTER_FRAME.search(sent.text)
                                                     or _last_quote_opens(sent.text)):
            open_quote = frame  # 'Sznewajs said that "one of our people saw ... / We looked at it ..."'
        elif frame.speaker is None and (colon := _COLON_FRAME.match(sent.text)) is not None:
            # 'Mr Gates told the security conference:' and the quotation on the next lines
            open_quote = Frame(speaker=colon.group("spk"))
        if frame.speaker == SUBJECTLESS_SPEAKER:
            if last_named:
                frame.speaker, frame.anonymous = last_named, False
            else:
                frame.speaker, frame.content = None, [(0, len(sent.text))]  # nobody to name: the line as it is
        pronoun = frame.speaker.lower() if frame.speaker and frame.speaker.lower() in ("he", "she") else None
        at = sent.start + max(0, sent.text.rfind(frame.speaker or "")) if people is not None else 0
        if pronoun and last_named and (people is None or people.gender(last_named, at) in (None, _GENDER_OF[pronoun])):
            frame.speaker = last_named
            frame.anonymous = False
            if people is not None:
                people.learn_gender(last_named, _GENDER_OF[pronoun], at)
        elif frame.speaker and (earlier := _described(frame.speaker, seen)) is not None:
            _adopt(frame, earlier, hedged=False)  # "the official", "they", "it": the one introduced before
        elif (people is not None and frame.speaker and (d := _DESCRIPTION.match(frame.speaker)) is not None
              and (name := people.described(d.group("head"), at)) is not None):
            # "'...,' the minister said" about a minister the article named, but not as a speaker before
            frame.speaker, frame.anonymous = name, False
        elif pronoun and people is not None and (name := people.for_pronoun(_GENDER_OF[pronoun], at)) is not None:
            # '... Papandreou vowed ... / "...," he told parliament': the one person named just before who fits
            frame.speaker, frame.anonymous = name, False
            people.learn_gender(name, _GENDER_OF[pronoun], at)
        if frame.speaker and frame.speaker.lower() not in _UNRESOLVED:
            seen.append(frame)
        if frame.speaker and frame.speaker.lower() in ("he", "she"):
            pass
        elif frame.speaker and _named(frame.speaker) and not _many(frame.speaker):
            last_named = person_of(frame.speaker)  # "a spokesman named Karimi", "river authority official Karimi"
            surnames.add(last_named.split()[-1])
        elif frame.speaker and _many(frame.speaker):
            last_named = None  # "Marfin bank officials told Reuters ...": no "he" for a later sentence
        elif frame.speaker and not frame.anonymous and frame.speaker[:1].isupper() and " " in frame.speaker.strip():
            last_named = person_of(frame.speaker)
            surnames.add(last_named.split()[-1])
        elif frame.speaker and not frame.anonymous and frame.speaker[:1].isupper():
            last_named = frame.speaker
        elif frame.speaker is None:
            # "Papandreou expressed shock ... '...,' he told parliament": the person the article just
            # named as a subject
            appos = _ROLE_NAME_SUBJECT.match(sent.text)
            if appos is not None:  # "A rebel spokeswoman, Mira Desh, denied the claim. She said ..."
                last_named = appos.group("name")
                surnames.add(last_named.split()[-1])
                continue
            named = _NAMED_SUBJECT.match(sent.text) or _ONE_NAME_SUBJECT.match(sent.text)
            if named and is_verb_like(named.group(2)):
                name = named.group(1)
                if (name.lower() not in _NOT_A_PERSON and name.split()[0] not in _NOT_PERSON_START
                        and ((" " in name and _PERSON.match(name)) or name in surnames
                             or _named_in_full(name, sentences, article, full_names))):
                    last_named = name
                    surnames.add(name.split()[-1])


def _quote_closes_at(sentences: list[Sentence], frames: list[Frame | None], i: int) -> int | None:
    """The sentence that closes the quotation sentence `i` opens (within five), or None. A quotation running
    over paragraphs reopens each one with a quotation mark, which does not close it."""
    for j in range(i + 1, min(i + 6, len(frames))):
        if frames[j] is None:
            return None
        text = sentences[j].text
        marks = sum(text.count(q) for q in _QUOTES)
        if text.lstrip()[:1] in _QUOTES and sentences[j].paragraph != sentences[j - 1].paragraph:
            marks -= 1
        if marks % 2 == 1:
            return j
    return None


def _named_in_full(name: str, sentences: list[Sentence], article: list[str], cache: dict[str, bool]) -> bool:
    """Does the article give `name` in full ('Prime Minister George Papandreou', a capitalised word
    right before it)? Then a bare 'Papandreou' opening a sentence is that person. (String search:
    a regex over the whole article for every sentence would cost more than the rest of this step.)"""
    if name in cache:
        return cache[name]
    if not article:
        article.append("\n".join(s.text for s in sentences))
    text = article[0]
    found = False
    i = text.find(" " + name)
    while i > 0 and not found:
        after = text[i + 1 + len(name):i + 2 + len(name)]
        j = max(text.rfind(" ", 0, i), text.rfind("\n", 0, i))
        prev = text[j + 1:i]
        found = (not after.isalpha() and len(prev) > 1 and prev[0].isupper() and prev[1:].islower()
                 and prev.isalpha())
        i = text.find(" " + name, i + 1)
    cache[name] = found
    return found


def _many(speaker: str) -> bool:
    """'Marfin bank officials', 'police', 'witnesses': more than one person."""
    words = speaker.split(",")[0].split()
    head = words[-1] if words else ""
    return head.lower() in _NOT_A_PERSON or (head.islower() and head.endswith("s") and not head.endswith(("ss", "us")))


_QUOTE_OPENS_AFTER_FRAME = re.compile(
    rf"\b(?:{trie_regex(REPORT_VERBS.split('|'))}|saying|adding)\b[^\"“”]{{0,40}}[:,]\s*[\"“][^\"“”]*$"
)


def _last_quote_opens(text: str) -> bool:
    """Is the last quotation mark of `text` an opening one ('... a call "from an unknown person ...')?"""
    at = max(text.rfind(q) for q in _QUOTES)
    return at >= 0 and (text[at] == "“" or (text[at] == '"' and (at == 0 or text[at - 1] in " (\n")
                                             and at + 1 < len(text) and text[at + 1].isalnum()))


_COLON_FRAME = re.compile(
    rf"^(?P<spk>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){{0,4}}?)\s+(?:also\s+)?"
    rf"(?:{trie_regex(REPORT_VERBS.split('|'))})\b[^:\"“”]{{0,80}}:\s*$"
)


def _adopt(frame: Frame, source: Frame, *, hedged: bool = True) -> None:
    frame.speaker = source.speaker
    frame.relayed_by = source.relayed_by
    frame.anonymous = source.anonymous
    frame.hedged = frame.hedged or (hedged and source.hedged)


#: speaker words that name nobody on their own and are resolved against earlier speakers
_UNRESOLVED = frozenset(["he", "she", "they", "it", "we", "i"])
_PERSON_ROLES = _words("spokesman spokeswoman spokesperson official officer minister chief director head secretary "
                       "commander colonel captain general doctor witness resident source diplomat aide analyst")
#: organisations and documents: what "it" (and, for bodies of people, "they") may refer to
_ORG_HEADS = re.compile(
    r"(?i:\b(?:ministry|ministries|government|navy|army|military|police|agency|company|firm|corporation|bureau|"
    r"department|office|service|council|committee|commission|court|union|party|organi[sz]ation|authority|"
    r"statement|release|report|group|bank|embassy|hospital|coast\s+guard|guard|club|team|federation|association|"
    r"league|board|institute|university|school|airline|network|charity|foundation|society|trust|museum)\b)|"
    r"\b[A-Z]{2,6}\b"
)
_DESCRIPTION = re.compile(r"^(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z][\w-]*)$")


def _described(speaker: str, seen: list[Frame]) -> Frame | None:
    """The earlier speaker a pronoun or description stands for: "they" the last group or
    organisation, "it" the last organisation or statement, "the official" / "the doctor" / "the
    ministry" the nearest speaker whose phrase has that role (or its kin). None when no earlier
    speaker fits: an unresolved "the official" stays as written."""
    low = speaker.lower()
    if low in ("he", "she"):
        # no named person before: the unnamed one who spoke last ("a navy spokesperson said ... He said")
        for earlier in reversed(seen[-3:]):
            spk = earlier.speaker or ""
            if spk.lower() not in _UNRESOLVED and not _many(spk) and not _one_body(spk) \
                    and (_ONE_PERSON.match(spk) or _phrase_head(spk).lower() in _PERSON_ROLES):
                return earlier
        return None
    if low in ("they", "it"):
        for earlier in reversed(seen):
            spk = earlier.speaker or ""
            if low == "it" and _one_body(spk):
                return earlier
            if low == "they" and (_many(spk) or _ORG_HEADS.search(spk)):
                return earlier
        return None
    m = _DESCRIPTION.match(speaker)
    if m is None:
        return None
    head = m.group("head")
    # the same role word first ("the official" is "river authority official Karimi", not a nearer minister),
    # then its kin
    return _with_role(low, head, (head,), seen) or _with_role(low, head, role_kin(head), seen)


def _with_role(low: str, head: str, kin: tuple[str, ...], seen: list[Frame]) -> Frame | None:
    for earlier in reversed(seen):
        spk = earlier.speaker or ""
        if head in _BODIES:
            # "the police" is the "Oregon State Police", not "Lt. Hastings of the Oregon State Police"
            words = {_phrase_head(spk).lower()}
        else:
            words = set(re.findall(r"[\w.]+", spk.lower())) | set(re.findall(r"\w+", spk.lower()))
        # named ("river authority official Karimi"), or introduced just so ("a police colonel" -> "the colonel")
        if spk.lower() != low and any(k in words for k in kin) and (
                _named(spk) or any(part.split()[:1] in (["a"], ["an"]) for part in spk.lower().split(","))
                or (head in _BODIES and len(spk.split()) > len(low.split()))):
            # ("Nouri's colleague, a police officer" -> "the officer"; "The interior ministry" -> "the ministry")
            return earlier
    return None


#: descriptions of a body, not a person: they stand only for a speaker phrase with that head noun
_BODIES = _words("police authorities military army navy government ministry agency company firm department court "
                 "council bank force forces service office bureau commission committee union party group")


def _one_body(speaker: str) -> bool:
    """An organisation or document, one of it: 'The Indian navy', 'the statement', 'Orkem, France's
    third-largest chemical group'; not 'A navy spokesman' nor 'officials'."""
    heads = [_phrase_head(part) for part in speaker.split(",")]
    return (bool(_ORG_HEADS.fullmatch(heads[0])) or (len(heads) > 1 and bool(_ORG_HEADS.fullmatch(heads[-1])))) \
        and not heads[0].lower().endswith(("ies", "ers", "als", "ors")) and heads[0].lower() != "police"


def _phrase_head(speaker: str) -> str:
    """'Oregon State Police' -> 'Police'; 'Lt. Hastings of the Oregon State Police' -> 'Hastings'."""
    words = re.split(r",|\s+(?:of|from|at|in|for)\s+", speaker)[0].split()
    return words[-1].strip(".") if words else ""


def _named(speaker: str) -> bool:
    """Does the phrase carry a name (a capitalised word that is not its first word, or a first word
    that is a name: 'Karimi', 'The Interior Ministry', 'river authority official Karimi')?"""
    words = speaker.replace(",", " ").split()
    return any(w[:1].isupper() for w in words[1:]) or (len(words) == 1 and words[0][:1].isupper()
                                                      and words[0].lower() not in _UNRESOLVED)


def _opens_quote(text: str) -> bool:
    t = text.strip()
    count = sum(t.count(q) for q in _QUOTES)
    return bool(t) and t[0] in _QUOTES and count % 2 == 1


def _is_pure_quote(text: str) -> bool:
    t = text.strip()
    return len(t) > 2 and t[0] in _QUOTES and t.rstrip(".")[-1] in _QUOTES
