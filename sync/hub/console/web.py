"""The console's HTTP layer: pages over accounts, glance and review (server-made HTML, no scripts,
nothing fetched from elsewhere — it works on a hub with no internet, like the kiosk)."""
from __future__ import annotations

import hmac
import re
import secrets
from functools import wraps
from html import escape
from importlib import resources
from typing import Callable
from urllib.parse import quote

from flask import Blueprint, Flask, Response, abort, g, redirect, request

from clinical.phones import PHONE_MAX_CHARS

from ...clock import wall_ms
from ...errors import BadRequest
from ..contacts.const import FIELDS, MAX_NAME_CHARS
from ..contacts.services import ClinicContact, InvalidContact, UnknownClinic, contact_of, contacts
from ..store import HubStore
from . import accounts, contact, glance, i18n, review, revoke
from .i18n import t

COOKIE = "hub_console"
PRE_COOKIE = "hub_console_pre"      # the sign-in form's CSRF token (double submit), before a session exists
_PRE_TOKEN = re.compile(r"[A-Za-z0-9_-]{43}")
# Hindi is drawn by the kiosk's own Devanagari font (a WOFF2 subset of Lohit Devanagari), so the console reads
# the same on a doctor's laptop with no Hindi font installed; Latin text keeps the system's font.
FONT_FILE = "Lohit-Devanagari-subset.woff2"
CSS = """
@font-face{font-family:"Lohit Devanagari";src:url(/console/fonts/lohit-devanagari.woff2) format("woff2");
unicode-range:U+0900-097F,U+1CD0-1CFF,U+A8E0-A8FF,U+200C-200D,U+25CC;font-display:block}
body{font:15px/1.45 system-ui,"Lohit Devanagari",sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
header{background:#1f3a5f;color:#fff;padding:.6em 1.5em;display:flex;gap:1.5em;align-items:center}
header a{color:#fff}header form{margin-left:auto}main{padding:1em 1.5em;max-width:1300px}
table{border-collapse:collapse;width:100%;background:#fff;margin-bottom:1.5em}
td,th{border-bottom:1px solid #dde1e6;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#eef1f5;font-weight:600}.pill{display:inline-block;padding:1px 10px;border-radius:10px;font-weight:600}
.red{background:#fbe3e3;color:#9b1c1c}.amber{background:#fdf1d6;color:#7a4b00}.green{background:#e1f4e6;color:#17602f}
.grey{background:#e6e7ea;color:#444}.muted{color:#5b6472;font-size:.9em}.box{background:#fff;padding:1em 1.5em;
border:1px solid #dde1e6;margin-bottom:1.5em}.side{display:grid;grid-template-columns:1fr 1fr;gap:1em}
.side>div{border:1px solid #dde1e6;padding:.6em 1em}.value{font-size:1.25em;font-weight:600}
svg.chart{background:#fff;display:block;margin:.5em 0}.spark{vertical-align:middle}
label{display:block;margin:.5em 0}input,textarea,select{font:inherit;padding:4px}option{font:inherit}.error{color:#9b1c1c;font-weight:600}
button{font:inherit;padding:4px 14px}
header .lang{margin-left:1em}.ok{color:#17602f;font-weight:600}form.inline{display:inline}
.warn{background:#fff4d6;border:2px solid #b45309;border-left-width:6px;color:#5c2d00;padding:.3em .8em;margin:.5em 0}
.warn p{font-weight:700;margin:.2em 0}.warn ul{margin:.2em 0;padding-left:1.2em}label.ack{font-weight:600;color:#5c2d00}
.u-emergency{background:#9b1c1c;color:#fff}.u-urgent{background:#fbe3e3;color:#9b1c1c}
.u-routine{background:#e1f4e6;color:#17602f}.u-self_care{background:#e6e7ea;color:#444}
.consult{display:grid;grid-template-columns:minmax(300px,2fr) 3fr;gap:1em;align-items:start}
.consult .box{padding:.5em 1em;margin-bottom:1em}.consult h2{font-size:1.1em;margin:.3em 0}
.allergy-box{border:2px solid #9b1c1c;background:#fff6f6}.allergies{margin:.2em 0;padding-left:1.2em}
.work textarea{width:100%;box-sizing:border-box}.ai-draft{border-left:4px dashed #7a5af8;background:#f4f1ff;margin:-.3em 0 .6em;padding:.3em .8em}.ai-draft[hidden]{display:none}.ai-label{color:#4b3aa8;font-size:.85em;font-weight:600;margin:.2em 0}.ai-draft ul{margin:.2em 0 .4em;padding-left:1.2em;font-style:italic}.row{display:flex;flex-wrap:wrap;gap:.6em;align-items:end}
.row label{margin:0}table.rx input{width:100%;box-sizing:border-box}table.rx td,table.rx th{padding:3px}
.call{background:#1d2330;color:#fff;min-height:120px}.call .muted{color:#c9d1dc}.call a{color:#bfe0ff;font-weight:600}button.primary{font-weight:700}
@media (max-width:1000px){.consult{grid-template-columns:1fr}main{padding:.6em}header{flex-wrap:wrap}
table.queue tr:first-child{display:none}table.queue tr{display:block;border-bottom:2px solid #dde1e6;padding:.3em 0}
table.queue td{display:block;border:0;padding:1px 8px}table.queue td::before{content:attr(data-label) ": ";color:#5b6472;font-size:.9em}}
"""


def _page(title: str, body: str, sess: accounts.Session | None = None, status: int = 200, lang: str = "en",
          refresh_s: int | None = None) -> Response:
    nav = ""
    if sess is not None:
        links = []
        if sess.staff.may("queue"):
            links.append(f'<a href="/console/queue">{escape(t(lang, "nav_queue"))}</a>')
        if sess.staff.may("clinics"):
            links.append(f'<a href="/console/">{escape(t(lang, "nav_clinics"))}</a>')
        if sess.staff.may("conflicts"):
            links.append(f'<a href="/console/conflicts">{escape(t(lang, "nav_conflicts"))}</a>')
        if sess.staff.may("analytics"):
            links.append(f'<a href="/console/analytics">{escape(t(lang, "nav_analytics"))}</a>')
        if sess.staff.may("sms_counts"):
            links.append(f'<a href="/console/sms">{escape(t(lang, "nav_sms"))}</a>')
        if sess.staff.may("audit"):
            links.append(f'<a href="/console/audit">{escape(t(lang, "nav_audit"))}</a>')
        role = t(lang, "role_doctor") if sess.staff.role == "remote_doctor" else sess.staff.role_name
        nav = (f"{''.join(links)}<form method=post action=/console/sign-out>"
               f"<input type=hidden name=csrf value='{escape(sess.csrf)}'>{escape(sess.staff.full_name)} "
               f"({escape(role)}) <button>{escape(t(lang, 'sign_out'))}</button></form>")
    other = "hi" if lang == "en" else "en"
    here = quote(request.path if request.method == "GET" else "/console/", safe="/")
    switch = (f"<a class=lang href='/console/lang/{other}?next={escape(here)}' lang={other}>"
              f"{escape(i18n.LANGS[other])}</a>")
    meta = f"<meta http-equiv=refresh content={refresh_s}>" if refresh_s else ""
    html = (f"<!doctype html><html lang={lang}><head><meta charset=utf-8>"
            "<meta name=viewport content='width=device-width, initial-scale=1'>"
            f"{meta}<title>{escape(title)} · {escape(t(lang, 'clinic_hub'))}</title>"
            "<link rel=preload href=/console/fonts/lohit-devanagari.woff2 as=font type=font/woff2 crossorigin>"
            f"<link rel=stylesheet href=/console/style.css></head><body><header><strong>"
            f"{escape(t(lang, 'clinic_hub'))}</strong>{nav}{switch}"
            f"</header><main><h1>{escape(title)}</h1>{body}</main></body></html>")
    return Response(html, status=status, content_type="text/html; charset=utf-8")


def _table(headers: list[str], rows: list[list[str]], empty: str) -> str:
    if not rows:
        return f"<p class=box>{escape(empty)}</p>"
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    labels = [escape(h) for h in headers] + [""] * max(0, max(map(len, rows)) - len(headers))
    # data-label: a narrow screen shows each row as a card, every cell under its column's name
    return ("<table><tr>" + head + "</tr>"
            + "".join("<tr>" + "".join(f'<td data-label="{label}">{c}</td>' for label, c in zip(labels, r)) + "</tr>"
                      for r in rows) + "</table>")


def _when(ms: int | None, now: int) -> str:
    if ms is None:
        return "never"
    return f"{escape(glance.local_time(ms))} <span class=muted>({escape(glance.ago(ms, now))})</span>"


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1e6 else f"{n / 1e3:.0f} kB" if n >= 1e3 else f"{n} bytes"


def phone_link(c: ClinicContact) -> str:
    """A clinic's number as a tap-to-call link (tel: takes the E.164 number as it is), with who answers."""
    who = f" <span class=muted>({escape(c.name)})</span>" if c.name else ""
    return f"<a href='tel:{escape(c.phone)}' data-clinic-phone>{escape(c.phone)}</a>{who}"


def _pill(c) -> str:
    return f"<span class='pill {c.colour}'>{escape(c.word)}</span>"


def register_console(app: Flask, store: HubStore) -> None:
    bp = Blueprint("console", __name__)
    engine = store.engine

    def address() -> str | None:
        return request.remote_addr

    def set_cookie(resp: Response, name: str, value: str, max_age: int | None = None) -> None:
        # Secure whenever the hub is reached over HTTPS (production); plain HTTP is development only.
        resp.set_cookie(name, value, max_age=max_age, httponly=True, samesite="Strict",
                        secure=request.is_secure, path="/")

    def signed_in(what: str | None = None, audit_as: str | None = None) -> Callable:
        def deco(view):
            @wraps(view)
            def wrapper(*args, **kwargs):
                sess = accounts.session(engine, request.cookies.get(COOKIE))
                if sess is None:
                    if not request.cookies.get(COOKIE):
                        return redirect("/console/sign-in", 303)
                    resp = redirect("/console/sign-in?ended=1", 303)     # say why, once; the cookie is dead
                    resp.delete_cookie(COOKIE, path="/")
                    return resp
                if request.method == "POST" and not hmac.compare_digest(
                        (request.form.get("csrf") or "").encode(), sess.csrf.encode()):
                    accounts.audit(engine, sess.staff.username, "refused: bad form token", request.path, None,
                                   address())
                    abort(403)
                if what is not None and not sess.staff.may(what):
                    accounts.audit(engine, sess.staff.username, "refused: role", request.path, None, address())
                    return _page("Not for your role", "<p>Your role does not include this page.</p>", sess, 403)
                g.console_session = sess
                if audit_as:
                    accounts.audit(engine, sess.staff.username, audit_as, request.path, None, address())
                return view(sess, *args, **kwargs)
            return wrapper
        return deco

    @bp.before_request
    def _no_nul():
        # PostgreSQL refuses NUL in text (a 500 from deep inside a query); nobody types one, so refuse it here.
        texts = [request.path, *request.args.values(), *request.form.values()]
        if any("\x00" in t for t in texts):
            return _page("Bad request", "<p class=error role=alert>The request held a NUL character; "
                                        "nothing was done.</p>", status=400)
        return None

    @bp.after_request
    def _headers(resp: Response) -> Response:
        resp.headers.setdefault("Content-Security-Policy", (    # a page may widen form-action (OAuth consent)
            "default-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; "
            "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"))
        resp.headers["X-Frame-Options"] = "DENY"
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers["Referrer-Policy"] = "no-referrer"
        if resp.content_type.startswith("text/html"):
            resp.headers["Cache-Control"] = "no-store"
        return resp

    @bp.get("/console/fonts/lohit-devanagari.woff2")
    def devanagari_font():
        data = (resources.files("kiosk") / "static" / "fonts" / FONT_FILE).read_bytes()
        resp = Response(data, content_type="font/woff2")
        resp.headers["Cache-Control"] = "public, max-age=86400"
        return resp

    @bp.get("/console/style.css")
    def style():
        return Response(CSS, content_type="text/css; charset=utf-8")

    def sign_in_form(error: str = "", status: int = 200) -> Response:
        # The same form token for every sign-in form this browser holds: a second tab (or a reload) must not
        # expire the first tab's form. Only a value of our own shape is kept; anything else is replaced.
        token = request.cookies.get(PRE_COOKIE, "")
        if not _PRE_TOKEN.fullmatch(token):
            token = secrets.token_urlsafe(32)
        lang = i18n.lang_of(request.cookies.get(i18n.COOKIE))
        body = ((f"<p class=error role=alert>{escape(error)}</p>" if error else "")
                + "<form method=post action=/console/sign-in class=box>"
                f"<input type=hidden name=csrf value='{token}'>"
                f"<label>{t(lang, 'username')} <input name=username autocomplete=username required></label>"
                f"<label>{t(lang, 'password')} <input name=password type=password autocomplete=current-password "
                "required></label>"
                f"<label>{t(lang, 'code')} <input name=code inputmode=numeric "
                "autocomplete=one-time-code pattern='[0-9 ]{6,7}' required></label>"
                f"<button>{t(lang, 'sign_in')}</button></form>")
        resp = _page(t(lang, "sign_in"), body, status=status, lang=lang)
        set_cookie(resp, PRE_COOKIE, token, max_age=1800)
        return resp

    @bp.get("/")
    def root():
        return redirect("/console/", 303)

    @bp.get("/console/sign-in")
    def sign_in_page():
        if accounts.session(engine, request.cookies.get(COOKIE)) is not None:
            return redirect("/console/", 303)
        if request.args.get("ended"):
            return sign_in_form(f"Your session ended ({accounts.IDLE_MS // 60_000} minutes without use, or "
                                f"{accounts.ABSOLUTE_MS // 3_600_000} hours): sign in again. What the last form held "
                                "was not saved.")
        return sign_in_form()

    @bp.post("/console/sign-in")
    def sign_in():
        pre = request.cookies.get(PRE_COOKIE, "")
        if not pre or not hmac.compare_digest((request.form.get("csrf") or "").encode(), pre.encode()):
            return sign_in_form("The form had expired; please sign in again.", 403)
        try:
            token = accounts.sign_in(engine, request.form.get("username", ""), request.form.get("password", ""),
                                     request.form.get("code", ""), address())
        except accounts.SignInRefused as err:
            return sign_in_form(str(err) + ".", 401)
        resp = redirect("/console/", 303)
        set_cookie(resp, COOKIE, token)
        resp.delete_cookie(PRE_COOKIE, path="/")
        return resp

    @bp.post("/console/sign-out")
    @signed_in()
    def sign_out(sess):
        accounts.sign_out(engine, request.cookies.get(COOKIE, ""))
        accounts.audit(engine, sess.staff.username, "signed out", None, None, address())
        resp = redirect("/console/sign-in", 303)
        resp.delete_cookie(COOKIE, path="/")
        return resp

    @bp.get("/console/")
    def home():
        sess = accounts.session(engine, request.cookies.get(COOKIE))
        if sess is not None and not sess.staff.may("clinics") and sess.staff.may("queue"):
            return redirect("/console/queue", 303)
        return clinics()

    @signed_in("clinics", "viewed clinics")
    def clinics(sess):
        now = wall_ms()
        rows = []
        from ..analytics.activity import DAYS, per_day, sparklines
        activity = per_day(store, now)
        phones = contacts(engine)
        for c in glance.clinics(store, now):
            waiting = "—" if not c.devices else (
                f"{c.waiting}<br><span class=muted>as of the last contact, {escape(glance.ago(c.last_contact_ms, now))}"
                "</span>" if c.last_contact_ms else "unknown (never synced)")
            conflicts = str(c.open_conflicts) if c.open_conflicts else "none"
            rows.append([f"<a href='/console/clinics/{escape(quote(c.clinic_id, safe=''))}'>{escape(c.clinic_id)}</a>",
                         _pill(c), escape(c.summary), _when(c.last_contact_ms, now), waiting, conflicts,
                         str(len(c.devices)),
                         phone_link(phones[c.clinic_id]) if c.clinic_id in phones else "<span class=muted>none</span>",
                         sparklines(activity, c.clinic_id)])
        legend = (f"<p class=muted>Worst first. Silent: no contact for {glance.SILENT_HOURS} hours or more. "
                  "Behind: events recorded at the clinic have not reached the hub. Clock wrong: the box's clock "
                  f"is off by more than {glance.SKEW_LIMIT_S // 60} minutes. Times are the hub's local time.</p>")
        return _page("Clinics at a glance", legend + _table(
            ["Clinic", "Status", "What it means", "Last contact", "Events waiting at the clinic", "Open conflicts",
             "Boxes", "Phone", f"Events and bytes a day (last {DAYS} days)"], rows, "No clinics yet: make an enrolment token with `clinic hub token create`."), sess)

    @bp.get("/console/clinics/<path:clinic_id>")    # a clinic id is free text: it may hold a slash
    @signed_in("clinics", "viewed clinic")
    def clinic_page(sess, clinic_id: str):
        return _clinic_page(sess, clinic_id)

    def _clinic_page(sess: accounts.Session, clinic_id: str, error: str = "", status: int = 200,
                     typed: dict[str, str] | None = None) -> Response:
        now = wall_ms()
        c = glance.clinic(store, clinic_id, now)
        if c is None:
            return _page("Unknown clinic", f"<p>The hub knows no clinic {escape(clinic_id)}.</p>", sess, 404)

        def revoke_form(d) -> str:
            if d.revoked_at:
                return f"revoked {_when(glance.parse_iso_ms(d.revoked_at), now)}"
            if not sess.staff.may("revoke"):
                return ""
            return (f"<form method=post action='/console/boxes/{escape(quote(d.device_id, safe=''))}/revoke'>"
                    f"<input type=hidden name=csrf value='{escape(sess.csrf)}'>"
                    f"<label>Reason (kept in the audit) <input name=reason maxlength={revoke.MAX_REASON} required>"
                    "</label><button>Revoke this box</button></form>")
        devices = _table(["Box", "Status", "Last contact", "Events waiting", "Clock", "Failed requests", "Data moved",
                          "Revoke"], [
            [escape(d.device_id), f"<span class='pill {glance.STATUSES[d.status][2]}'>"
                                  f"{escape(glance.STATUSES[d.status][1])}</span>",
             _when(d.last_contact_ms, now),
             (f"{d.waiting}" + (f", the oldest from {escape(glance.local_time(d.waiting_since_ms))}"
                                if d.waiting_since_ms else "")
              + f"<br><span class=muted>as of the last contact, {escape(glance.ago(d.last_contact_ms, now))}</span>")
             if d.last_contact_ms else "unknown (never synced)",
             "right" if abs(d.skew_s) <= glance.SKEW_LIMIT_S else
             f"{'ahead' if d.skew_s > 0 else 'behind'} by {escape(glance.duration(d.skew_s))}",
             f"{d.errors} of {d.requests}" + (f"<br><span class=muted>last: {escape(d.last_error)}</span>"
                                              if d.errors and d.last_error else ""),
             _size(d.bytes_moved), revoke_form(d)] for d in c.devices], "No box has enrolled for this clinic yet.")
        history = _table(["When (hub time)", "Box", "Audit entries up to", "Audit chain check"], [
            [_when(glance.parse_iso_ms(a["received_at"]), now), escape(a["device_id"]), str(a["seq"]),
             {"confirmed": "matches", "pending": "checked at the next sync",
              "mismatch": "<span class='pill red'>changed after the sync</span>"}.get(a["status"], escape(a["status"]))]
            for a in glance.sync_history(store, c)], "No syncs recorded yet.")
        refused = _table(["When (hub time)", "Box", "What", "Detail"], [
            [_when(glance.parse_iso_ms(f["flagged_at"]), now), escape(f["device_id"]),
             f"<span class='pill red'>{escape(f['kind'])}</span>", escape(f["detail"])]
            for f in store.flags() if f["clinic_id"] == clinic_id], "Nothing refused as misbehaviour.")
        tokens = _table(["Made (hub time)", "Expires", "Used by"], [
            [_when(glance.parse_iso_ms(tk["created_at"]), now), escape(glance.local_time(
                glance.parse_iso_ms(tk["expires_at"]))), escape(tk["used_by"] or "not used yet")]
            for tk in store.tokens() if tk["clinic_id"] == clinic_id], "No enrolment tokens for this clinic.")
        alerts = [p for d in c.devices for p in (f"{d.device_id}: {x}" for x in d.problems)]
        if c.audit_mismatches:
            alerts.insert(0, f"the audit chain of a box changed after the hub anchored it ({c.audit_mismatches} times)")
        if c.open_conflicts:
            alerts.insert(0, f"{c.open_conflicts} conflict(s) waiting for a decision")
        if not c.devices:
            alerts.append(c.summary)
        alerts_html = ("<ul>" + "".join(f"<li>{escape(a)}</li>" for a in alerts) + "</ul>") if alerts else \
            "<p class=box>No alerts.</p>"
        if sess.staff.may("conflicts"):
            conflicts = _conflict_list(review.open_conflicts(store, clinic_id), sess, now)
        else:
            conflicts = f"<p class=box>{c.open_conflicts or 'No'} open conflict(s) (their contents are for clinicians).</p>"
        shown = f"<p class=error role=alert>{escape(error)}</p>" if error else ""
        phone = _contact_section(sess, clinic_id, typed)
        return _page(f"Clinic {clinic_id}", f"{shown}<p>{_pill(c)} {escape(c.summary)}</p><h2>Alerts</h2>{alerts_html}"
                                            f"<h2>Phone</h2>{phone}"
                                            f"<h2>Boxes</h2>{devices}<h2>Refused as misbehaviour</h2>{refused}"
                                            f"<h2>Sync history</h2>{history}<h2>Conflicts</h2>{conflicts}"
                                            f"<h2>Enrolment tokens</h2>{tokens}", sess, status)

    def _contact_section(sess: accounts.Session, clinic_id: str, typed: dict[str, str] | None) -> str:
        """The number a doctor rings when the call cannot reach the clinic; the hub admin's form to set it
        (after a refusal, what was typed is shown again)."""
        held = contact_of(engine, clinic_id)
        now = (f"<p>{phone_link(held)} <span class=muted>set by {escape(held.updated_by)}, "
               f"{escape(held.updated_at[:16].replace('T', ' '))} UTC</span></p>" if held else
               "<p class=box>No phone number: a doctor whose call cannot reach this clinic is not shown one.</p>")
        if not sess.staff.may("contacts"):
            return now
        typed = typed if typed is not None else {"phone": held.phone if held else "",
                                                 "name": (held.name or "") if held else ""}
        return (now + f"<form method=post action='/console/clinics/{escape(quote(clinic_id, safe=''))}/contact' "
                "class=box>"
                f"<input type=hidden name=csrf value='{escape(sess.csrf)}'>"
                f"<label>Phone number <input name=phone type=tel inputmode=tel maxlength={PHONE_MAX_CHARS} "
                f"value='{escape(typed.get('phone', ''))}' placeholder='98123 45678 or +91 98123 45678'></label>"
                f"<label>Who answers it (optional) <input name=name maxlength={MAX_NAME_CHARS} size=50 "
                f"value='{escape(typed.get('name', ''))}' placeholder='Sister Meena, nurse in charge'></label>"
                "<p class=muted>Shown to a doctor whose video call cannot reach the clinic, as a number to ring. "
                "Both fields empty: no number. Kept in the audit.</p><button>Save the phone</button></form>")

    @bp.post("/console/clinics/<path:clinic_id>/contact")
    @signed_in("contacts")
    def clinic_contact(sess, clinic_id: str):
        typed = {k: request.form.get(k, "") for k in FIELDS}
        try:
            repeated = [k for k in typed if len(request.form.getlist(k)) > 1]
            if repeated:
                raise InvalidContact(repeated[0], "give it once")
            contact.set_clinic_contact(store, engine, sess.staff.username, clinic_id, typed["phone"],
                                       typed["name"], address())
        except BadRequest as err:
            accounts.audit(engine, sess.staff.username, "refused: clinic contact", clinic_id[:200], err.detail,
                           address())
            if isinstance(err, UnknownClinic):
                return _page("Unknown clinic", f"<p class=error role=alert>{escape(err.detail)}</p>", sess,
                             err.status)
            return _clinic_page(sess, clinic_id, err.detail, err.status, typed)
        return redirect(f"/console/clinics/{quote(clinic_id, safe='')}", 303)

    @bp.post("/console/boxes/<device_id>/revoke")
    @signed_in("revoke")
    def revoke_box(sess, device_id: str):
        device = store.device(device_id)
        try:
            revoke.revoke_box(store, engine, sess.staff, device_id, request.form.get("reason", ""), address())
        except BadRequest as err:
            accounts.audit(engine, sess.staff.username, "refused: revoke", device_id, err.detail, address())
            if device is None:
                return _page("Unknown box", f"<p class=error role=alert>{escape(err.detail)}</p>", sess, err.status)
            return _clinic_page(sess, device.clinic_id, err.detail, err.status)
        return redirect(f"/console/clinics/{quote(device.clinic_id, safe='')}", 303)

    def _conflict_list(items: list[dict], sess: accounts.Session, now: int, error: str = "") -> str:
        shown = f"<p class=error role=alert>{escape(error)}</p>" if error else ""
        if not items:
            return shown + "<p class=box>No conflicts: nothing is waiting for a decision.</p>"
        out = [shown, f"<p class=muted>{escape(review.RULE_TEXT)}</p>"]
        for c in items:
            def side(title: str, v: dict) -> str:
                return (f"<div><h3>{escape(title)}</h3><p class=value>{escape(str(v['value']))}</p>"
                        f"<p>by {escape(v['actor'])} on box {escape(v['box'])}<br>{_when(v['at_ms'], now)}</p></div>")
            form = ""
            if sess.staff.may("resolve"):
                form = (f"<form method=post action='/console/conflicts/{escape(quote(c['id'], safe=''))}/resolve'>"
                        f"<input type=hidden name=csrf value='{escape(sess.csrf)}'>"
                        "<label><input type=radio name=choice value=applied required> keep the value applied for now</label>"
                        "<label><input type=radio name=choice value=other> take the other value</label>"
                        f"<label>Reason (kept with the decision) <textarea name=reason rows=2 cols=60 maxlength="
                        f"{review.MAX_REASON} required></textarea></label><button>Resolve</button></form>")
            out.append(f"<div class=box><h2>{escape(c['entity'])} {escape(c['field'])} "
                       f"<span class=muted>(clinic {escape(c['clinic_id'])}, record {escape(c['entity_id'])})</span></h2>"
                       f"<p class=muted>{escape('How the boxes merged it: ' + c['rule'])}</p><div class=side>"
                       f"{side('Applied for now', c['applied'])}{side('The other value', c['other'])}</div>{form}</div>")
        return "".join(out)

    @bp.get("/console/conflicts")
    @signed_in("conflicts", "viewed conflicts")
    def conflicts(sess):
        return _page("Conflicts waiting for a decision",
                     _conflict_list(review.open_conflicts(store), sess, wall_ms()), sess)

    @bp.post("/console/conflicts/<conflict_id>/resolve")
    @signed_in("resolve")
    def resolve(sess, conflict_id: str):
        try:
            review.resolve(store, engine, sess.staff, conflict_id, request.form.get("choice", ""),
                           request.form.get("reason", ""), address())
        except BadRequest as err:
            accounts.audit(engine, sess.staff.username, "refused: resolve", conflict_id, err.detail, address())
            return _page("Conflicts waiting for a decision",
                         _conflict_list(review.open_conflicts(store), sess, wall_ms(), err.detail), sess,
                         err.status)
        return redirect("/console/conflicts", 303)

    @bp.get("/console/audit")
    @signed_in("audit", "viewed audit")
    def audit(sess):
        now = wall_ms()
        rows = [[_when(a["at_ms"], now), escape(a["username"]), escape(a["action"]), escape(a["target"] or ""),
                 escape(a["detail"] or ""), escape(a["address"] or "")] for a in accounts.audit_trail(engine)]
        return _page("What hub staff did", _table(["When", "Who", "Action", "On", "Detail", "From"], rows,
                                                  "Nothing yet."), sess)

    from .sms_web import register_sms_pages
    register_sms_pages(bp, app.config["HUB_SMS"], engine, signed_in, address, _page, _table)
    from .doctor_web import register_doctor_pages, register_oauth
    register_doctor_pages(bp, store, signed_in, address, _page, _table)
    register_oauth(app, bp, store, signed_in, address, _page)
    app.register_blueprint(bp)

