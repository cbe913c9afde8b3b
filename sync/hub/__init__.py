"""The central hospital hub: device registry, scoped push/pull of events, the staff console."""
