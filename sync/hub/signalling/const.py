"""The signalling's limits in one place."""
JOIN_TOKEN_TTL_S = 120          # a join link is used within two minutes, or asked for again
CALL_TTL_S = 2 * 3600           # a call's bearer key (what a join gives the browser) lasts one consult
POLL_WAIT_S = 20                # longest a long-poll is held open (below every proxy's idle timeout)
POLL_EVERY_S = 0.15             # how often a held poll looks for new messages (any worker may have stored them)
# A box starts a poll at most POLL_WAIT_S after its last one started (plus a round trip, on 2G ~1-2 s, or its
# backoff after a refused poll, at most 4 s): one not seen for longer than this is not listening.
LISTENER_LIVE_S = POLL_WAIT_S + 10
STALE_S = 60                    # a box coming (back) online is handed messages no older than this
MAX_SDP_CHARS = 64_000          # a browser's offer with audio, video and two data channels is ~6 kB
MAX_MESSAGES = 50               # per poll answer
TURN_TTL_S = 3 * 3600           # TURN REST credential lifetime handed to both ends (the consult's length)
DOCTOR_KINDS = frozenset({"offer", "bye"})            # what the browser may send the box
BOX_KINDS = frozenset({"answer", "error", "bye"})     # what the box may send the browser
MAX_CAPTION_CHARS = 1000        # one final caption (a sentence or two of speech)
MAX_CALL_CAPTIONS = 2000        # a consult's captions kept for its draft (hours of speech); more are refused
# Why the box could not hand an offer to its room, for the doctor's page to say plainly (sync/signal.py)
BOX_ERROR_REASONS = frozenset({"room_unavailable", "room_refused"})
