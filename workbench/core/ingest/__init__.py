"""Ingest: the bytes of a file or a paste -> one clean article (encodings, HTML, boilerplate, metadata)."""
