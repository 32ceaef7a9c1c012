"""Entry point of the standalone build (PyInstaller): the window, as `workbench-gui` opens it."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # matching uses worker processes; a frozen app must answer for them
    from workbench.ui.app import main

    sys.exit(main())
