"""Encounter constants: vital signs with their units and the range a real reading can take."""

ENTITY = "encounter"
# Where a reading came from: typed in by a staff member, or "device:<name>" when accepted from a device's offer.
MANUAL_SOURCE = "manual"
DEVICE_SOURCE_PREFIX = "device:"
STAFF_ACTOR_PREFIX = "staff:"  # the actor of a signed-in staff member (appliance/auth Principal.actor)
VITALS: dict[str, tuple[str, float, float]] = {
    "temperature_c": ("°C", 30.0, 45.0),
    "pulse": ("/min", 20, 250),
    "resp_rate": ("/min", 4, 90),
    "spo2": ("%", 50, 100),
    "systolic_bp": ("mmHg", 50, 280),
    "diastolic_bp": ("mmHg", 20, 180),
    "weight_kg": ("kg", 0.3, 300),
    "height_cm": ("cm", 20, 250),
    "glucose_mg_dl": ("mg/dL", 10, 1000),
}
# Counted or read off a scale in whole units: a fraction is refused, not rounded.
WHOLE_VITALS = ("pulse", "resp_rate", "spo2", "systolic_bp", "diastolic_bp")
