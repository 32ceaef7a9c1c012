"""The PySide6 desktop shell: models, views, undo commands and background workers over workbench.core."""

import os

# Before any module of this package loads Qt: Qt writes the fonts embedded in a PDF in QHash
# order, and only a fixed hash seed (Qt accepts 0) makes the window's PDF export give the same
# bytes as `workbench export` (see workbench/ui/export/pdf.py). Qt reads the seed once, when it
# first hashes, so setting it later (in main(), after PySide6 is imported) has no effect. The seed
# only turns off QHash's randomisation against hash flooding, which a local desktop app does not
# need; a QT_HASH_SEED already in the environment is respected.
os.environ.setdefault("QT_HASH_SEED", "0")
