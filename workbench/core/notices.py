"""The licence notices the app carries: every ATTRIBUTION/LICENSE file of the bundled data and
every file in `resources/licenses/` (the notices of bundled models and data packages).

Read at the moment they are shown (Help → About), so a notice added to the package appears
without code changes. Files in other encodings (an old cp1252 licence) are read, not refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from workbench.core.paths import resources_dir

NOTICE_PREFIXES = ("ATTRIBUTION", "LICENSE", "LICENCE", "NOTICE", "COPYING")


@dataclass(frozen=True)
class Notice:
    title: str  # where it comes from, e.g. "samples/LICENSE-ECBPLUS"
    text: str


def _is_notice(path: Path) -> bool:
    return path.is_file() and path.name.upper().startswith(NOTICE_PREFIXES)


def read_text(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def licence_notices(root: Path | None = None) -> list[Notice]:
    """Every notice under the resources, licenses/ first, each folder's files in name order."""
    root = root or resources_dir()
    licenses = root / "licenses"
    found = sorted(p for p in licenses.rglob("*") if p.is_file() and not p.name.startswith(".")) \
        if licenses.is_dir() else []
    found += sorted(p for p in root.rglob("*") if _is_notice(p) and licenses not in p.parents)
    return [Notice(p.relative_to(root).as_posix(), read_text(p).strip()) for p in found]
