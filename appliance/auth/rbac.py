"""The one declarative table of permissions per role. Every route names one of these."""
from __future__ import annotations

PUBLIC = "public"

PERMISSIONS: dict[str, str] = {
    "patients.read": "Search and read patient demographics and allergies",
    "patients.write": "Register patients, edit demographics, record allergies",
    "staff.read": "Read staff, departments and schedules",
    "staff.write": "Manage staff records, departments and schedules",
    "staff.roles": "Grant roles: add staff accounts, change a staff member's role or an admin's account",
    "appointments.read": "Read appointments and the queue",
    "appointments.write": "Book, check in, call next, mark no-show",
    "queue.watch": "Poll the queue's version stamp (no personal data, not audited: the board asks every few seconds)",
    "encounters.read": "Read encounters: complaint, vitals, notes, diagnoses",
    "encounters.intake": "Record the complaint and vitals of an encounter",
    "encounters.write": "Write clinical notes and diagnoses, close encounters",
    "prescriptions.read": "Read prescriptions",
    "prescriptions.write": "Write prescriptions",
    "prescriptions.dispense": "Dispense prescriptions from stock",
    "billing.read": "Read charges, payments, balances and receipts",
    "billing.write": "Add charges and take payments",
    "inventory.read": "Read stock levels and movements",
    "inventory.write": "Add items and move stock",
    "events.read": "Read the event log",
    "audit.read": "Read the audit log, break-glass reviews and alerts",
    "media.turn": "Get short-lived credentials for the box's TURN relay (teleconsult media)",
    "reminders.manage": "See SMS counts and dead letters, re-queue a dead SMS",
    "teleconsult.read": "Read a visit's requests for a remote doctor",
    "teleconsult.write": "Ask for a remote doctor on a visit, cancel the request",
    "teleconsult.watch": "Poll a request's status (no personal data, not audited: the kiosk asks every few seconds)",
}

ROLES: dict[str, frozenset[str]] = {
    "health_worker": frozenset({
        "teleconsult.read", "teleconsult.write", "teleconsult.watch",
        "patients.read", "patients.write", "appointments.read", "appointments.write", "queue.watch",
        "encounters.read", "encounters.intake", "billing.read", "billing.write", "inventory.read",
        "staff.read", "media.turn",
    }),
    "nurse": frozenset({
        "teleconsult.read", "teleconsult.write", "teleconsult.watch",
        "patients.read", "patients.write", "appointments.read", "appointments.write", "queue.watch",
        "encounters.read", "encounters.intake", "prescriptions.read", "inventory.read", "staff.read",
    }),
    "doctor": frozenset({
        "teleconsult.read", "teleconsult.write", "teleconsult.watch",
        "patients.read", "patients.write", "appointments.read", "appointments.write", "queue.watch",
        "encounters.read", "encounters.intake", "encounters.write", "prescriptions.read",
        "prescriptions.write", "billing.read", "inventory.read", "staff.read", "media.turn",
    }),
    "pharmacist": frozenset({
        "patients.read", "prescriptions.read", "prescriptions.dispense", "inventory.read",
        "inventory.write", "staff.read",
    }),
    "billing": frozenset({"patients.read", "billing.read", "billing.write", "prescriptions.read", "staff.read"}),
    "technician": frozenset({"staff.read", "events.read", "inventory.read"}),
    "admin": frozenset({"staff.read", "staff.write", "staff.roles", "events.read", "patients.read", "billing.read",
                        "inventory.read", "appointments.read", "queue.watch", "audit.read",
                        "reminders.manage"}),
    # hr manages staff records and never reads clinical data; it grants no roles (an account with a
    # clinical role reads clinical data, so hr could otherwise give itself that access).
    "hr": frozenset({"staff.read", "staff.write"}),
}

ROLE_NAMES = tuple(ROLES)

# Emergency access (HIPAA break-glass): a clinician may use these beyond their role by giving a
# reason; the access is granted, marked, audited and listed for the admin's review.
CLINICAL_ROLES = frozenset({"health_worker", "nurse", "doctor", "pharmacist"})
BREAK_GLASS_PERMISSIONS = frozenset({"patients.read", "encounters.read", "encounters.intake", "encounters.write",
                                     "prescriptions.read"})
BREAK_GLASS_HEADER = "X-Break-Glass-Reason"
CLINICAL_PREFIXES = ("encounters.", "prescriptions.")


def may_break_glass(role: str, permission: str) -> bool:
    return role in CLINICAL_ROLES and permission in BREAK_GLASS_PERMISSIONS


# Accesses under these permissions touch personal or clinical data: each one is audited.
AUDITED_PREFIXES = ("patients.", "encounters.", "prescriptions.", "billing.", "appointments.", "staff.",
                    "events.", "audit.", "teleconsult.read", "teleconsult.write")


def audited(permission: str) -> bool:
    return permission.startswith(AUDITED_PREFIXES)


def allowed(role: str, permission: str) -> bool:
    return permission == PUBLIC or permission in ROLES.get(role, frozenset())


# What a reader of the event log (GET /events) must be allowed to read each entity's events: an
# event carries the same data as the record it changes. An entity not named here is withheld.
ENTITY_READ_PERMISSION: dict[str, str] = {
    "patient": "patients.read", "patient_allergy": "patients.read",
    "referral": "encounters.read",  # its reason is clinical
    "department": "staff.read", "staff": "staff.read",
    "appointment": "appointments.read",
    "encounter": "encounters.read", "vitals": "encounters.read", "encounter_note": "encounters.read",
    "diagnosis": "encounters.read", "triage": "encounters.read", "transcript": "encounters.read",
    "soap_version": "encounters.read", "soap_signature": "encounters.read", "soap_diff": "encounters.read",
    "soap_addendum": "encounters.read",
    "prescription": "prescriptions.read",
    "teleconsult": "teleconsult.read",
    "charge": "billing.read", "payment": "billing.read", "fee": "billing.read",
    "inventory_item": "inventory.read", "stock": "inventory.read",
    "audit": "audit.read", "alert": "audit.read",
    "video_consult": "encounters.read",
}


def may_read_entity(role: str, entity: str) -> bool:
    permission = ENTITY_READ_PERMISSION.get(entity)
    return permission is not None and allowed(role, permission)


def check_table() -> None:
    """Every role grants only declared permissions (run at import, so a typo stops start-up)."""
    unknown = set(ENTITY_READ_PERMISSION.values()) - PERMISSIONS.keys()
    if unknown:
        raise RuntimeError(f"entity read permissions name undeclared permissions: {sorted(unknown)}")
    for role, perms in ROLES.items():
        unknown = perms - PERMISSIONS.keys()
        if unknown:
            raise RuntimeError(f"role {role} grants undeclared permissions: {sorted(unknown)}")


check_table()
