"""Device constants: the serial settings of each protocol and what makes a reading stable."""

# Contec CMS50D+ live stream ("protocol 1", the 5-byte frame sent 60 times a second): 19200 baud,
# 8 data bits, odd parity, 1 stop bit. Sources: Contec "Communication protocol of pulse oximeter"
# (the 5-byte real-time packet) as documented by the open cms50dplus reader
# (github.com/atbrask/CMS50Dplus, README and cms50dplus.py) and the CMS50E/CMS50D+ notes on
# the same frame layout. See docs/devices.md.
CMS50D_BAUD = 19200
CMS50D_FRAME = 5
CMS50D_FRAMES_PER_SECOND = 60
CMS50D_NO_SPO2 = 127     # the device sends 127 for SpO2 while it has no value
CMS50D_NO_PULSE = 255    # and 255 (0xFF, bit 7 from byte 3) for the pulse

# A reading is stable when this many consecutive good frames stay within these bands.
STABLE_FRAMES = 120      # two seconds of the CMS50D+ stream
SPO2_BAND = 2            # percentage points, largest minus smallest
PULSE_BAND = 6           # beats per minute, largest minus smallest

# The stream is locked once this many frames arrive back to back (half a second); bytes in a row
# without a lock after which it is called unreadable (wrong baud rate, wrong device on the port):
# about two seconds of the CMS50D+ stream. A baud-rate mismatch, simulated bit by bit at 4800 to
# 115200 baud, gives runs of at most 16 well-synced frames.
LOCKED_FRAMES = 30
UNREADABLE_AFTER_BYTES = 600

OFFER_MAX_AGE_SECONDS = 300   # an offered reading older than this is not offered any more
REOPEN_SECONDS = 1.0          # how often a vanished device's port is looked for again
KINDS = ("oximeter",)

# Mettler Toledo MT-SICS level 0 (the "Standard Interface Command Set" of its scales and balances,
# MT-SICS Reference Manual): 9600 baud 8-N-1 by default, commands and answers end in CR LF.
# "S" asks for the next stable weight: "S S <value> <unit>"; "S I" busy, "S +"/"S -" over/underload,
# "ES"/"ET"/"EL" syntax, transmission and logic errors.
SICS_BAUD = 9600
SICS_STABLE_WEIGHT = b"S\r\n"
SICS_MAX_LINE = 64
SICS_UNITS_TO_KG = {"kg": 1.0, "g": 0.001, "lb": 0.45359237}
SCALE_STABLE_ANSWERS = 2      # stable answers in a row, within the band, before a weight is offered
WEIGHT_BAND_KG = 0.1
