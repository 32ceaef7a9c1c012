"""The Qt-free core: ingest, extraction, matching, storage and reports."""
