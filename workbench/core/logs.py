"""The log file: what happened before something went wrong, kept where platformdirs puts logs.

One rotating file (`workbench.log`, 1 MB, three old ones kept) in the user log folder, or in
WORKBENCH_HOME/logs when WORKBENCH_HOME is set (as paths.home() does). The window's crash handler
writes tracebacks here and tells the analyst where the file is. Logging never stops the app: a
folder that cannot be written leaves only the messages on stderr.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

import platformdirs

from workbench.core.paths import APP_NAME

LOG_NAME = "workbench.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d]: %(message)s"

logger = logging.getLogger("workbench")


def logs_dir() -> Path:
    """The log folder (not created here)."""
    override = os.environ.get("WORKBENCH_HOME")
    if override:
        return Path(override) / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_path() -> Path:
    return logs_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the `workbench` loggers to the rotating log file; the file's path, or None if unwritable.

    Called once by each entry point (the CLI, the window); calling it again changes nothing unless
    the log folder moved (tests change WORKBENCH_HOME).
    """
    path = log_path()
    for handler in list(logger.handlers):
        if getattr(handler, "_workbench_log", False):
            if Path(getattr(handler, "baseFilename", "")) == path.resolve():
                return path
            logger.removeHandler(handler)
            handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                                       encoding="utf-8", delay=True)
    except OSError:
        return None
    handler._workbench_log = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    logger.setLevel(level)
    return path
