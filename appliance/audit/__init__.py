"""The audit log: who touched which patient's data, when, from where, allowed or denied.
Append-only (the database refuses UPDATE and DELETE), hash-chained, and shipped as events."""
