"""Who reacts to whom: the wiring of the local event bus, in one readable list."""
from __future__ import annotations

from .appointments.services import cancel_for_retired_patient, complete_for_encounter, set_triage_level
from .billing.services import charge_consultation, charge_dispensed_lines
from .encounters.services import (close_encounter_of_ended_appointment, close_encounters_of_retired_patient,
                                  open_encounter_for_checkin)
from .inventory.services import dispense_from_stock
from .reminders import services as reminders
from .teleconsult.calls import CALL_SUBSCRIPTIONS
from .teleconsult.services import cancel_for_closed_encounter
from .triage.services import retriage_after_vitals

# (entity, op, handler): each handler runs inside the transaction that emitted the event.
SUBSCRIPTIONS = [
    ("appointment", "checked_in", open_encounter_for_checkin),
    ("appointment", "no_show", close_encounter_of_ended_appointment),
    ("appointment", "cancelled", close_encounter_of_ended_appointment),
    ("encounter", "closed", complete_for_encounter),
    ("encounter", "closed", charge_consultation),  # the fee schedule's consultation fee
    ("encounter", "closed", cancel_for_closed_encounter),  # a request still waiting for a doctor
    ("patient", "retired", cancel_for_retired_patient),  # and so closes their visits' encounters
    ("patient", "retired", close_encounters_of_retired_patient),  # any other still open
    ("vitals", "recorded", retriage_after_vitals),  # and so, on a new level, the queue below
    ("triage", "suggested", set_triage_level),  # the visit's level orders the queue
    ("triage", "confirmed", set_triage_level),
    ("triage", "overridden", set_triage_level),
    ("prescription", "dispensed", dispense_from_stock),
    ("prescription", "dispensed", charge_dispensed_lines),
    ("appointment", "booked", reminders.remind_booked_appointment),  # SMS the day before
    ("appointment", "cancelled", reminders.cancel_for_ended_appointment),
    ("encounter", "opened", reminders.cancel_follow_up_on_visit),  # came back: no follow-up SMS
    ("patient", "retired", reminders.cancel_for_retired_patient),
    ("prescription", "written", reminders.remind_prescribed_medication),  # TB, antimalarials
    ("sms_contact", "recorded", reminders.remind_vaccinations_on_consent),  # a child's UIP schedule
    ("patient", "updated", reminders.reschedule_vaccinations_on_birth_date),
    *CALL_SUBSCRIPTIONS,  # clinic-media's video_consult events move the visit's teleconsult request
]
