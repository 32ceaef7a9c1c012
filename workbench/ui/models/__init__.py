"""Qt item models over the store: they hold ids and fetch rows lazily, never whole tables."""
