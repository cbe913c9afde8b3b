"""Appointments and the day's queue: book, check in with a token, call next, no-show."""
