"""Where the workbench keeps its files: platformdirs, overridable with WORKBENCH_HOME (tests use it)."""

from __future__ import annotations

import importlib.resources
import json
import os
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "ClaimWorkbench"


def home() -> Path:
    """The directory for the default project and settings."""
    override = os.environ.get("WORKBENCH_HOME")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """Files that only save time and may be deleted at any moment (the sentence-vector cache):
    the user cache folder, or WORKBENCH_HOME/cache when WORKBENCH_HOME is set (as logs do), so a
    test never writes to the real one. Not created here."""
    override = os.environ.get("WORKBENCH_HOME")
    if override:
        return Path(override) / "cache"
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def default_project_path() -> Path:
    return home() / "default.wbproj"


def sample_project_path() -> Path:
    return home() / "sample.wbproj"


def backups_dir() -> Path:
    """Where rolling backups of projects are kept, one folder per project (not created here)."""
    return home() / "backups"


def resources_dir() -> Path:
    """The bundled resources (icons, styles, templates, sample articles, licence notices).

    Package data of `workbench`, so a wheel, an editable install and a PyInstaller build all carry
    it; found with importlib.resources. Installs are unpacked folders, never zips: the folder is
    a real path that Qt and Jinja can read.
    """
    return Path(str(importlib.resources.files("workbench") / "resources"))


def settings_path() -> Path:
    return home() / "settings.json"


def load_settings() -> dict[str, Any]:
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_settings(settings: dict[str, Any]) -> None:
    """Write settings atomically (temp file + rename) so a crash never leaves half a file."""
    path = settings_path()
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(settings, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)
