"""clinic-media: the clinic room's WebRTC endpoint (see media/README.md for its control interface)."""
