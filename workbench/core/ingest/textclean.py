"""Turning raw article text into clean body text plus the metadata hidden in its first and last lines.

Text copied from a web page carries the page around the article: "Skip to main content",
newsletter sign-ups, photo captions with agency credits, "republishing" notices and the
outlet's description of itself. These rules are general (no site is named in them): a line is
dropped when it reads like page furniture, and what it gives away (outlet, author, date, URL,
title) is kept as metadata.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from urllib.parse import urlparse

MONTHS = {
    m: i + 1
    for i, names in enumerate([
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
        ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
        ("october", "oct"), ("november", "nov"), ("december", "dec"),
    ])
    for m in names
}
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"

#: Whole lines that are navigation or page chrome.
NAV_LINE = re.compile(
    r"^(skip to (main )?content|skip navigation|main menu|menu|home|search|sign in|log ?in|log ?out|register|"
    r"subscribe( now)?|advertisement|advertising|sponsored( content)?|share( this( article| story)?)?|print|email|"
    r"close|toggle navigation|open menu|back to top|listen( to (this|article))?|comments?|"
    r"more( stories)?|related( (articles|stories|coverage|content|topics))?|most (read|popular|viewed)|"
    r"trending( now)?|latest( news)?|top stories|you may also like|recommended( for you)?|read more|"
    r"follow us|tags?:?|topics?:?|\d+ min(ute)? read|loading\.*|cookie settings|accept( all)? cookies)$",
    re.I,
)

#: Phrases that mark a line as page furniture wherever it is.
BOILERPLATE_PHRASES = re.compile(
    r"(newsletter|sign up (for|to)|sign-up|subscribe to|subscription|unsubscribe|republish|"
    r"all rights reserved|terms (of|and) (use|conditions|service)|privacy policy|cookie policy|use of cookies|"
    r"click here|follow us on|share (this|on) (article|story|facebook|twitter)|download (our|the) app|"
    r"fill out this form|learn more about (republishing|our)|support (our|independent) journalism|"
    r"become a (member|subscriber)|stay informed with|get the latest (alerts|news|updates)|"
    r"you have reached your limit|already a subscriber|this article (was|has been) (amended|updated) to|"
    r"read (the )?full (story|article)|continue reading|listen to this article)",
    re.I,
)

#: Markers after which the rest of a copied page is not the article.
TAIL_MARKERS = re.compile(
    r"^(stay informed|sign up|related (stories|articles|coverage|content)|more (from|on|stories)|read more|"
    r"most (read|popular|viewed)|you may also like|recommended|comments|share this|about the author|"
    r"explore more on these topics|topics|tags)\b",
    re.I,
)

#: A caption: a line without a full stop ending in a picture credit like "(AA)" or "(AFP/Getty)".
CAPTION = re.compile(
    r"(\((?:[A-Z]{2,6}|AFP|Reuters|AP|Getty Images|EPA|[A-Z][\w.]*(?:\s?/\s?[A-Z][\w. ]*)+)(?:/[\w. ]+)?\)\s*$)"
    r"|^(photo|image|picture|photograph|credit|file photo)\s*(:|\||-|©)|^courtesy of\b",
    re.I,
)

BYLINE = re.compile(r"^(?i:by|written by|words by|reporting by)\s+(?P<name>[A-Z][\w.'-]+(?:[ -][A-Z][\w.'-]+){0,4}"
                    r"(?:\s+(?:and|&)\s+[A-Z][\w.'-]+(?:\s[A-Z][\w.'-]+){0,3})?)\s*(?:[,|]|$)")
SELF_DESCRIPTION = re.compile(
    r"^(?P<name>(?:The )?[A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*){0,5}) (?:delivers|provides|is an? (?:independent|leading|"
    r"award|news|online|digital)|brings you|offers|publishes|was founded)\b"
)
COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?:-\s*\d{4}\s*)?(?P<name>[A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*){0,5})", re.I)
URL_LINE = re.compile(r"^(?:source:\s*)?(https?://\S+)$", re.I)
#: A labelled header line, as clipping services and databases export articles ("Title: ...",
#: "Byline: ...", "Load-Date: ...", "Length: 543 words"): the label says what the value is.
LABELLED = re.compile(
    r"^(?P<label>title|headline|source|outlet|publication|publisher|newspaper|date|published|publication[ -]date|"
    r"load-date|author|byline|by|url|link|section|length|language|publication-type|journal[ -]code|graphic|"
    r"highlight|document[ -]type|word count|copyright)\s*:\s*(?P<value>(?:(?![.!?]\s+[A-Z]).){1,200})$", re.I)
#: Which metadata a label gives (a label not here is export furniture: the line is dropped).
_LABELS = {
    "title": "title", "headline": "title", "source": "outlet", "outlet": "outlet", "publication": "outlet",
    "publisher": "outlet", "newspaper": "outlet", "date": "published", "published": "published",
    "publication date": "published", "publication-date": "published", "load-date": "published",
    "author": "author", "byline": "author", "by": "author", "url": "url", "link": "url",
}

KNOWN_OUTLETS = {
    "bbc.co.uk": "BBC", "bbc.com": "BBC", "reuters.com": "Reuters", "apnews.com": "AP", "afp.com": "AFP",
    "cnn.com": "CNN", "nytimes.com": "The New York Times", "theguardian.com": "The Guardian",
    "washingtonpost.com": "The Washington Post", "aljazeera.com": "Al Jazeera", "middleeasteye.net": "Middle East Eye",
    "foxnews.com": "Fox News", "nbcnews.com": "NBC News", "cbsnews.com": "CBS News", "latimes.com": "Los Angeles Times",
    "independent.co.uk": "The Independent", "telegraph.co.uk": "The Telegraph", "usatoday.com": "USA Today",
    "npr.org": "NPR", "politico.com": "Politico", "bloomberg.com": "Bloomberg", "ft.com": "Financial Times",
    "wsj.com": "The Wall Street Journal", "japantimes.co.jp": "The Japan Times", "dw.com": "DW",
    "france24.com": "France 24", "euronews.com": "Euronews", "abc.net.au": "ABC News (Australia)",
}


def normalise(text: str) -> str:
    """Unicode NFC, LF line ends, no zero-width or non-breaking oddities, no runs of blank lines."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = re.sub(r"[\u200b\u200c\u200d\u2060\ufeff]", "", text)
    text = text.replace("\u00a0", " ").replace("\t", " ")
    lines = [re.sub(r" {2,}", " ", line).strip() for line in text.split("\n")]
    out = "\n".join(lines)
    out = re.sub(r"\n{3,}", "\n\n", out)
    return out.strip()


def strip_boilerplate(text: str, *, take_title: bool = False, never_empty: bool = False) -> tuple[str, dict[str, str]]:
    """Remove page furniture; return the body and what it revealed (title, outlet, author, published, url).

    A line with a furniture phrase loses only the sentences that carry it ("... fled the city. CLICK
    HERE for all the latest news" keeps its first sentence). `never_empty` (plain text, where nothing
    marks furniture for sure): when nothing would be left, the text is returned as it is, never refused."""
    body, found = _strip(text, take_title)
    if never_empty and len(body.split()) < 3 and len(text.split()) >= 3:
        return text.strip(), found
    return body, found


def _strip(text: str, take_title: bool) -> tuple[str, dict[str, str]]:
    found: dict[str, str] = {}
    lines = text.split("\n")
    keep: list[str] = []
    content_seen = 0
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            keep.append("")
            continue
        header_zone = content_seen < 3
        if _is_tail_start(line, index, lines):
            _harvest(lines[index:], found)
            break
        if header_zone and (m := URL_LINE.match(line)):
            found.setdefault("url", m.group(1))
            continue
        if m := LABELLED.match(line):
            label = " ".join(m.group("label").lower().split())
            if header_zone or (_furniture_label(label) and len(line) < 80):
                _take_label(label, m.group("value").strip(), found)
                continue
        if header_zone and (m := BYLINE.match(line)) and len(line) < 120:
            found.setdefault("author", m.group("name").strip())
            continue
        if header_zone and len(line) < 80 and (d := parse_date(line)) and _mostly_date(line):
            found.setdefault("published", d)
            continue
        if NAV_LINE.match(line.rstrip(":.")):
            continue
        cut = False
        if _is_boilerplate(line, found):
            line = _real_sentences(line)
            if not line:
                continue
            cut = True  # what is left is body text, never a headline
        if CAPTION.search(line) and not line.rstrip().endswith((".", '"', "”")) and len(line) < 300:
            continue
        if take_title and not cut and "title" not in found and content_seen == 0 and _looks_like_title(line):
            found["title"] = line
            continue
        keep.append(line)
        content_seen += 1
    body = "\n".join(keep)
    body = re.sub(r"\n{3,}", "\n\n", body).strip()
    return body, found


def _furniture_label(label: str) -> bool:
    """An export's own line ("Length: 412 words", "Load-Date: ..."), dropped wherever it is
    (`label` lower case, spaces single)."""
    return label not in _LABELS or label == "load-date"


def _take_label(label: str, value: str, found: dict[str, str]) -> None:
    """Keep what a labelled header line gives (the first of each kind): an outlet that is a URL is
    the URL, a date is read as a date, a byline loses its "By"."""
    key = _LABELS.get(label)
    if key is None:
        return
    if key in ("outlet", "url") and URL_LINE.match(value):
        found.setdefault("url", value)
        return
    if key == "url":
        return  # not a web address: nothing to keep
    if key == "published":
        if (day := parse_date(value)) is not None:
            found.setdefault("published", day)
        return
    if key == "author":
        value = re.sub(r"^(?i:by)\s+", "", value)
    found.setdefault(key, value)


def _is_boilerplate(line: str, found: dict[str, str]) -> bool:
    if (m := SELF_DESCRIPTION.match(line)) and BOILERPLATE_PHRASES.search(line + " republish"):
        found.setdefault("outlet", m.group("name"))
        return True
    if (m := COPYRIGHT.search(line)) and len(line) < 200 and re.search(r"©|copyright|all rights", line, re.I):
        found.setdefault("outlet", m.group("name").strip())
        return True
    return bool(BOILERPLATE_PHRASES.search(line)) and len(line) < 400


#: sentence ends inside a line (a full stop, ! or ? and a space before a capital or a quotation mark)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘']?[A-Z0-9])")
#: a furniture phrase that opens the rest of a line ("... arrested. CLICK HERE for all the latest news")
_PHRASE_TAIL = re.compile(r"\s+(?=(?:CLICK HERE|Click here|click here|Scroll down|SCROLL DOWN|Read more|READ MORE|"
                          r"Sign up|SIGN UP|Subscribe|SUBSCRIBE)\b)")


def _real_sentences(line: str) -> str:
    """The sentences of a furniture line that carry no furniture phrase; '' when none is left.
    (Only lines long enough to hold a sentence besides the phrase are cut; a short line is all furniture.)"""
    if len(line.split()) < 12 or SELF_DESCRIPTION.match(line) or COPYRIGHT.search(line):
        return ""
    parts = [p for chunk in _SENTENCE_END.split(line) for p in _PHRASE_TAIL.split(chunk)]
    keep = [p.strip() for p in parts if p.strip() and not BOILERPLATE_PHRASES.search(p)]
    return " ".join(keep) if sum(len(p.split()) for p in keep) >= 5 else ""


def _is_tail_start(line: str, index: int, lines: list[str]) -> bool:
    """A marker in the last part of the text after which only page furniture follows."""
    if index < len(lines) * 0.5 or not TAIL_MARKERS.match(line) or len(line) > 200:
        return False
    rest = [x for x in lines[index + 1:] if x.strip()]
    # The rest is furniture when it is short or made of boilerplate-looking lines.
    furniture = sum(1 for x in rest if BOILERPLATE_PHRASES.search(x) or len(x) < 90 or SELF_DESCRIPTION.match(x))
    return furniture >= len(rest) * 0.6


def _harvest(lines: list[str], found: dict[str, str]) -> None:
    """Metadata the dropped tail gives away (the outlet's self-description, a copyright line)."""
    for line in lines:
        _is_boilerplate(line.strip(), found)


def _looks_like_title(line: str) -> bool:
    """A headline: short, no sentence punctuation at the end, not a quotation.

    A closing quote may end a headline ("... Deaths 'Murder'") unless a full stop comes before it.
    """
    words = line.split()
    stripped = line.rstrip("\"'\u201d\u2019")
    return (
        2 <= len(words) <= 25 and len(line) < 200
        and not stripped.endswith((".", ",", ";", ":"))
        and not line.startswith(('"', "\u201c", "'", "\u2018"))
    )


def _mostly_date(line: str) -> bool:
    rest = re.sub(
        rf"\b({_MONTH}|\d{{1,4}}|mon|tue|wed|thu|fri|sat|sun)\w*\b|[,:/.\-|]|\b(am|pm|gmt|utc|bst|est|edt|cet|"
        r"published|updated|posted|first|last|on|at)\b",
        " ", line, flags=re.I,
    )
    return len(rest.split()) <= 1


def parse_date(text: str) -> str | None:
    """The first calendar date in `text`, as ISO YYYY-MM-DD (None when there is none)."""
    if not text:
        return None
    text = text.strip()
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.search(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\s*,?\s+(\d{{4}})\b", text, re.I)
    if m:
        return _iso(int(m.group(3)), _month_number(m.group(2)), int(m.group(1)))
    m = re.search(rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s+(\d{{4}})\b", text, re.I)
    if m:
        return _iso(int(m.group(3)), _month_number(m.group(1)), int(m.group(2)))
    m = re.search(r"\b(\d{1,2})\s*[/.]\s*(\d{1,2})\s*[/.]\s*(\d{4})\b", text)
    if m:
        first, second, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        day, month = (first, second) if first > 12 or second <= 12 else (second, first)
        return _iso(year, month, day)
    return None


def _month_number(word: str) -> int:
    key = word.lower().rstrip(".")
    return MONTHS.get(key) or MONTHS[key[:3]]


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def outlet_from_url(url: str | None) -> str | None:
    """A readable outlet name from a URL's host ("www.bbc.co.uk" -> "BBC")."""
    if not url:
        return None
    host = (urlparse(url).hostname or "").lower()
    host = re.sub(r"^(www\d?|m|mobile|amp|edition|news|newsinfo|usatoday30)\.", "", host)
    for domain, name in KNOWN_OUTLETS.items():
        if host == domain or host.endswith("." + domain):
            return name
    return host or None


def markdown_to_text(text: str) -> str:
    """Markdown -> plain text: markup dropped, link text kept, embedded HTML removed."""
    text = re.sub(r"(?is)<(script|style|iframe|object)\b.*?</\1\s*>", "", text)
    text = re.sub(r"(?s)<!--.*?-->", "", text)
    text = re.sub(r"<[^>\n]+>", "", text)
    text = re.sub(r"^```.*$", "", text, flags=re.M)
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]+)\]\[[^\]]*\]", r"\1", text)
    text = re.sub(r"^\s*\[[^\]]+\]:\s*\S+.*$", "", text, flags=re.M)
    text = re.sub(r"^#{1,6}\s*(.*?)\s*#*\s*$", r"\1", text, flags=re.M)
    text = re.sub(r"^\s*>\s?", "", text, flags=re.M)
    text = re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", text, flags=re.M)
    text = re.sub(r"^\s*([-*_]\s*){3,}$", "", text, flags=re.M)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])", r"\2", text)
    text = re.sub(r"`([^`]+)`", r"\1", text)
    return text


def html_paragraph_text(html: str) -> str:
    """Fallback extraction: the paragraphs of the page, without scripts, menus, headers and footers."""
    try:
        import lxml.html
        from lxml import etree

        root = lxml.html.fromstring(html)
    except Exception:  # noqa: BLE001 - malformed beyond repair means no text
        return ""
    for bad in root.xpath("//script|//style|//noscript|//nav|//header|//footer|//aside|//form|//iframe|//svg"):
        bad.drop_tree()
    scope = root.xpath("//article") or root.xpath("//main") or [root]
    parts = []
    for element in scope[0].iter("h1", "h2", "h3", "p", "li", "blockquote"):
        if not isinstance(element.tag, str):
            continue
        text = " ".join(etree.tostring(element, method="text", encoding="unicode").split())
        if len(text) > 1:
            parts.append(text)
    return "\n\n".join(parts)
