"""The box's TURN relay: coturn's generated config, its shared secrets, and TURN REST credentials."""
