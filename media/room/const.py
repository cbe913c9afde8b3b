"""Constants of the room endpoint."""

SECRET_HEADER = "X-Clinic-Media-Secret"
SECRET_FILENAME = "control.secret"       # under data_dir/media
MEDIA_DIRNAME = "media"                  # under box.data_dir
RECORDINGS_DIRNAME = "recordings"        # under data_dir/media
CAPTIONS_LABEL = "captions"
CHAT_LABEL = "chat"
MAX_SDP_BYTES = 64 * 1024
MAX_BODY_BYTES = 96 * 1024
MAX_CHAT_CHARS = 2000
CAPTION_RATE = 16_000
CAPTION_CHUNK_S = 0.5                    # audio handed to the caption engine at once (at least)
CONTROL_TICK_S = 1.0                     # how often a room reads its stats and decides on video
DEGRADE_AFTER_S = 2.0                    # estimate under the floor this long: video off
LOSS_DEGRADE = 0.10                      # ... or audio loss above this
LOSS_RESTORE = 0.03                      # video back only while loss stays under this
RECONNECT_WAIT_S = 60.0                  # a failed connection waits this long for an ICE restart
VIDEO_MIN_BPS = 30_000                   # VP8 target floor (aiortc's own is 250 kbit/s)
VIDEO_START_BPS = 250_000                # VP8 target at the start (aiortc starts at 500 kbit/s)
RTT_DEGRADE_MS = 1500                    # round trip above this (a queue building up): video off
RTCP_STALE_S = 4.0                       # no receiver report on the room's audio this long: video off
CAPTION_WINDOW_S = 6.0                   # longest audio window one caption decode looks at (Whisper)
