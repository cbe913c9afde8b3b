"""The sync engine: event format, hybrid logical clock, merge rules, client and hub."""
