"""Reminders that reach the patient by SMS: an outbox state machine and its channels (issue 22)."""
