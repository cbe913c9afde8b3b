"""The clinic box: Flask API over an encrypted store, domain modules and the event log."""
