"""Actions: every user action as one core function (validate, one transaction, one history entry).

The CLI and the window call these same functions.
"""
