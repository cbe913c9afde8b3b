"""SOAP notes over HTTP: draft, edit, sign, addenda, and the draft-to-signed diff."""
from ..api import Api
from ..views_common import principal, reading, writing
from . import services
from .schemas import AddendumIn, AddendumOut, DraftIn, NoteEditIn, SignIn, SoapDiffOut, SoapNoteOut

api = Api("soap", "soap")


@api.route("/encounters/<encounter_id>/soap", "POST", permission="encounters.write", body=DraftIn,
           body_optional=True, status=201,
           summary="Draft the SOAP note (version 1, by the AI) from a transcript and the encounter's vitals",
           response=SoapNoteOut)
def draft_note(encounter_id: str, body: DraftIn | None):
    with writing() as uow:
        return services.draft_note(uow, encounter_id, body.transcript if body else None)


@api.route("/encounters/<encounter_id>/soap", "GET", permission="encounters.read",
           summary="The SOAP note: latest version, versions, the AI draft's findings, signature, addenda",
           response=SoapNoteOut)
def get_note(encounter_id: str):
    with reading() as conn:
        return services.get_note(conn, encounter_id)


@api.route("/encounters/<encounter_id>/soap", "PUT", permission="encounters.write", body=NoteEditIn,
           summary="Save the clinician's edited sections as a new version (409 once signed)", response=SoapNoteOut)
def edit_note(encounter_id: str, body: NoteEditIn):
    with writing() as uow:
        return services.edit_note(uow, encounter_id, body)


@api.route("/encounters/<encounter_id>/soap/sign", "POST", permission="encounters.write", body=SignIn,
           body_optional=True, summary="Sign the latest version (the encounter's doctor only); it is frozen",
           response=SoapNoteOut)
def sign_note(encounter_id: str, body: SignIn | None):
    with writing() as uow:
        return services.sign_note(uow, encounter_id, principal(), body.version if body else None)


@api.route("/encounters/<encounter_id>/soap/addenda", "POST", permission="encounters.write", body=AddendumIn,
           status=201, summary="Add an addendum to a signed SOAP note", response=AddendumOut)
def add_addendum(encounter_id: str, body: AddendumIn):
    with writing() as uow:
        return services.add_addendum(uow, encounter_id, body.text)


@api.route("/encounters/<encounter_id>/soap/diff", "GET", permission="encounters.read",
           summary="The AI draft against the signed note, per section, with an edit ratio", response=SoapDiffOut)
def note_diff(encounter_id: str):
    with reading() as conn:
        return services.note_diff(conn, encounter_id)
