"""The central hospital hub: device registry, scoped push/pull of events, admin dashboard."""
