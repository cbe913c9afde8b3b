"""Staff, departments and schedules over HTTP."""
from ..api import Api
from ..auth.rbac import allowed
from ..views_common import principal, reading, writing
from . import services
from .schemas import (DepartmentIn, DepartmentOut, DepartmentsOut, ScheduleIn, StaffIn, StaffListOut,
                      StaffOut, StaffPatch, StaffQuery, StaffRecordOut)

api = Api("staff", "staff")


@api.route("/departments", "POST", permission="staff.write", body=DepartmentIn, status=201,
           summary="Create a department", response=DepartmentOut)
def create_department(body: DepartmentIn):
    with writing() as uow:
        return services.create_department(uow, body)


@api.route("/departments", "GET", permission="staff.read", summary="List departments", response=DepartmentsOut)
def list_departments():
    with reading() as conn:
        return {"results": services.list_departments(conn)}


@api.route("/staff", "POST", permission="staff.roles", body=StaffIn, status=201, summary="Add a staff member",
           response=StaffOut)
def create_staff(body: StaffIn):
    with writing() as uow:
        return services.create_staff(uow, body)


@api.route("/staff", "GET", permission="staff.read", query=StaffQuery, summary="List staff", response=StaffListOut)
def list_staff(query: StaffQuery):
    with reading() as conn:
        return {"results": services.list_staff(conn, query.role, query.department_id)}


@api.route("/staff/<staff_id>", "GET", permission="staff.read", summary="Read a staff member", response=StaffRecordOut)
def get_staff(staff_id: str):
    with reading() as conn:
        return services.get_staff(conn, staff_id)


@api.route("/staff/<staff_id>", "PATCH", permission="staff.write", body=StaffPatch, summary="Change a staff record",
           response=StaffRecordOut)
def update_staff(staff_id: str, body: StaffPatch):
    me = principal()
    with writing() as uow:
        return services.update_staff(uow, staff_id, body, by=me.staff_id,
                                     may_grant_roles=allowed(me.role, "staff.roles"))


@api.route("/staff/<staff_id>/schedule", "PUT", permission="staff.write", body=ScheduleIn,
           summary="Replace a staff member's weekly schedule", response=StaffRecordOut)
def set_schedule(staff_id: str, body: ScheduleIn):
    with writing() as uow:
        return services.set_schedule(uow, staff_id, body)
