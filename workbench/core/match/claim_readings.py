"""What the pair rules read of one claim alone, read with its roles (`claim_view.claim_roles`: once per
claim in `matching.prepare`) and kept in its view: the states and bodies its sayer names, its one
place and one wider place, the kinds and flags its reported wording names, its relative periods.

Why: these were cached per text in each comparing process, so 2 workers read them again for each
claim they met (~1.7 views a claim on dense 20k), and a sayer's reporting frame was found a second
time (`claim_view.reported` finds it first). A pair now compares two ready readings.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workbench.core.match.bare_places import one_wider_place, wider_places_apart
from workbench.core.match.compass import compass_apart, compass_parts
from workbench.core.match.doers import sayer_voices, self_reporter_voices, voices_named
from workbench.core.match.kind_slots import flags_named, kinds_read
from workbench.core.match.periods import periods_named
from workbench.core.match.place_names import named_in, names_written, one_place, places, places_differ
from workbench.core.match.singled_out import codes_named, ends_named, nationalities_named, singled_apart
from workbench.core.match.told_places import content_names, names_kind_of_place
from workbench.core.text_caches import shared, shared_mapping


@dataclass(slots=True, frozen=True)
class ClaimReadings:
    sayer: frozenset[str]  # `doers.sayer_voices`
    voices: frozenset[str]  # `doers.voices_named` (read only for a claim whose sayer names one)
    place: str | None  # `place_names.one_place` (also the matching gate's: read here, not in the main process)
    wider_place: tuple[str, int] | None  # `bare_places.one_wider_place`
    kinds: dict[str, str]  # `kind_slots.kinds_read` of the reported wording
    flags: frozenset[str]  # `kind_slots.flags_named` of it
    written: frozenset[str]  # `place_names.names_written`: where a place the other claim reads is looked up
    placeless: bool  # no place named after a preposition (`place_names.places`)
    periods: frozenset[str] = frozenset()  # `periods.periods_named` ("last weekend")
    self_reporter: frozenset[str] = frozenset()  # `doers.self_reporter_voices` ("Iran said it struck ...")
    compass: dict[str, frozenset[str]] = field(default_factory=dict)  # `compass.compass_parts` ("southern regions")
    content_names: frozenset[str] = frozenset()  # `told_places.content_names` of the reported content
    kind_of_place: bool = False  # `told_places.names_kind_of_place` ("the territory")
    codes: frozenset[str] = frozenset()  # `singled_out.codes_named` ("RN2")
    ends: frozenset[str] = frozenset()  # `singled_out.ends_named` ("between A and B")
    nationalities: frozenset[str] = frozenset()  # `singled_out.nationalities_named` ("Chinese nationals")

    def places_apart(self, other: ClaimReadings) -> str | None:
        """`readings_apart` of this claim and another."""
        return readings_apart(self, other)


_NONE: frozenset[str] = frozenset()


def claim_readings(text: str, wording: str, said: str | None = None) -> ClaimReadings:
    """The readings of a claim (`text` as written, `wording` its reported wording and `said` that
    wording as written, `claim_roles`)."""
    sayer = sayer_voices(text)
    content = text if said is None else said  # "..., a military source in N'Djamena said": no place of the fact
    s = shared  # most readings are empty or alike: one copy of each (an empty frozenset is 216 bytes, a dict 64)
    return ClaimReadings(s(sayer), s(voices_named(text) if sayer else _NONE), one_place(content),
                         s(one_wider_place(text)), shared_mapping(kinds_read(text, wording)), s(flags_named(wording)),
                         s(names_written(text)), not places(content), s(periods_named(text)),
                         s(self_reporter_voices(text)), shared_mapping(compass_parts(text)), s(content_names(content)),
                         names_kind_of_place(text), s(codes_named(text)), s(ends_named(text)),
                         s(nationalities_named(wording)))


def readings_apart(ra: ClaimReadings, rb: ClaimReadings) -> str | None:
    """Two places or things read from the claims' readings alone: places read without a preposition
    (`bare_places.wider_places_apart`), two compass parts of one thing (`compass.compass_apart`), two
    codes, route ends or nationalities (`singled_out.singled_apart`)."""
    return wider_places_apart(ra.wider_place, rb.wider_place, (ra.written, rb.written)) \
        or compass_apart(ra.compass, rb.compass) \
        or (singled_apart((ra.codes, ra.ends, ra.nationalities, ra.written), (rb.codes, rb.ends, rb.nationalities, rb.written))
            if ra.codes or ra.ends or ra.nationalities else None)


def place_named_elsewhere(ra: ClaimReadings, rb: ClaimReadings) -> bool:
    """One claim names its one place after a preposition ("Aid reached Aceh"); the other names no
    place so, but reads that one without a preposition ("to flood-hit Aceh": its `wider_place`)
    and names it as written: both claims are in one place, as when both read it after a
    preposition. A place only named in passing ("Around Omdurman", "on El Obeid", where no place
    is read) is not enough: an undated retelling there would be anchored by its figure alone."""
    if (ra.place is None) == (rb.place is None):
        return False
    placed, other = (ra, rb) if ra.place is not None else (rb, ra)
    place = placed.place or ""
    return other.placeless and other.wider_place is not None and named_in(place, other.written) \
        and places_differ(other.wider_place[0], place) is None
