"""English word knowledge shared by extraction and figures (verb forms, word tries)."""
