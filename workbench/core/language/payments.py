"""What a payment pays for, by kind: "pay $385 million in damages" / "pay the legal costs", "pay a
$500,000 fine" / "pay the workers' back wages". A court, a tribunal or a deal orders or agrees one
payment of each kind; two kinds are two payments, two facts (helper not157a, read by
`match.sum_slots`). Words of one kind are one payment told in other words ("damages" /
"compensation", "legal costs" / "legal fees", "a fine" / "a penalty").
"""

from __future__ import annotations

#: Each kind of payment and the words naming it (lower case, one word each).
PAYMENT_KINDS: dict[str, frozenset[str]] = {
    "damages": frozenset(["damages", "compensation", "reparations", "restitution", "indemnity"]),
    "costs": frozenset(["costs", "fees", "expenses"]),
    "fine": frozenset(["fine", "fines", "penalty", "penalties"]),
    "wages": frozenset(["wages", "salaries", "salary", "arrears", "pensions", "bonuses"]),
    "taxes": frozenset(["tax", "taxes", "royalties", "levies", "levy"]),
    "ransom": frozenset(["ransom"]),
    "bail": frozenset(["bail"]),
    "rent": frozenset(["rent"]),
}

#: Each payment word's kind.
PAYMENT_WORDS: dict[str, str] = {w: kind for kind, words in PAYMENT_KINDS.items() for w in words}
