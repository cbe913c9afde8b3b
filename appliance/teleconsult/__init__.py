"""Teleconsult requests on the box: a visit asks for a remote doctor; the hub's doctor moves its status."""
