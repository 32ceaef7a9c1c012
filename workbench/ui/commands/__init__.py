"""The window's undo stack over the core actions: one generic command, `ActionCommand`.

A user action runs as the core function (workbench.core.actions) *before* its command is
pushed, so a refused action (StoreError) raises to the caller and never leaves a dead command
on the stack; the command's redo()/undo() then only call the action's `Edit`.
"""
