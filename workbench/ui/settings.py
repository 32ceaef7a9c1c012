"""The window's own settings (layout, recent projects, view options) in ui.ini under WORKBENCH_HOME.

Its own module so the window and its mixins can read settings without importing the entry point.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from workbench.core import paths


def ui_settings() -> QSettings:
    """Window layout, recent projects and view options, stored under WORKBENCH_HOME."""
    return QSettings(str(paths.home() / "ui.ini"), QSettings.Format.IniFormat)


def settings_list(key: str) -> list[str]:
    """A list stored in ui.ini (QSettings gives a str for one item, a list for several)."""
    value = ui_settings().value(key, [])
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, list | tuple):
        return [str(v) for v in value if v]
    return []
