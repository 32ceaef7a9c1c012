"""Actions: every user action as one core function (validate, one transaction, one history entry).

The CLI and the window call these same functions; each returns an `Edit` (see `base`) whose
`undo(store)` / `redo(store)` the window's undo stack calls. One module per theme: `claims`,
`sources`, `evidence`, `links`, `articles`, `tagging`, `importing`, `matching`, `facts`.
"""
