"""The event log: transactional outbox, local bus between modules, and what sync ships."""
