"""Exports that need Qt (PDF), kept out of workbench.core so the core stays Qt-free.

The CLI imports this lazily; it works without a display (QT_QPA_PLATFORM defaults to offscreen).
"""
