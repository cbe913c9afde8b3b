"""Constants shared across the appliance."""

DEFAULT_CONFIG_PATH = "/etc/clinic/appliance.toml"
ENV_PREFIX = "CLINIC_"
DB_FILENAME = "clinic.db"
KEY_ID_FILENAME = "db.keyid"
# The audit chain's MAC key (appliance/audit/services.py): its own random key, wrapped by the KEK when
# one is configured, so the database key alone cannot forge the chain.
AUDIT_KEY_FILENAME = "audit.key"
# The consult recordings' master key (media/room/crypto.py), kept like the audit key; `clinic db rekey`
# does not rotate it, so recordings outlive a database key.
RECORDING_KEY_FILENAME = "recording.key"
# The kiosk draft secret (appliance/auth/drafts.py): each staff member's draft key is derived from it.
DRAFT_SECRET_FILENAME = "draft.key"
CREDENTIAL_NAME = "db-key"

# Process exit codes: each startup failure has its own so scripts and systemd can tell them apart.
EXIT_SETTINGS = 2
EXIT_KEY_MISSING = 3
EXIT_KEY_MISMATCH = 4
EXIT_DB_CORRUPT = 5
EXIT_DB_BUSY = 6
EXIT_CHECK_FAILED = 7

# The longest HTTP request line the server reads (method, path, query, version), gunicorn's default, set
# explicitly (appliance/server.py) and stated in the API document: a longer one is answered 414. Not raised to
# fit 5,000 percent-encoded characters (~45 KB of Devanagari): gunicorn reads 8,190 at most short of no limit
# at all, and health text belongs in a body, not in a URL that proxies, logs and histories keep.
MAX_REQUEST_LINE_BYTES = 4094
