"""The remote doctor's pages: the queue across the clinics they serve, and the consult screen (chart
from the hub's copy, SOAP note, diagnoses, prescription, referral). Parse, call chart/consult, format;
server-made HTML and forms (the queue refreshes itself with a meta refresh every 5 s); one small script,
draft.js, grows the caption-made SOAP draft on the consult screen without touching what the doctor typed."""
from __future__ import annotations

import re
from html import escape
from pathlib import Path
from typing import Any, Callable
from urllib.parse import quote

from flask import Blueprint, Response, current_app, jsonify, redirect, request

from clinical.messages import too_high

from ...clock import wall_ms
from ...errors import BadRequest
from ..contacts.services import contact_of
from ..store import HubStore
from . import accounts, chart, consult, doctors, draft, i18n
from .i18n import rx as rx_text
from .i18n import specialty, t, word

QUEUE_REFRESH_S = 5
DRAFT_POLL_S = 3            # how often the consult screen asks for the captions' draft
# The consult screen runs draft.js (same origin) and fetches the draft as JSON; nothing else is widened.
CONSULT_CSP = ("default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'; "
               "font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
HERE = Path(__file__).parent
DRUG_ROWS = 2
_MESSAGES = {"saved"}


def register_doctor_pages(bp: Blueprint, store: HubStore, signed_in: Callable, address: Callable,
                          page: Callable, table: Callable) -> None:
    engine = store.engine

    def lang() -> str:
        return i18n.lang_of(request.cookies.get(i18n.COOKIE))

    def waited(req: chart.Request, now: int, lg: str) -> str:
        ms = chart.iso_ms(req.requested_at)
        if ms is None:
            return t(lg, "unknown")
        mins = max(0, (now - ms) // 60_000)
        return t(lg, "minutes", n=mins) if mins < 60 else t(lg, "hours", h=mins // 60, m=mins % 60)

    def urgency(req: chart.Request, lg: str) -> str:
        key = f"u_{req.urgency}" if f"u_{req.urgency}" in i18n.STRINGS else None
        return f"<span class='pill u-{escape(req.urgency)}'>{escape(t(lg, key) if key else req.urgency)}</span>"

    def status_word(status: str, lg: str) -> str:
        key = f"s_{status}"
        return escape(t(lg, key) if key in i18n.STRINGS else status)

    def sex_word(sex: str | None, lg: str) -> str:
        key = f"sex_{sex}"
        return t(lg, key) if key in i18n.STRINGS else (sex or t(lg, "unknown"))

    def name(patient: dict[str, Any]) -> str:
        return " ".join(p for p in (patient.get("given_name"), patient.get("family_name")) if p) or "?"

    def vitals_text(vitals: dict[str, Any], lg: str = "en") -> str:
        def num(v: Any) -> str:
            return f"{v:g}" if isinstance(v, (int, float)) else str(v)

        def label(k: str) -> str:   # "SpO₂", "Pulse", not the record's field names
            return t(lg, f"vital_{k}") if f"vital_{k}" in i18n.STRINGS else k
        return ", ".join(f"{escape(label(k))} {escape(num(v['value']))}{escape(chart.VITAL_UNITS.get(k, ''))}"
                         for k, v in vitals.items()) or "—"

    def med_line(i: dict[str, Any]) -> str:
        dose = i.get("dose")
        return escape(f"{i.get('drug', '')} {dose:g} {i.get('unit', '')} {i.get('frequency', '')} × "
                      f"{i.get('duration_days', '')}" if isinstance(dose, (int, float)) else str(i.get("drug", "")))

    @bp.get("/console/lang/<code>")
    def set_language(code: str):
        if code not in i18n.LANGS:
            return page("Bad request", "<p class=error role=alert>Unknown language.</p>", status=400)
        path = request.args.get("next", "")       # the page the switch was on (no Referer: no-referrer)
        if not re.fullmatch(r"/console/[A-Za-z0-9/_.-]*", path) or path.startswith("/console/lang/"):
            path = "/console/"
        resp = redirect(path, 303)
        resp.set_cookie(i18n.COOKIE, code, max_age=365 * 86400, httponly=True, samesite="Strict",
                        secure=request.is_secure, path="/")
        return resp

    @bp.get("/console/queue")
    @signed_in("queue")
    def queue(sess):
        lg, now = lang(), wall_ms()
        clinics = doctors.clinics_served(engine, sess.staff.id)
        if not clinics:
            return page(t(lg, "queue_title"), f"<p class=box>{escape(t(lg, 'no_clinics'))}</p>", sess, lang=lg)
        items = chart.queue(store, clinics)
        doctors.record_access(engine, sess.staff.username, "viewed queue", None, None,
                              " ".join(r.patient_id for r in items) or None, address())
        rows = [[urgency(r, lg), escape(r.clinic_id),
                 f"<a href='/console/consult/{escape(quote(r.id, safe=''))}'>{escape(name(r.patient))}</a>",
                 f"{escape(t(lg, 'years', n=r.age) if r.age is not None else t(lg, 'unknown'))}, "
                 f"{escape(sex_word(r.patient.get('sex'), lg))}",
                 escape(r.complaint or r.note or "—"), vitals_text(r.vitals, lg), escape(waited(r, now, lg)),
                 status_word(r.status, lg)] for r in items]
        body = (f"<p class=muted>{escape(t(lg, 'queue_legend', clinics=', '.join(clinics)))}</p>"
                + table([t(lg, k) for k in ("col_urgency", "col_clinic", "col_patient", "col_age_sex",
                                            "col_complaint", "col_vitals", "col_waiting", "col_status")],
                        rows, t(lg, "queue_empty")))
        return page(t(lg, "queue_title"), body.replace("<table>", "<table class=queue>", 1), sess, lang=lg,
                    refresh_s=QUEUE_REFRESH_S)

    def captions_of(req: chart.Request) -> list[str]:
        sig = current_app.config.get("HUB_SIGNALLING")
        return sig.captions_for(req.clinic_id, req.encounter_id) if sig is not None else []

    def caption_draft(req: chart.Request, ch: dict[str, Any], seen: int | None = None) -> dict[str, Any] | None:
        """The captions' draft; `seen` limits it to the captions the doctor's screen had shown."""
        captions = captions_of(req)
        if seen is not None:
            captions = captions[:max(0, seen)]
        return draft.caption_draft(captions, list(ch["visit_vitals"].values()))

    def clinic_phone(clinic_id: str, lg: str) -> str:
        """The clinic's number as a tap-to-call link beside the call, for when the call cannot get through."""
        held = contact_of(engine, clinic_id)
        if held is None:
            return f"<p class=muted data-clinic-phone-none>{escape(t(lg, 'no_clinic_phone', clinic=clinic_id))}</p>"
        who = f" ({escape(held.name)})" if held.name else ""
        return (f"<p>{escape(t(lg, 'clinic_phone', clinic=clinic_id))}{who}: "
                f"<a href='tel:{escape(held.phone)}' data-clinic-phone>{escape(held.phone)}</a></p>")

    def pregnancy_said(ch: dict[str, Any], lg: str) -> str:
        """What the clinic's triage said of a pregnancy, beside age and sex (nothing when not asked or not known)."""
        said = ch.get("visit_pregnant")
        return "" if said is None else f", {escape(t(lg, 'triage_pregnant' if said else 'triage_not_pregnant'))}"

    def pregnancy_fields(p: dict[str, Any], ch: dict[str, Any], form: dict[str, str], lg: str) -> str:
        """The doctor's own answer on a pregnancy (for anyone not male) and the reason to prescribe a drug to
        avoid in pregnancy all the same (consult.prescribe checks both, as the box does)."""
        from clinical.limits import OVERRIDE_REASON
        reason = (f"<label>{escape(t(lg, 'pregnancy_override'))}<input name=pregnancy_reason "
                  f"maxlength={OVERRIDE_REASON[1]} value='{escape(form.get('pregnancy_reason', ''))}'></label>")
        if p.get("sex") == "male":
            return reason
        chosen = form.get("pregnant", "")
        options = "".join(f"<option value='{v}'{' selected' if v == chosen else ''}>{escape(t(lg, key))}</option>"
                          for v, key in (("", "pregnant_unsaid"), ("yes", "pregnant_yes"), ("no", "pregnant_no")))
        return f"<label>{escape(t(lg, 'pregnant_question'))}<select name=pregnant>{options}</select></label>{reason}"

    def the_request(sess, request_id: str) -> chart.Request | None:
        return chart.request(store, request_id, doctors.clinics_served(engine, sess.staff.id))

    def consult_page(sess, req: chart.Request, error: str = "", status: int = 200,
                     form: dict[str, str] | None = None, warnings: list[str] | None = None) -> Response:
        lg, form = lang(), form or {}

        def who(author: str | None) -> str:
            return sess.staff.full_name if author == consult.actor(sess.staff) else (author or "?")
        ch = chart.chart(store, req.patient_id, req.encounter_id)
        doctors.record_access(engine, sess.staff.username, "read chart", req.patient_id, req.clinic_id,
                              f"request {req.id}", address())
        csrf = f"<input type=hidden name=csrf value='{escape(sess.csrf)}'>"
        base = f"/console/consult/{escape(quote(req.id, safe=''))}"
        msg = request.args.get("done", "")
        notice = (f"<p class=error role=alert>{escape(error)}</p>" if error else
                  f"<p class=ok role=status>{escape(t(lg, msg))}</p>" if msg in _MESSAGES else "")
        if warnings:  # not saved: what the doctor must read and acknowledge (duplicate therapy, no age or weight)
            notice += (f"<div class=warn role=alert data-kind=warnings><p>{escape(t(lg, 'warnings_title'))}</p><ul>"
                       + "".join(f"<li>{escape(rx_text(lg, w))}</li>" for w in warnings) + "</ul></div>")
        saved_rx = next((m for m in ch["medications"] if m["id"] == request.args.get("rx")), None)
        info = consult.notes_for(ch, saved_rx) if saved_rx and not error else None
        if info:  # saved (said once, above), with what went with it: a warning's colour, not "Saved"'s green
            notice += (f"<div class=warn role=status data-kind=notes><p>{escape(t(lg, 'check_title'))}</p>"
                       "<ul class=notes>" + "".join(f"<li>{escape(rx_text(lg, n))}</li>" for n in info) + "</ul></div>")
        p = ch["patient"]
        # Allergies first: the doctor reads them before anything else.
        if ch["allergies"]:
            allergies = "<ul class=allergies>" + "".join(
                f"<li><strong>{escape(a.get('substance', '?'))}</strong>"
                + (f" — {escape(a['reaction'])}" if a.get("reaction") else "")
                + (f" <span class=muted>({escape(word(lg, 'sev', a['severity']))})</span>" if a.get("severity") else "") + "</li>"
                for a in ch["allergies"]) + "</ul>"
        else:
            allergies = f"<p>{escape(t(lg, 'no_allergies'))}</p>"
        visit = ch["visit"] or {}
        history = "".join(f"<li>{escape(d.get('text', ''))} <span class=muted>{escape(d.get('recorded_at', '')[:10])}"
                          "</span></li>" for d in ch["history"]) or f"<li>{escape(t(lg, 'none'))}</li>"
        meds = "".join(f"<li>{med_line(i)} <span class=muted>{escape((m.get('created_at') or '')[:10])} · "
                       f"{escape(word(lg, 'rx', m.get('status')))}</span></li>"
                       for m in ch["medications"] for i in m.get("items", [])) or f"<li>{escape(t(lg, 'none'))}</li>"
        past = "".join(
            f"<li>{escape((e.get('opened_at') or '')[:10])}: {escape(e.get('complaint') or '—')}"
            + (" — " + escape(", ".join(d.get("text", "") for d in e["diagnoses"])) if e["diagnoses"] else "")
            + "</li>" for e in ch["encounters"] if e["id"] != req.encounter_id) or f"<li>{escape(t(lg, 'none'))}</li>"
        chart_html = (
            f"<section class='box allergy-box'><h2>{escape(t(lg, 'allergies'))}</h2>{allergies}</section>"
            f"<section class=box><h2>{escape(t(lg, 'this_visit'))}</h2>"
            f"<p>{escape(t(lg, 'col_complaint'))}: <strong>{escape(visit.get('complaint') or '—')}</strong></p>"
            f"<p>{escape(t(lg, 'triage'))}: {urgency(req, lg)} · {escape(t(lg, 'specialty'))}: "
            f"{escape(specialty(lg, req.specialty) or '—')}</p>"
            f"<p>{escape(t(lg, 'col_vitals'))}: {vitals_text(ch['visit_vitals'], lg)}</p>"
            + (f"<p>{escape(t(lg, 'request_note'))}: {escape(req.note)}</p>" if req.note else "")
            + f"</section><section class=box><h2>{escape(t(lg, 'history'))}</h2><ul>{history}</ul>"
            f"<h2>{escape(t(lg, 'medications'))}</h2><ul>{meds}</ul>"
            f"<h2>{escape(t(lg, 'past_visits'))}</h2><ul>{past}</ul></section>")

        # The request's status: the doctor takes it, starts the call, finishes.
        # A consult needs no call (phone, chat): a doctor joining may finish it without one.
        actions = {"waiting": [("joining", "take")], "joining": [("in_call", "start_call"), ("done", "finish_no_call")],
                   "in_call": [("done", "finish")]}
        status_form = "".join(
            f"<form method=post action='{base}/status' class=inline>{csrf}"
            f"<input type=hidden name=status value={nxt}><button>{escape(t(lg, label))}</button></form> "
            for nxt, label in actions.get(req.status, []))
        # The call runs on the hub's call page (sync/hub/signalling: call_panel.html + call.js) in its own
        # tab, so saving the note here (a form post, a new page) never drops it.
        can_call = (req.status in ("joining", "in_call") and req.doctor_id == sess.staff.id
                    and current_app.config.get("HUB_SIGNALLING") is not None)
        call = (f"<section class='box call' id=call-panel><h2>{escape(t(lg, 'call_panel'))}</h2>"
                f"<p class=muted>{escape(t(lg, 'call_placeholder'))}</p>"
                + (f"<form method=post action='{base}/call' target=_blank>{csrf}"
                   f"<button class=primary>{escape(t(lg, 'join_call'))}</button></form>" if can_call else
                   f"<p class=muted>{escape(t(lg, 'call_after_take'))}</p>") + clinic_phone(req.clinic_id, lg)
                + "</section>")

        note = ch["note"]
        if note and note["signed"]:
            s = note["signed"]
            note_html = ("".join(f"<h3>{escape(t(lg, sec))}</h3><p>{'<br>'.join(escape(x) for x in note['sections'][sec])}"
                                 "</p>" for sec in chart.SECTIONS)
                         + f"<p class=ok>{escape(t(lg, 'signed', who=who(s.get('signed_by')), at=(s.get('signed_at') or '')[:16].replace('T', ' ')))}</p>")
        else:
            version = note["version"] if note else 0
            head = (escape(t(lg, "draft_from", v=version, who=who(note.get("author")))) if note
                    else escape(t(lg, "no_draft")))
            ai = caption_draft(req, ch)
            shown = {sec: form.get(sec, chr(10).join(note['sections'][sec]) if note else '') for sec in chart.SECTIONS}
            offer = draft.offered(ai["sections"] if ai else {}, {k: v.split("\n") for k, v in shown.items()})

            def ai_block(sec: str) -> str:
                # The AI's lines stay apart from the doctor's text, marked, until the doctor adds them.
                items = "".join(f"<li>{escape(line)}</li>" for line in offer[sec])
                return (f"<div class=ai-draft data-ai-section={sec}{'' if items else ' hidden'}>"
                        f"<p class=ai-label>{escape(t(lg, 'ai_draft_label'))}</p><ul>{items}</ul>"
                        f"<button type=button data-ai-add={sec}>{escape(t(lg, 'ai_add'))}</button></div>")
            fields = "".join(
                f"<label>{escape(t(lg, sec))}<textarea name={sec} rows=3>{escape(shown[sec])}</textarea></label>"
                + ai_block(sec) for sec in chart.SECTIONS)
            note_html = (f"<p class=muted>{head}</p>"
                         f"<form method=post action='{base}/note' data-ai-source='{base}/draft' "
                         f"data-ai-every={DRAFT_POLL_S}>{csrf}"
                         f"<input type=hidden name=base_version value={version}>"
                         f"<input type=hidden name=ai_captions value={ai['captions'] if ai else 0}>{fields}"
                         f"<button>{escape(t(lg, 'save_note'))}</button></form>"
                         "<script src=/console/static/draft.js defer></script>")
            if note:
                note_html += (f"<form method=post action='{base}/sign' class=inline>{csrf}"
                              f"<input type=hidden name=version value={version}>"
                              f"<button class=primary>{escape(t(lg, 'sign_note'))}</button></form>"
                              f" <span class=muted>{escape(t(lg, 'sign_finishes'))}</span>")

        dx_list = "".join(f"<li>{escape(d.get('text', ''))}" + (f" ({escape(d['code'])})" if d.get("code") else "")
                          + f" <span class=muted>{escape(t(lg, d['certainty']) if d.get('certainty') in consult.CERTAINTIES else d.get('certainty', ''))}</span></li>"
                          for d in ch["visit_diagnoses"])
        dx_html = (f"<ul>{dx_list}</ul><form method=post action='{base}/diagnosis' class=row>{csrf}"
                   f"<label>{escape(t(lg, 'diagnosis'))}<input name=text required maxlength=200 "
                   f"value='{escape(form.get('text', ''))}'></label>"
                   f"<label>{escape(t(lg, 'icd_code'))}<input name=code maxlength=20 size=8></label>"
                   f"<label>{escape(t(lg, 'certainty'))}<select name=certainty>"
                   + "".join(f"<option value={c}>{escape(t(lg, c))}</option>" for c in consult.CERTAINTIES)
                   + f"</select></label><button>{escape(t(lg, 'add_diagnosis'))}</button></form>")

        visit_rx = [m for m in ch["medications"] if m.get("encounter_id") == req.encounter_id]
        rx_list = "".join(f"<li>{med_line(i)} <span class=muted>{escape(word(lg, 'rx', m.get('status')))}</span></li>"
                          for m in visit_rx for i in m.get("items", []))

        def opts(name_: str, values: tuple[str, ...], chosen: str, prefix: str = "", blank: bool = False) -> str:
            # the code is the value sent; the option shows it in the doctor's language. A blank first
            # choice: nothing is chosen for the doctor (a frequency never defaults to TDS).
            return (f"<select name={name_}>" + ("<option value=''>—</option>" if blank else "") + "".join(
                f"<option value='{escape(v)}'{' selected' if v == chosen else ''}>"
                f"{escape(word(lg, prefix, v) if prefix else v)}</option>" for v in values) + "</select>")

        from clinical.doses import FREQUENCIES, ROUTES, UNITS
        from clinical.limits import DRUG_NAME, OVERRIDE_REASON
        lines = "".join(
            f"<tr><td><input name=drug_{n} maxlength={DRUG_NAME[1]} value='{escape(form.get(f'drug_{n}', ''))}'></td>"
            f"<td><input name=dose_{n} inputmode=decimal size=5 value='{escape(form.get(f'dose_{n}', ''))}'></td>"
            f"<td>{opts(f'unit_{n}', UNITS, form.get(f'unit_{n}', 'mg'))}</td>"
            f"<td>{opts(f'route_{n}', ROUTES, form.get(f'route_{n}', 'oral'), 'route')}</td>"
            f"<td>{opts(f'frequency_{n}', FREQUENCIES, form.get(f'frequency_{n}', ''), 'freq', blank=True)}</td>"
            f"<td><input name=days_{n} inputmode=numeric size=3 value='{escape(form.get(f'days_{n}', ''))}'></td></tr>"
            for n in range(DRUG_ROWS))
        rx_html = (f"<ul>{rx_list}</ul><form method=post action='{base}/prescription'>{csrf}<table class=rx><tr>"
                   + "".join(f"<th>{escape(t(lg, k))}</th>" for k in ("drug", "dose", "unit", "route", "frequency",
                                                                        "days"))
                   + f"</tr>{lines}</table><label>{escape(t(lg, 'override'))}"
                   f"<input name=override maxlength={OVERRIDE_REASON[1]} "
                   f"value='{escape(form.get('override', ''))}'></label>"
                   + pregnancy_fields(p, ch, form, lg)
                   + (f"<label class=ack><input type=checkbox name=acknowledge value=1 required> "
                      f"{escape(t(lg, 'acknowledge'))}</label>" if warnings else "")
                   + f"<button>{escape(t(lg, 'prescribe'))}</button></form>")
        # Referrals: to a clinic the hub knows (chosen, not typed), or a facility outside the network, marked so.
        visit_refs = sorted((r for r in ch["referrals"] if r.get("encounter_id") == req.encounter_id),
                            key=lambda r: r.get("referred_at") or "")

        def ref_item(r: dict[str, Any]) -> str:
            where = (f"<strong>{escape(r.get('to_facility') or '')}</strong> "
                     f"<span class=muted>({escape(t(lg, 'outside_network'))})</span>" if r.get("outside")
                     else f"<strong>{escape(r.get('to_clinic') or '?')}</strong>")
            return (f"<li>{where}: {escape(r.get('reason') or '')} <span class=muted>"
                    f"{escape((r.get('referred_at') or '')[:16].replace('T', ' '))}</span></li>")
        ref_list = "".join(ref_item(r) for r in visit_refs)
        others = [c for c in consult.known_clinics(store) if c.upper() != req.clinic_id.upper()]
        ref_html = ((f"<ul class=referrals>{ref_list}</ul>" if ref_list else "")
                    + f"<form method=post action='{base}/referral'>{csrf}<div class=row>"
                    f"<label>{escape(t(lg, 'refer_to'))}<select name=to_clinic><option value=''>—</option>"
                    + "".join(f"<option value='{escape(c)}'{' selected' if form.get('to_clinic') == c else ''}>"
                              f"{escape(c)}</option>" for c in others)
                    + f"</select></label><label>{escape(t(lg, 'or_outside'))}<input name=outside_facility "
                    f"maxlength=120 value='{escape(form.get('outside_facility', ''))}'></label></div>"
                    f"<label>{escape(t(lg, 'reason'))}<input name=reason maxlength=300 "
                    f"value='{escape(form.get('reason', ''))}'></label>"
                    f"<button>{escape(t(lg, 'refer'))}</button></form>")
        work = (call + f"<section class=box id=note><h2>{escape(t(lg, 'soap_note'))}</h2>{note_html}</section>"
                f"<section class=box id=diagnoses><h2>{escape(t(lg, 'diagnoses'))}</h2>{dx_html}</section>"
                f"<section class=box id=prescription><h2>{escape(t(lg, 'prescription'))}</h2>{rx_html}</section>"
                f"<section class=box id=referral><h2>{escape(t(lg, 'referral'))}</h2>{ref_html}</section>")
        age = t(lg, "years", n=chart.age_years(p.get("birth_date"))) if p.get("birth_date") else t(lg, "unknown")
        top = (f"{notice}<p>{escape(req.clinic_id)} · {escape(age)}, {escape(sex_word(p.get('sex'), lg))}"
               f"{pregnancy_said(ch, lg)} · "
               f"{escape(t(lg, 'col_status'))}: {status_word(req.status, lg)} {status_form} "
               f"<a href=/console/queue>{escape(t(lg, 'back_to_queue'))}</a></p>")
        resp = page(t(lg, "consult_title", name=name(p)),
                    f"{top}<div class=consult><div class=chart>{chart_html}</div><div class=work>{work}</div></div>",
                    sess, status, lang=lg)
        resp.headers["Content-Security-Policy"] = CONSULT_CSP
        return resp

    def not_found(sess) -> Response:
        lg = lang()
        return page(t(lg, "not_found"), f"<p class=box>{escape(t(lg, 'not_found'))}</p>", sess, 404, lang=lg)

    @bp.get("/console/consult/<request_id>")
    @signed_in("consult")
    def consult_view(sess, request_id: str):
        req = the_request(sess, request_id)
        if req is None:
            accounts.audit(engine, sess.staff.username, "refused: not their clinic", request.path, None, address())
            return not_found(sess)
        draft.warm_in_background()  # the call's captions will ask for a draft
        return consult_page(sess, req)

    @bp.get("/console/consult/<request_id>/draft")
    @signed_in("consult")
    def consult_draft(sess, request_id: str):
        """The captions' SOAP draft as JSON, for draft.js. Audited when it shows captions the screen had not
        seen (`seen`, the count the screen holds), not at every poll."""
        req = the_request(sess, request_id)
        if req is None:
            accounts.audit(engine, sess.staff.username, "refused: not their clinic", request.path, None, address())
            resp = jsonify({"title": "Not found", "status": 404, "detail": "no such request at your clinics"})
            resp.status_code = 404
            return resp
        ch = chart.chart(store, req.patient_id, req.encounter_id)
        ai = caption_draft(req, ch)
        count = ai["captions"] if ai else 0
        try:
            seen = int(request.args.get("seen", "0"))
        except ValueError:
            seen = 0
        if count > seen:
            doctors.record_access(engine, sess.staff.username, "read caption draft", req.patient_id, req.clinic_id,
                                  f"request {req.id}, {count} captions", address())
        note = ch["note"]
        resp = jsonify({"captions": count, "author": ai["author"] if ai else None,
                        "signed": bool(note and note["signed"]),
                        "sections": ai["sections"] if ai else {sec: [] for sec in chart.SECTIONS}})
        resp.headers["Cache-Control"] = "no-store"
        return resp

    @bp.get("/console/static/draft.js")
    def draft_script():
        resp = Response((HERE / "static" / "draft.js").read_bytes(), content_type="text/javascript; charset=utf-8")
        resp.headers["Cache-Control"] = "no-cache"
        return resp

    def write(action: str, do: Callable[[Any, chart.Request], Any]) -> Callable:
        def view(sess, request_id: str):
            req = the_request(sess, request_id)
            if req is None:
                accounts.audit(engine, sess.staff.username, "refused: not their clinic", request.path, None,
                               address())
                return not_found(sess)
            try:
                done = do(sess, req)
            except BadRequest as err:
                doctors.record_access(engine, sess.staff.username, f"refused: {action}", req.patient_id,
                                      req.clinic_id, err.detail[:500], address())
                lg = lang()
                if isinstance(err, consult.WarningsToAcknowledge):
                    return consult_page(sess, req, "", err.status, dict(request.form), err.extra["warnings"])
                if isinstance(err, (consult.AllergyBlock, consult.PregnancyBlock)):
                    # one refusal says every reason still missing: the allergy's and the pregnancy's
                    text = " ".join(
                        t(lg, key, detail="; ".join(rx_text(lg, m) for m in err.extra.get(field) or []))
                        for key, field in (("allergy_block_lines", "conflict_messages"),
                                           ("pregnancy_block_lines", "pregnancy_messages"))
                        if err.extra.get(field))
                elif isinstance(err, consult.DoseBlock):
                    # "beyond the drug's limit" only when it is (methotrexate written daily, a missing strength: how
                    # the dose is written)
                    problems = err.extra["dose_problems"]
                    text = t(lg, "dose_block" if all(map(too_high, problems)) else "dose_check_block",
                             detail="; ".join(rx_text(lg, m) for m in problems))
                else:
                    text = rx_text(lg, err.detail)     # a check's Message in the doctor's language; else as said
                return consult_page(sess, req, text, err.status, dict(request.form), err.extra.get("warnings"))
            doctors.record_access(engine, sess.staff.username, action, req.patient_id, req.clinic_id,
                                  f"request {req.id}", address())
            # Notes on a saved prescription are worked out again from what was stored (a refresh resends nothing).
            rx = (f"&rx={quote(done['entity_id'], safe='')}"
                  if isinstance(done, dict) and (done.get("notes") or done.get("warnings")) else "")
            return redirect(f"/console/consult/{quote(req.id, safe='')}?done=saved{rx}", 303)
        view.__name__ = f"consult_{action.replace(' ', '_')}"
        return bp.post(f"/console/consult/<request_id>/{action.split()[0]}")(signed_in("consult")(view))

    @bp.post("/console/consult/<request_id>/call")
    @signed_in("consult")
    def consult_call(sess, request_id: str):
        """A single-use join token for this doctor into the visit's room, then the hub's call page."""
        req = the_request(sess, request_id)
        if req is None:
            accounts.audit(engine, sess.staff.username, "refused: not their clinic", request.path, None, address())
            return not_found(sess)
        sig = current_app.config.get("HUB_SIGNALLING")
        try:
            if sig is None:
                raise BadRequest("this hub has no teleconsult signalling")
            if req.doctor_id != sess.staff.id or req.status not in ("joining", "in_call"):
                raise BadRequest("take the request before joining its call")
            issued = sig.issue_join_token(sess.staff.id, req.clinic_id, req.encounter_id)
            if req.status == "joining":
                consult.set_status(store, sess.staff, req, "in_call")
        except BadRequest as err:
            return consult_page(sess, req, err.detail, err.status)
        doctors.record_access(engine, sess.staff.username, "joined call", req.patient_id, req.clinic_id,
                              f"request {req.id}, room {issued.room_id}", address())
        return redirect(f"/call/{quote(issued.room_id, safe='')}#token={quote(issued.token, safe='')}", 303)

    write("status", lambda sess, req: consult.set_status(store, sess.staff, req, request.form.get("status", "")))

    def _int(name_: str) -> int:
        try:
            return int(request.form.get(name_, ""))
        except ValueError as err:
            raise BadRequest(f"{name_} must be a whole number") from err

    def _seen() -> int | None:
        try:
            return max(0, int(request.form.get("ai_captions", "")))
        except ValueError:
            return None

    def _save(sess, req: chart.Request) -> Any:
        ai = caption_draft(req, chart.chart(store, req.patient_id, req.encounter_id), _seen())
        return consult.save_note(store, sess.staff, req, {s: request.form.get(s, "") for s in chart.SECTIONS},
                                 _int("base_version"), ai)

    write("note", _save)
    write("sign", lambda sess, req: consult.sign_note(store, sess.staff, req, _int("version")))
    write("diagnosis", lambda sess, req: consult.add_diagnosis(
        store, sess.staff, req, request.form.get("text", ""), request.form.get("code"),
        request.form.get("certainty", "provisional")))

    def _items() -> list[dict[str, str]]:
        f = request.form
        return [{"drug": f.get(f"drug_{n}", ""), "dose": f.get(f"dose_{n}", ""), "unit": f.get(f"unit_{n}", ""),
                 "route": f.get(f"route_{n}", "oral"), "frequency": f.get(f"frequency_{n}", ""),
                 "duration_days": f.get(f"days_{n}", "")}
                for n in range(DRUG_ROWS) if f.get(f"drug_{n}", "").strip()]

    def _pregnant() -> bool | None:
        answer = request.form.get("pregnant", "")
        if answer not in ("", "yes", "no"):
            raise BadRequest("pregnant: choose yes, no, or not said")
        return {"yes": True, "no": False}.get(answer)

    write("prescription", lambda sess, req: consult.prescribe(store, sess.staff, req, _items(),
                                                              request.form.get("override"),
                                                              request.form.get("acknowledge") == "1",
                                                              request.form.get("pregnancy_reason"), _pregnant()))
    write("referral", lambda sess, req: consult.refer(store, sess.staff, req, request.form.get("to_clinic", ""),
                                                      request.form.get("reason", ""),
                                                      request.form.get("outside_facility")))


def register_oauth(app, bp: Blueprint, store: HubStore, signed_in: Callable, address: Callable,
                   page: Callable) -> None:
    """OAuth2 code + PKCE for hub staff (oauth.py): consent at /console/oauth/authorize (the person is
    signed in to the console with password + TOTP), tokens at /console/oauth/token, and the doctor's
    queue as JSON at /v1/doctor/queue for a bearer token."""
    from authlib.oauth2 import OAuth2Error
    from flask import jsonify

    from . import oauth

    engine = store.engine
    server = oauth.build_server(app, engine)

    def consent(sess, error: str = "") -> Response:
        lg = i18n.lang_of(request.cookies.get(i18n.COOKIE))
        try:
            grant = server.get_consent_grant(end_user=oauth.StaffUser(sess.staff.id, sess.staff.role))
        except OAuth2Error as err:
            return page("Sign-in request refused", f"<p class=error role=alert>{escape(err.error)}: "
                                                   f"{escape(err.description or '')}</p>", sess, 400, lang=lg)
        client = grant.client
        body = (f"<p class=error role=alert>{escape(error)}</p>" if error else "") + (
            f"<div class=box><p><strong>{escape(client.name)}</strong> asks to act as you "
            f"({escape(sess.staff.full_name)}): to read the teleconsult queue of the clinics you serve. "
            f"It will be sent back to {escape(grant.redirect_uri)}.</p>"
            f"<form method=post action='{escape(request.full_path)}'>"
            f"<input type=hidden name=csrf value='{escape(sess.csrf)}'>"
            "<button name=decision value=allow class=primary>Allow</button> "
            "<button name=decision value=deny>Deny</button></form></div>")
        resp = page("Allow an app to sign in as you", body, sess, lang=lg)
        origin = re.match(r"^https?://[^/]+", grant.redirect_uri or "")
        resp.headers["Content-Security-Policy"] = (
            "default-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; frame-ancestors 'none'; "
            "base-uri 'none'; "
            f"form-action 'self' {origin.group(0) if origin else ''}".rstrip())
        return resp

    @bp.get("/console/oauth/authorize")
    @signed_in()
    def oauth_authorize(sess):
        return consent(sess)

    @bp.post("/console/oauth/authorize")
    @signed_in()
    def oauth_approve(sess):
        allow = request.form.get("decision") == "allow"
        accounts.audit(engine, sess.staff.username, "oauth " + ("allowed" if allow else "denied"),
                       request.args.get("client_id", "")[:200], None, address())
        user = oauth.StaffUser(sess.staff.id, sess.staff.role)
        try:
            grant = server.get_consent_grant(end_user=user)      # the request is checked again, as on GET
        except OAuth2Error as err:
            return page("Sign-in request refused", f"<p class=error role=alert>{escape(err.error)}: "
                                                   f"{escape(err.description or '')}</p>", sess, 400)
        return server.create_authorization_response(grant_user=user if allow else None, grant=grant)

    @bp.post("/console/oauth/token")
    def oauth_token():
        return server.create_token_response()

    @bp.get("/v1/doctor/queue")
    def api_queue():
        token = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
        staff = oauth.staff_for_token(engine, token)
        if staff is None:
            resp = jsonify({"title": "Unauthorised", "status": 401, "detail": "a valid bearer token is required"})
            resp.status_code, resp.headers["WWW-Authenticate"] = 401, 'Bearer realm="clinic-hub"'
            return resp
        if not staff.may("queue"):
            resp = jsonify({"title": "Forbidden", "status": 403, "detail": "the queue is for doctors"})
            resp.status_code = 403
            return resp
        items = chart.queue(store, doctors.clinics_served(engine, staff.id))
        doctors.record_access(engine, staff.username, "viewed queue (api)", None, None,
                              " ".join(r.patient_id for r in items) or None, address())
        return jsonify({"results": [{
            "request_id": r.id, "clinic_id": r.clinic_id, "urgency": r.urgency, "status": r.status,
            "requested_at": r.requested_at, "patient_id": r.patient_id, "encounter_id": r.encounter_id,
            "age": r.age, "sex": r.patient.get("sex"), "complaint": r.complaint or r.note,
            "vitals": {k: v.get("value") for k, v in r.vitals.items()}} for r in items]})
