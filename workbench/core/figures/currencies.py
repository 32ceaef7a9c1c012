"""Money in the currencies news reports: signs, codes and words, with a rough worth in US dollars.

One table (`_TABLE`), read by extraction (`figures.numbers`: "Rp4 trillion", "15 million
Australian dollars", "IDR 4tn", "5m AUD") and by comparison (`figures.rules`, `figures.compare`):
one sum written two ways agrees, two sums in one currency clash, sums in two currencies compare by
magnitude within `rules.CURRENCY_BAND`.

A small table rather than pycountry's ISO 4217 list: the rates are ours anyway, news writes signs
and words ISO does not list ("Rp", "KSh", "A$", "rupiah"), and several ISO codes are English
words or acronyms ("ALL", "TOP", "PEN", "MAD", "TRY", "PHP", "COP") that a page would misread.
Codes are read only for the currencies below, in capitals, before or after a digit's figure.

A word several currencies share ("dollars", "rupees", "pesos", "dinars") is a family. Written
bare it keeps its common reading (dollars USD, rupees INR, pounds GBP, as before) or, where no
currency dominates English news (pesos, dinars, francs, kroner / kronor, ...), the family itself (unit "peso", no
rate: it pairs only with money of its family). A bare sum and one of its family named ("420
rupees" / "450 Sri Lankan rupees") are one currency as written: their amounts compare as such.
"""

from __future__ import annotations

import re

from workbench.core.language.alternation import trie
from workbench.core.text_caches import text_cache

#: code, rough US dollars per unit (mid-2020s; None: a family word, no rate), signs written before
#: the amount (case as written), words written after it (lower case, singular: "s" is added).
_TABLE: tuple[tuple[str, float | None, tuple[str, ...], tuple[str, ...]], ...] = (
    ("USD", 1.0, ("$", "US$", "U.S.$", "USD"), ("dollar", "us dollar", "u.s. dollar", "american dollar")),
    ("AUD", 0.65, ("A$", "AU$", "AUD"), ("australian dollar",)),
    ("CAD", 0.73, ("C$", "CA$", "CAD"), ("canadian dollar",)),
    ("NZD", 0.6, ("NZ$", "NZD"), ("new zealand dollar",)),
    ("HKD", 0.128, ("HK$", "HKD"), ("hong kong dollar",)),
    ("SGD", 0.75, ("S$", "SGD"), ("singapore dollar",)),
    ("TWD", 0.031, ("NT$", "TWD"), ("taiwan dollar", "new taiwan dollar", "taiwanese dollar")),
    ("EUR", 1.1, ("€", "EUR"), ("euro",)),
    ("GBP", 1.3, ("£", "GBP"), ("pound", "british pound", "pound sterling", "pounds sterling")),
    ("EGP", 0.02, ("E£", "EGP"), ("egyptian pound",)),
    ("LBP", 0.000011, ("LBP",), ("lebanese pound",)),
    ("SYP", 0.000077, ("SYP",), ("syrian pound",)),
    ("SDG", 0.0017, ("SDG",), ("sudanese pound",)),
    ("JPY", 0.0070, ("¥", "JPY"), ("yen", "japanese yen")),
    ("CNY", 0.14, ("CNY", "RMB"), ("yuan", "renminbi", "chinese yuan")),
    ("INR", 0.012, ("₹", "INR", "Rs", "Rs."), ("rupee", "indian rupee")),
    ("PKR", 0.0036, ("PKR",), ("pakistani rupee",)),
    ("LKR", 0.0033, ("LKR",), ("sri lankan rupee",)),
    ("NPR", 0.0075, ("NPR",), ("nepali rupee", "nepalese rupee")),
    ("IDR", 0.00006, ("Rp", "IDR"), ("rupiah", "indonesian rupiah")),
    ("BDT", 0.0083, ("৳", "Tk", "BDT"), ("taka", "bangladeshi taka")),
    ("NGN", 0.00065, ("₦", "N", "NGN"), ("naira", "nigerian naira")),
    ("KES", 0.0077, ("KSh", "Ksh", "KES"), ("kenyan shilling",)),
    ("UGX", 0.00027, ("USh", "UGX"), ("ugandan shilling",)),
    ("TZS", 0.0004, ("TSh", "TZS"), ("tanzanian shilling",)),
    ("ZAR", 0.055, ("R", "ZAR"), ("rand", "south african rand")),
    ("CHF", 1.15, ("CHF", "Fr.", "Fr"), ("swiss franc",)),
    ("XOF", 0.0017, ("CFA", "XOF"), ("cfa franc",)),
    ("XAF", 0.0017, ("XAF",), ()),
    ("RWF", 0.0007, ("RWF",), ("rwandan franc",)),
    ("CDF", 0.00035, ("CDF",), ("congolese franc",)),
    ("MXN", 0.052, ("Mex$", "MXN"), ("mexican peso",)),
    ("PHP", 0.017, ("₱",), ("philippine peso",)),
    ("ARS", 0.001, ("ARS",), ("argentine peso", "argentinian peso")),
    ("COP", 0.00025, (), ("colombian peso",)),
    ("CLP", 0.001, ("CLP",), ("chilean peso",)),
    ("BRL", 0.18, ("R$", "BRL"), ("reais", "brazilian real", "brazilian reais")),
    ("TRY", 0.025, ("₺",), ("lira", "turkish lira")),
    ("RUB", 0.012, ("₽", "RUB"), ("rouble", "ruble", "russian rouble", "russian ruble")),
    ("UAH", 0.024, ("₴", "UAH"), ("hryvnia", "ukrainian hryvnia")),
    ("IQD", 0.00076, ("IQD",), ("iraqi dinar",)),
    ("JOD", 1.41, ("JOD",), ("jordanian dinar",)),
    ("KWD", 3.25, ("KWD",), ("kuwaiti dinar",)),
    ("LYD", 0.18, ("LYD",), ("libyan dinar",)),
    ("TND", 0.33, ("TND",), ("tunisian dinar",)),
    ("DZD", 0.0075, ("DZD",), ("algerian dinar",)),
    ("BHD", 2.65, ("BHD",), ("bahraini dinar",)),
    ("AED", 0.27, ("AED",), ("uae dirham", "emirati dirham")),
    ("MAD", 0.1, (), ("moroccan dirham",)),
    ("SAR", 0.27, ("SAR",), ("saudi riyal",)),
    ("QAR", 0.27, ("QAR",), ("qatari riyal",)),
    ("OMR", 2.6, ("OMR",), ("omani rial",)),
    ("YER", 0.004, ("YER",), ("yemeni rial",)),
    ("IRR", 0.000024, ("IRR",), ("iranian rial",)),
    ("KRW", 0.00072, ("₩", "KRW"), ("won", "south korean won", "korean won")),
    ("MYR", 0.22, ("RM", "MYR"), ("ringgit", "malaysian ringgit")),
    ("THB", 0.029, ("฿", "THB"), ("baht", "thai baht")),
    ("ZMW", 0.037, ("ZMW",), ("zambian kwacha",)),
    ("MWK", 0.00058, ("MWK",), ("malawian kwacha",)),
    ("GHS", 0.065, ("GH₵", "GH¢", "GHS"), ("cedi", "ghanaian cedi")),
    ("ETB", 0.008, ("ETB",), ("birr", "ethiopian birr")),
    ("MMK", 0.00048, ("MMK",), ("kyat", "myanmar kyat")),
    ("ILS", 0.27, ("₪", "NIS", "ILS"), ("shekel", "new shekel", "israeli shekel")),
    ("SEK", 0.095, ("SEK",), ("swedish krona", "swedish kronor")),
    ("NOK", 0.095, ("NOK",), ("norwegian krone", "norwegian kroner")),
    ("DKK", 0.15, ("DKK",), ("danish krone", "danish kroner")),
    ("PLN", 0.25, ("PLN",), ("zloty", "polish zloty")),
    ("VND", 0.00004, ("₫", "VND"), ("vietnamese dong",)),
    # families with no common reading: the bare word, no rate
    ("peso", None, (), ("peso",)),
    ("franc", None, (), ("franc",)),
    ("shilling", None, ("Sh",), ("shilling",)),
    ("dinar", None, (), ("dinar",)),
    ("dirham", None, (), ("dirham",)),
    ("riyal", None, (), ("riyal", "rial")),
    ("kwacha", None, ("K",), ("kwacha",)),
    ("krone", None, (), ("krone", "kroner", "krona", "kronor")),
)

#: Families: the word several currencies share -> their units. Its bare word or sign is read as
#: the first unit ("rupees", "Rs" -> INR; "pesos" -> the family unit "peso").
_FAMILIES: dict[str, tuple[str, ...]] = {
    "dollar": ("USD", "AUD", "CAD", "NZD", "HKD", "SGD", "TWD"),
    "pound": ("GBP", "EGP", "LBP", "SYP", "SDG"),
    "rupee": ("INR", "PKR", "LKR", "NPR"),
    "peso": ("peso", "MXN", "PHP", "ARS", "COP", "CLP"),
    "franc": ("franc", "CHF", "XOF", "XAF", "RWF", "CDF"),
    "shilling": ("shilling", "KES", "UGX", "TZS"),
    "dinar": ("dinar", "IQD", "JOD", "KWD", "LYD", "TND", "DZD", "BHD"),
    "dirham": ("dirham", "AED", "MAD"),
    "riyal": ("riyal", "SAR", "QAR", "OMR", "YER", "IRR"),
    "kwacha": ("kwacha", "ZMW", "MWK"),
    "krone": ("krone", "DKK", "NOK", "SEK"),
}
#: The bare signs and words of a family ("$", "Rs", "dollars"): no currency named.
_BARE = frozenset(["$", "Rs", "Rs.", "Sh", *_FAMILIES, *(f + "s" for f in _FAMILIES), "rial", "rials",
                    "kroner", "krona", "kronor"])
#: Signs that are letters or other words unless a figure follows at once ("Sh500 million", "Fr5"),
#: and the one-letter signs (the rand's "R", the kwacha's "K", the naira's "N") only before a scale
#: word or grouped thousands ("R2 billion", "K2,530", "N5 billion"; not the road "R445", "R2-D2",
#: "K9", "N95 masks").
_SUM_ONLY = frozenset(["R", "K", "N"])
_TIGHT = frozenset(["Sh", "Fr", *_SUM_ONLY])
_RAND_AFTER = r"(?=\d[\d.]*(?:,\d{3})+|\d[\d.]*\s?(?:bn|mn|m|tn|k|million|billion|trillion)\b)"
#: Words that are English words unless the amount is large: "won" only after a scale word or three
#: digits ("500 billion won", "10,000 won"; not "of the 12 won").
_LARGE_ONLY = {"won": r"(?:(?<=\d{3}\s)|(?<=llion\s)|(?<=usand\s)|(?<=\dbn\s)|(?<=\dtn\s))"}

#: Codes that are also acronyms news writes after a count ("12 SAR teams", search and rescue;
#: "3,000 PLN workers", Indonesia's power utility): read before an amount only ("SAR 5 billion").
_ACRONYMS = frozenset(["SAR", "PLN", "CAD", "ILS", "CDF"])

USD_PER_UNIT: dict[str, float] = {code: rate for code, rate, _, _ in _TABLE if rate is not None}
#: a sign as written -> its unit
MONEY_BEFORE: dict[str, str] = {sign: code for code, _, signs, _ in _TABLE for sign in signs}
#: a word after the amount (lower case, single spaces) or a code (in capitals) -> its unit
MONEY_AFTER: dict[str, str] = {
    **{code: code for code, _, signs, _ in _TABLE if code in signs},
    **{form: code for code, _, _, words in _TABLE for w in words for form in (w, w if w.endswith("s") else w + "s")},
    "usd": "USD", "eur": "EUR", "gbp": "GBP",  # (in any case, as before)
}
#: every unit that is money
MONEY_UNITS = frozenset(code for code, *_ in _TABLE)
FAMILY_OF: dict[str, str] = {unit: family for family, units in _FAMILIES.items() for unit in units}


def _before_pattern() -> str:
    """The signs as prefix trees (Python tries a flat alternation branch by branch): letters as
    written ("Rp", "AUD"), then a space may follow; the tight ones only a digit; a one-letter sign only a sum."""
    spaced = [sign for sign in MONEY_BEFORE if sign not in _TIGHT]
    tight = [sign for sign in _TIGHT if sign not in _SUM_ONLY]
    return (f"(?:(?-i:{trie(spaced)})\\s?|(?-i:{trie(tight)})(?=\\d)|(?-i:{trie(sorted(_SUM_ONLY))}){_RAND_AFTER})")


def _after_pattern() -> str:
    """The words (any case; "Australian dollars") and codes (in capitals; "AUD") after an amount."""
    words = [w for w in MONEY_AFTER if not w.isupper() and w not in _LARGE_ONLY]
    codes = [w for w in MONEY_AFTER if w.isupper() and w not in _ACRONYMS]
    large = [f"{behind}{re.escape(w)}" for w, behind in _LARGE_ONLY.items()]
    return f"(?:{trie(words, ignore_case=True)}|(?-i:{trie(codes)})|{'|'.join(large)})\\b"


#: Money signs before an amount, for the quantity pattern ("US$", "Rp", "KSh ", "R" before a sum).
MONEY_BEFORE_PATTERN = _before_pattern()
#: Money words and codes after an amount ("Australian dollars", "rupiah", "AUD").
MONEY_AFTER_PATTERN = _after_pattern()
#: A sign of the table, then a figure: where a word opens a sum ("Rp4", "KSh 2").
MONEY_SIGN_AT = re.compile(MONEY_BEFORE_PATTERN + r"\d", re.IGNORECASE)


def money_before(sign: str) -> str:
    """The unit of a sign before an amount ("A$" -> "AUD", "Rp " -> "IDR", "usd" -> "USD")."""
    s = sign.strip()
    return MONEY_BEFORE.get(s) or MONEY_BEFORE.get(s.upper(), s)


def money_after(words: str) -> str | None:
    """The unit of a money word or code after an amount ("Australian  dollars" -> "AUD"), or None."""
    return MONEY_AFTER.get(words) or MONEY_AFTER.get(" ".join(words.lower().split()))


_WORDS_AT_END = re.compile(r"(?<![a-z])(" + "|".join(sorted(
    (re.escape(w).replace(r"\ ", " ") for w in MONEY_AFTER if not w.isupper()), key=len, reverse=True)) + r")$")
_SIGN_AT_DIGIT = re.compile(r"([^\s\d]+)\s?\d")


@text_cache()
def written_bare(text: str) -> bool:
    """Whether a sum is written with a sign or word its family shares and no currency named
    ("$5m", "420 rupees", "Rs 5 crore"; not "US$5m", "A$5m", "5 million Indian rupees")."""
    words = _WORDS_AT_END.search(" ".join(text.lower().split()))
    if words is not None:
        return words.group(1) in _BARE
    sign = _SIGN_AT_DIGIT.search(text)
    return sign is not None and sign.group(1) in _BARE


@text_cache()
def bare_word(text: str) -> bool:
    """Whether a sum names its family in a word and no currency ("880 million dollars", "420
    rupees"; not "$880 million", "15 million Australian dollars"). A sum converted for readers
    abroad is written with the sign ("A$5 million ($3.3 million)"); one written "dollars" is in the
    story's own dollars, as the other claim names them (helper pairsconf5)."""
    words = _WORDS_AT_END.search(" ".join(text.lower().split()))
    return words is not None and words.group(1) in _BARE


def one_currency(unit_a: str | None, text_a: str, unit_b: str | None, text_b: str) -> bool:
    """Two sums in one currency as written: units of one family, one of them written bare ("420
    rupees" / "450 Sri Lankan rupees", "90 billion francs" / "90 billion CFA francs")."""
    if unit_a == unit_b or not unit_a or not unit_b:
        return False
    family = FAMILY_OF.get(unit_a)
    return family is not None and family == FAMILY_OF.get(unit_b) and (written_bare(text_a) or written_bare(text_b))
