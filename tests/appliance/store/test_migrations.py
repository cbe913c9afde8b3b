"""Migrations are the schema: the models and the migration history never drift apart."""
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from appliance.store.migrate import current_revision, head_revision
from appliance.store.schema import load_all_tables


def test_box_is_at_head(init_box):
    assert current_revision(init_box.store) == head_revision()


def test_models_match_migrations(init_box):
    with init_box.store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), load_all_tables())
    assert diff == [], f"models changed without a migration: {diff}"


def test_search_keys_migration_keeps_search_working_both_ways(init_box):
    """0011 drops the stored search keys (the name index derives them); its downgrade writes them
    back from the names, so the code of 0010 finds the same patients."""
    from alembic import command
    from sqlalchemy import text

    from appliance.patients.names import name_keys
    from appliance.patients.schemas import PatientIn
    from appliance.patients.services import find_patients, register_patient
    from appliance.store.migrate import alembic_config, upgrade

    with init_box.write("test") as uow:
        pid = register_patient(uow, PatientIn(given_name="Sunita", family_name="Devi", sex="female",
                                              age_years=30), "TST")["id"]
    command.downgrade(alembic_config(init_box.store), "0010")
    with init_box.store.read() as conn:
        keys = {r[0] for r in conn.execute(text("SELECT key FROM patient_search_keys WHERE patient_id = :p"),
                                           {"p": pid})}
    assert keys == name_keys("Sunita", "Devi")
    upgrade(init_box.store)
    assert current_revision(init_box.store) == head_revision()
    with init_box.store.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM sqlite_master WHERE name = 'patient_search_keys'")).scalar() == 0
        assert [p["id"] for p in find_patients(conn, "suneeta devi", 5)] == [pid]


def test_names_stored_before_every_script_was_kept_are_found_after_0015(init_box):
    """Before 0015 a Devanagari name's search name was empty: the migration recomputes it."""
    from alembic import command
    from sqlalchemy import text

    from appliance.patients.schemas import PatientIn
    from appliance.patients.services import find_patients, register_patient
    from appliance.store.migrate import alembic_config, upgrade

    with init_box.write("test") as uow:
        pid = register_patient(uow, PatientIn(given_name="सुनीता", family_name="देवी", sex="female",
                                              age_years=30), "TST")["id"]
        latin = register_patient(uow, PatientIn(given_name="Sunita", family_name="Devi", sex="female",
                                                age_years=30), "TST")["id"]
    command.downgrade(alembic_config(init_box.store), "0014")
    with init_box.write("test") as uow:  # as the old code stored it
        uow.conn.execute(text("UPDATE patients SET search_name = '', search_skeleton = '' WHERE id = :p"), {"p": pid})
    upgrade(init_box.store)
    with init_box.store.read() as conn:
        # the same letters first, then the same name in Latin letters (since 0043)
        assert [p["id"] for p in find_patients(conn, "सुनीता", 5)] == [pid, latin]
        assert [p["id"] for p in find_patients(conn, "Sunita Devi", 5)] == [latin, pid]



def test_sms_numbers_stored_with_a_trunk_0_or_00_are_e164_after_0041(init_box):
    """Before 0041 a trunk 0 and the international 00 were kept behind the +: what the desk and the
    modem read afterwards is the E.164 number; one that cannot be made whole stays as it was."""
    from alembic import command
    from sqlalchemy import insert

    from appliance.common import utc_now
    from appliance.patients.schemas import PatientIn
    from appliance.patients.services import register_patient
    from appliance.reminders.services import sms_contact
    from appliance.reminders.tables import sms_contacts
    from appliance.store.migrate import alembic_config, upgrade

    with init_box.write("test") as uow:
        pids = [register_patient(uow, PatientIn(given_name=n, sex="female", age_years=30), "TST")["id"]
                for n in ("Asha", "Meena", "Kamla", "Uma")]
    command.downgrade(alembic_config(init_box.store), "0040")
    with init_box.store.write() as conn:
        for pid, number in zip(pids, ("+09812345678", "+00919811122233", "+919876543210", "+0981234")):
            conn.execute(insert(sms_contacts).values(patient_id=pid, number=number, language="en", consent=True,
                                                     opted_out_at=None, updated_at=utc_now()))
    upgrade(init_box.store)
    assert current_revision(init_box.store) == head_revision()
    with init_box.store.read() as conn:
        assert [sms_contact(conn, pid)["number"] for pid in pids] == [
            "+919812345678", "+919811122233", "+919876543210", "+0981234"]

def test_devanagari_names_stored_before_0043_are_found_in_latin_letters(init_box):
    """Before 0043 a Devanagari name had no skeleton and lost its virama: the migration recomputes them."""
    from datetime import date

    from alembic import command
    from sqlalchemy import text

    from appliance.patients.schemas import PatientIn
    from appliance.patients.services import find_patients, possible_duplicates, register_patient
    from appliance.store.migrate import alembic_config, upgrade

    with init_box.write("test") as uow:
        pid = register_patient(uow, PatientIn(given_name="सुनीता", family_name="शर्मा", sex="female",
                                              birth_date=date(2001, 3, 12)), "TST")["id"]
    command.downgrade(alembic_config(init_box.store), "0042")
    with init_box.write("test") as uow:  # as the old code stored it
        uow.conn.execute(text("UPDATE patients SET search_name = 'सुनीता शरमा', search_skeleton = '' WHERE id = :p"),
                         {"p": pid})
    upgrade(init_box.store)
    with init_box.store.read() as conn:
        stored = conn.execute(text("SELECT search_name, search_skeleton FROM patients WHERE id = :p"), {"p": pid}).one()
        assert tuple(stored) == ("सुनीता शर्मा", "snt srm")  # what registration stores now
        assert [p["id"] for p in find_patients(conn, "Sunita Sharma", 5)] == [pid]
        assert [p["id"] for p in find_patients(conn, "शर्मा", 5)] == [pid]
        latin = PatientIn(given_name="Suneeta", family_name="Sharma", sex="female", birth_date=date(2001, 3, 12))
        assert [d["id"] for d in possible_duplicates(conn, latin)] == [pid]
