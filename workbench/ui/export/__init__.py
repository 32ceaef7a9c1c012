"""Exports that need Qt (PDF): kept with the rest of the Qt code, out of workbench.core.

The CLI imports this lazily; it works without a display (QT_QPA_PLATFORM defaults to offscreen).
Importing it goes through workbench/ui/__init__.py, which fixes QT_HASH_SEED before Qt loads, so
`workbench export --format pdf` and the window's export give the same bytes.
"""
