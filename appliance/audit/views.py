"""The audit log, the break-glass review list and alerts, for the admin."""
from ..alerts.services import list_alerts
from ..api import Api
from ..views_common import box, end_request_read, reading
from . import services
from .schemas import AlertQuery, AlertsOut, AuditQuery, AuditRecordsOut, ChainCheckOut

api = Api("audit", "audit")
# Audited with a reason, but not emergency access: a token called out of turn (its reason is in /audit/records).
NOT_BREAK_GLASS = ("appointments.call_appointment",)


def _audit_log_current() -> None:
    """Records of reads still waiting in the journal (at most a moment old) join the log first; the
    request's read snapshot, taken at authentication before they moved, is ended so the view sees
    them (it showed the log without the latest reads)."""
    box().drain_audit_journal()
    end_request_read()


@api.route("/audit/records", "GET", permission="audit.read", query=AuditQuery,
           summary="Latest audit records (newest first)", response=AuditRecordsOut)
def audit_records(query: AuditQuery):
    _audit_log_current()
    with reading() as conn:
        return {"results": services.recent(conn, limit=query.limit, outcome=query.outcome)}


@api.route("/audit/break-glass", "GET", permission="audit.read", query=AuditQuery,
           summary="Emergency accesses waiting for review, with their reasons", response=AuditRecordsOut)
def break_glass_reviews(query: AuditQuery):
    _audit_log_current()
    with reading() as conn:
        return {"results": services.recent(conn, limit=query.limit, outcome=query.outcome, reason_given=True,
                                           except_actions=NOT_BREAK_GLASS)}


@api.route("/audit/verify", "GET", permission="audit.read", summary="Walk the audit hash chain", response=ChainCheckOut)
def verify():
    _audit_log_current()
    with reading() as conn:
        return services.verify_chain(conn, box().audit_key)


@api.route("/alerts", "GET", permission="audit.read", query=AlertQuery,
           summary="Abnormal-access alerts and their delivery state (dead = dead-letter list)", response=AlertsOut)
def alerts(query: AlertQuery):
    _audit_log_current()
    with reading() as conn:
        return {"results": list_alerts(conn, query.status, query.limit)}
