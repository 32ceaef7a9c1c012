"""One QUndoCommand per user action; redo()/undo() only call the store."""
