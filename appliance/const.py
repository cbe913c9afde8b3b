"""Constants shared across the appliance."""

DEFAULT_CONFIG_PATH = "/etc/clinic/appliance.toml"
ENV_PREFIX = "CLINIC_"
DB_FILENAME = "clinic.db"
KEY_ID_FILENAME = "db.keyid"
CREDENTIAL_NAME = "db-key"

# Process exit codes: each startup failure has its own so scripts and systemd can tell them apart.
EXIT_SETTINGS = 2
EXIT_KEY_MISSING = 3
EXIT_KEY_MISMATCH = 4
EXIT_DB_CORRUPT = 5
EXIT_DB_BUSY = 6
EXIT_CHECK_FAILED = 7
