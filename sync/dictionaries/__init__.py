"""zstd dictionaries trained on box events, shipped with box and hub alike (sync/protocol.py)."""
