"""The SOAP parser's plausible vital ranges are the encounter module's (models/ cannot import it)."""
from appliance.encounters.const import VITALS
from models.soap.const import VITAL_UNITS

SAME = {"temperature": "temperature_c", "pulse": "pulse", "resp_rate": "resp_rate", "spo2": "spo2",
        "weight": "weight_kg", "blood_sugar": "glucose_mg_dl"}


def test_ranges_agree():
    for soap_kind, encounter_kind in SAME.items():
        assert VITAL_UNITS[soap_kind] == VITALS[encounter_kind], soap_kind
    assert VITAL_UNITS["blood_pressure"][1:] == (VITALS["systolic_bp"][1], VITALS["systolic_bp"][2])
