"""Match: claim <-> claim comparison, candidate blocking, clustering and project matching."""
