"""Staff services: departments, staff records, schedules. Credentials go through auth's service."""
from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from ..auth import services as auth
from ..common import as_dict, as_dicts, changed_fields, new_id, utc_now
from ..errors import Conflict, Forbidden, InvalidInput, NotFound
from ..events.unit import UnitOfWork
from ..oauth.services import revoke_staff_tokens
from ..store import hot
from .schemas import DepartmentIn, ScheduleIn, StaffIn, StaffPatch
from .tables import departments, staff, staff_schedules

_PUBLIC_COLUMNS = [c for c in staff.c]


def create_department(uow: UnitOfWork, data: DepartmentIn) -> dict[str, Any]:
    if uow.conn.execute(select(departments.c.id).where(func.lower(departments.c.name) == data.name.lower())).first():
        raise Conflict(f"department {data.name} exists")
    row = {"id": new_id(), "name": data.name, "created_at": utc_now()}
    try:   # SQLite's lower() folds ASCII only: a name equal to a stored one can pass the check above
        uow.conn.execute(insert(departments), row)
    except IntegrityError as err:
        raise Conflict(f"department {data.name} exists") from err
    uow.emit("department", row["id"], "created", {"name": data.name})
    return row


def list_departments(conn: Connection) -> list[dict[str, Any]]:
    return as_dicts(conn.execute(select(departments).order_by(departments.c.name)))


def require_department(conn: Connection, department_id: str) -> dict[str, Any]:
    row = as_dict(conn.execute(select(departments).where(departments.c.id == department_id)).first())
    if row is None:
        raise NotFound(f"department {department_id} not found", department_id=department_id)
    return row


def find_department(conn: Connection, name: str) -> dict[str, Any] | None:
    return as_dict(conn.execute(select(departments).where(departments.c.name == name)).first())


def create_staff(uow: UnitOfWork, data: StaffIn, *, staff_id: str | None = None) -> dict[str, Any]:
    """Add a staff member; `staff_id` fixes the id (the clinic's first admin has the same id on every
    box of the clinic, so their records converge instead of clashing on the username)."""
    if data.department_id is not None:  # "" too: no department has it (it was a foreign-key 500)
        require_department(uow.conn, data.department_id)
    if uow.conn.execute(select(staff.c.id).where(staff.c.username == data.username)).first():
        raise Conflict(f"username {data.username} is taken")
    now = utc_now()
    row = {"id": staff_id or new_id(), **data.model_dump(exclude={"password"}), "active": True,
           "created_at": now, "updated_at": now}
    uow.conn.execute(insert(staff), row)
    auth.set_password(uow.conn, row["id"], data.username, data.password)
    uow.emit("staff", row["id"], "created", {k: v for k, v in row.items() if k != "id"})
    return row


def update_staff(uow: UnitOfWork, staff_id: str, patch: StaffPatch, *, by: str | None = None,
                 may_grant_roles: bool = True) -> dict[str, Any]:
    """Change a staff record. `by` is the staff id making the change; `may_grant_roles` whether
    they may change roles and admins' accounts (rbac `staff.roles`)."""
    current = get_staff(uow.conn, staff_id)
    values = patch.model_dump(exclude_unset=True)
    for required in ("full_name", "role", "active"):
        if required in values and values[required] is None:
            raise InvalidInput(f"{required} cannot be null")
    if values.get("department_id") is not None:
        require_department(uow.conn, values["department_id"])
    changes = changed_fields(current, values)
    _check_account_change(uow.conn, current, changes, by=by, may_grant_roles=may_grant_roles)
    if changes.get("active") is False:
        auth.revoke_sessions(uow.conn, staff_id)
        revoke_staff_tokens(uow.conn, staff_id)
    if changes:
        changes["updated_at"] = utc_now()
        uow.conn.execute(update(staff).where(staff.c.id == staff_id).values(**changes))
        uow.emit("staff", staff_id, "updated", changes)
    return get_staff(uow.conn, staff_id)


def _check_account_change(conn: Connection, current: dict[str, Any], changes: dict[str, Any], *,
                          by: str | None, may_grant_roles: bool) -> None:
    demoted = "role" in changes or changes.get("active") is False
    if "role" in changes and not may_grant_roles:
        raise Forbidden("only an admin may change a staff member's role", permission="staff.roles")
    if current["role"] == "admin" and changes and not may_grant_roles:
        raise Forbidden("only an admin may change an admin's account", permission="staff.roles")
    if by == current["id"] and demoted:
        raise Forbidden("nobody may change their own role or deactivate their own account")
    if current["role"] == "admin" and current["active"] and demoted:
        admins = conn.execute(select(func.count()).select_from(staff).where(
            staff.c.role == "admin", staff.c.active.is_(True))).scalar()
        if admins <= 1:
            raise Conflict("this is the box's last active admin: make another admin first")


def get_staff(conn: Connection, staff_id: str) -> dict[str, Any]:
    row = as_dict(conn.execute(select(*_PUBLIC_COLUMNS).where(staff.c.id == staff_id)).first())
    if row is None:
        raise NotFound(f"staff member {staff_id} not found")
    row["schedule"] = as_dicts(conn.execute(
        select(staff_schedules.c.weekday, staff_schedules.c.start_time, staff_schedules.c.end_time)
        .where(staff_schedules.c.staff_id == staff_id)
        .order_by(staff_schedules.c.weekday, staff_schedules.c.start_time)))
    return row


_BRIEF_SQL = "SELECT id, username, full_name, role, active, department_id FROM staff WHERE id = ?"
_BRIEF_KEYS = ("id", "username", "full_name", "role", "active", "department_id")


def staff_brief(conn: Connection, staff_id: str) -> dict[str, Any] | None:
    """Who a staff id is, in one cheap query straight to the driver (store/hot.py): it runs on every
    authenticated request."""
    row = hot.execute(conn, _BRIEF_SQL, (staff_id,)).fetchone()
    if row is None:
        return None
    brief = dict(zip(_BRIEF_KEYS, row))
    brief["active"] = bool(brief["active"])
    return brief


def require_staff(conn: Connection, staff_id: str, role: str | None = None) -> dict[str, Any]:
    row = staff_brief(conn, staff_id)
    if row is None or not row["active"]:
        raise NotFound(f"staff member {staff_id} not found")
    if role and row["role"] != role:
        raise InvalidInput(f"staff member {staff_id} is not a {role}")
    return row


def list_staff(conn: Connection, role: str | None = None, department_id: str | None = None) -> list[dict[str, Any]]:
    q = select(*_PUBLIC_COLUMNS).order_by(staff.c.full_name)
    if role:
        q = q.where(staff.c.role == role)
    if department_id:
        q = q.where(staff.c.department_id == department_id)
    return as_dicts(conn.execute(q))


def set_schedule(uow: UnitOfWork, staff_id: str, data: ScheduleIn) -> dict[str, Any]:
    get_staff(uow.conn, staff_id)
    shifts = sorted(data.shifts, key=lambda s: (s.weekday, s.start_time))
    for a, b in zip(shifts, shifts[1:]):
        if a.weekday == b.weekday and b.start_time < a.end_time:
            raise InvalidInput(f"shifts {a.start_time}-{a.end_time} and {b.start_time}-{b.end_time} overlap "
                               f"on weekday {a.weekday}")
    uow.conn.execute(delete(staff_schedules).where(staff_schedules.c.staff_id == staff_id))
    if data.shifts:
        uow.conn.execute(insert(staff_schedules), [{"id": new_id(), "staff_id": staff_id, **s.model_dump()}
                                                   for s in data.shifts])
    uow.emit("staff", staff_id, "schedule_set", {"shifts": [s.model_dump() for s in data.shifts]})
    return get_staff(uow.conn, staff_id)
