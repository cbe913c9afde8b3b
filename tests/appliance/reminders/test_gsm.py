"""The modem driver against the simulator: AT framing, SIM and network state, errors, faults."""
from __future__ import annotations

import pytest

from appliance.reminders.errors import ModemError, ModemGone, ModemNotReady, ModemTimeout
from appliance.reminders.gsm import GsmModem

NUMBER = "+919812345678"


def test_store_then_send_marks_the_copy_sent_and_reports_delivery(modem, modem_sim):
    modem.check_ready()
    index = modem.store(NUMBER, "Your follow-up at Rampur clinic is tomorrow.")
    assert modem.stored_status(index) == "STO UNSENT"
    assert modem_sim.count(NUMBER) == 0
    mr = modem.send_stored(index)
    assert modem.stored_status(index) == "STO SENT"
    assert modem_sim.count(NUMBER, "Your follow-up at Rampur clinic is tomorrow.") == 1
    reports = modem.take_reports()
    assert [(r.mr, r.recipient, r.delivered) for r in reports] == [(mr, NUMBER, True)]
    modem.delete(index)
    assert modem.stored_status(index) is None
    assert modem.stored_indices() == {}


def test_a_hindi_text_is_stored_and_sent_as_concatenated_ucs2_parts(modem, modem_sim):
    text = "रामपुर क्लिनिक में आपकी जाँच कल है। " * 4
    indices = modem.store_parts(NUMBER, text, ref=9)
    assert len(indices) == 3 and all(modem.stored_status(i) == "STO UNSENT" for i in indices)
    mrs = [modem.send_stored(i) for i in indices]
    assert modem_sim.count(NUMBER, text) == 1
    assert [(p.ref, p.total, p.seq, p.dcs) for p in modem_sim.sent] == [(9, 3, 1, 8), (9, 3, 2, 8), (9, 3, 3, 8)]
    assert sorted(r.mr for r in modem.take_reports()) == sorted(mrs)


def test_a_pdu_whose_length_does_not_add_up_is_refused_by_the_modem(modem, modem_sim):
    with pytest.raises(ModemError) as err:
        modem.command("AT+CMGW=99", body=b"0031000C9119892143658700" + b"00A702E834")
    assert err.value.code == 304 and modem_sim.storage == {}


def test_no_sim_is_not_ready(modem, modem_sim):
    modem_sim.sim_inserted = False
    with pytest.raises(ModemNotReady, match="no SIM"):
        modem.check_ready()


def test_no_network_is_not_ready_and_send_is_refused(modem, modem_sim):
    index = modem.store(NUMBER, "hello")
    modem_sim.registered = False
    with pytest.raises(ModemNotReady, match="no network"):
        modem.check_ready()
    with pytest.raises(ModemError) as err:
        modem.send_stored(index)
    assert err.value.code == 331 and "no network service" in str(err.value)
    assert modem.stored_status(index) == "STO UNSENT"


def test_cms_error_500_is_an_error_with_its_code(modem, modem_sim):
    modem_sim.fault = "cms500"
    index = modem.store(NUMBER, "hello")
    with pytest.raises(ModemError) as err:
        modem.send_stored(index)
    assert err.value.code == 500
    assert modem_sim.count(NUMBER) == 0


def test_a_silent_modem_times_out(modem, modem_sim):
    modem_sim.fault = "mute"
    with pytest.raises(ModemTimeout):
        modem.command("AT+CPIN?", timeout=0.3)


def test_unplugged_mid_send_the_message_went_but_the_answer_did_not(modem, modem_sim):
    index = modem.store(NUMBER, "hello")
    modem_sim.fault = "unplug_mid_send"
    with pytest.raises((ModemGone, ModemTimeout)):
        modem.send_stored(index)
    assert modem_sim.count(NUMBER) == 1


def test_an_absent_port_is_gone(tmp_path):
    with pytest.raises(ModemGone):
        GsmModem(str(tmp_path / "ttyNONE"))


def test_an_unknown_command_is_error(modem):
    with pytest.raises(ModemError):
        modem.command("AT+NOSUCH")
