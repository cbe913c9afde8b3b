"""Consultations with known SOAP content for `clinic soap eval` (a package so that pip installs the JSON)."""
