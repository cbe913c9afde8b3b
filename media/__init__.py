"""Teleconsult: signalling, aiortc room endpoint, coturn config, recording, live captions."""
