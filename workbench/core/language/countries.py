"""Country names as news writes them, read once from pycountry (ISO 3166) for every stage that
asks: figures (a country before an apposition is no person: "Syria, 3,") and matching (actor
aliases, places within their country).

pycountry is a data package from the package index: its wheel is pinned by sha256
(`requirements/data.txt`, installed by `make setup`) and the two ISO 3166 tables read here are
checked against their sha256 at load (`iso3166`), so no other release's names reach matching
unnoticed; a mismatch is refused with `DataPackageError`. Its LGPL-2.1 notice ships in
`resources/licenses/` (Help -> About).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path
from typing import Any

#: The pycountry release the app is built and tested with (pyproject pins it too).
PYCOUNTRY_VERSION = "26.2.16"
#: sha256 of the tables read from it (pycountry/databases/), checked at load.
PYCOUNTRY_TABLES = {
    "iso3166-1.json": "f01b812b57fba9f31ff621bf33e7c7570a01964dbeb5be2167e94decf538c89f",
    "iso3166-2.json": "78c90ef7fc25b5c2631aac5f089bc9ff6ec22c025c05b6ddbc087a1f1be2e46a",
}


class DataPackageError(RuntimeError):
    """An installed data package is not the release pinned by hash."""


def verify_tables(folder: Path) -> None:
    """Raise DataPackageError unless each table of PYCOUNTRY_TABLES in `folder` has its pinned sha256."""
    for name, want in PYCOUNTRY_TABLES.items():
        path = folder / name
        try:
            got = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError as exc:
            raise DataPackageError(f"{path}: pycountry's table cannot be read ({exc.strerror or exc}); "
                                   f"reinstall with `make setup`") from exc
        if got != want:
            raise DataPackageError(f"{path}: not pycountry {PYCOUNTRY_VERSION}'s table (sha256 {got[:16]}..., "
                                   f"expected {want[:16]}...); refusing to load it: reinstall with `make setup`")


@lru_cache(maxsize=1)
def iso3166() -> Any:
    """The pycountry module once its ISO 3166 tables are checked (DataPackageError otherwise); None
    when it is not installed (the names below are then empty: a broken install, not bad data)."""
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a dependency
        return None
    verify_tables(Path(pycountry.__file__).parent / "databases")
    return pycountry


@lru_cache(maxsize=1)
def country_short_names() -> dict[str, str]:
    """{each name of a country without a comma (its ISO, official and common names, and the short
    name itself): the short name ("Syrian Arab Republic": "Syria", "Syria": "Syria")}."""
    names: dict[str, str] = {}
    pycountry = iso3166()
    if pycountry is None:  # pragma: no cover - pycountry is a dependency
        return names
    for c in pycountry.countries:
        short = getattr(c, "common_name", None) or c.name.split(",")[0]
        for n in (c.name, getattr(c, "official_name", None), getattr(c, "common_name", None), short):
            if n and "," not in n:
                names[n] = short
    return names
