"""The kiosk web UI (templates and vendored static assets); built on the box API."""
