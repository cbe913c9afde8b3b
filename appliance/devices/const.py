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
REOPEN_MAX_SECONDS = 30.0     # a port that is there but cannot be opened: tried again, doubling up to this
ALIVE_SECONDS = 1.0           # how often a watcher says it still runs (and asks whom it measures for)
SILENT_SECONDS = 3.0          # a stable device that sends nothing for this long is not stable any more
STALE_SECONDS = 5.0           # a state not refreshed for this long is shown as "silent" (no watcher)
KINDS = ("oximeter", "scale", "blood_pressure", "thermometer")

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

# Blood pressure: the Datascope ACCUTORR "PC interface" (ACCUTORR 3 / Plus service and operating
# manuals, "PC Interface For The ACCUTORR"): plain ASCII, 8-N-1, no packets, no checksum; the baud
# rate is set in the monitor's user configuration (9600 here). One character asks: "P" (show patient
# data) answers  P:aaa,bbb,ccc,ddd,eee,fff,ggg,hhh,iii CR LF  - SpO2, pulse rate, systolic, mean,
# diastolic, status bytes 0-2, minutes since the last NIBP measurement - each field a number of up
# to three digits, space padded, or "--" when not in use; then the ">" prompt for the next command.
ACCUTORR_BAUD = 9600
ACCUTORR_PATIENT_DATA = b"P"
ACCUTORR_MAX_LINE = 80
BP_FRESH_MINUTES = 10         # a measurement older than this is not offered: take a new one
BP_STABLE_ANSWERS = 2         # the same determination answered twice in a row
BP_BANDS = {"systolic_bp": 0.0, "diastolic_bp": 0.0}
BP_MIN_PULSE_PRESSURE = 10    # systolic minus diastolic, mmHg: below it the determination is refused

# Thermometer: the Welch Allyn SureTemp Plus module (OEM implementation manual, chapter 8
# "Communications Protocol"): 9600 baud 8-N-1, binary packets  03 02 10 | command (2 bytes) | type
# (01 command, 02 good response) | data size (2 bytes, little endian) | data | checksum, the
# checksum making the sum of every byte of the packet 0 modulo 256. Command 94 1C "send temperature
# record" answers 19 data bytes: final/predicted temperature and current probe temperature (IEEE
# 32-bit floats, kelvin, little endian), sample counter (u32), method, algorithm, state (u8),
# error code (u16), active, probe type (u8). The final temperature is 0.0 K until a prediction ends.
SURETEMP_BAUD = 9600
SURETEMP_PREAMBLE = b"\x03\x02\x10"
SURETEMP_RECORD = b"\x94\x1c"
SURETEMP_GOOD = 0x02
SURETEMP_MAX_DATA = 64
THERMO_STABLE_ANSWERS = 2
THERMO_BANDS = {"temperature_c": 0.1}
POLL_SECONDS = 0.5            # how often a polled device (BP, thermometer) is asked again
