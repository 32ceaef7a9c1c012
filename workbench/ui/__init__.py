"""The PySide6 desktop shell: models, views, undo commands and background workers over workbench.core."""
