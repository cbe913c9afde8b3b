"""The hub's staff console: sign-in (argon2id + TOTP), clinics at a glance, conflict review."""
