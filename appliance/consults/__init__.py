"""Video consults: a doctor joining the clinic room by video (issue 17). The media endpoint
(media/room, the clinic-media process) reports each consult's life here; the events go through the
event log and sync like any other."""
