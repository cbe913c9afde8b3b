"""Settings: TOML plus CLINIC_* overrides, validated with one line naming the setting."""
from pathlib import Path

import pytest

from appliance.const import EXIT_SETTINGS
from appliance.errors import StartupError
from appliance.settings import load_settings

BASE = '[box]\ndevice_id = "box-1"\nclinic_id = "CLN"\ndata_dir = "data"\n'


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "appliance.toml"
    p.write_text(text)
    return p


def test_defaults_and_relative_data_dir(tmp_path):
    s = load_settings(_write(tmp_path, BASE), environ={})
    assert s.box.data_dir == (tmp_path / "data").resolve()
    assert s.store.cache_mb == 64 and s.server.port == 8080


def test_environment_overrides_file(tmp_path):
    s = load_settings(_write(tmp_path, BASE + "[store]\ncache_mb = 16\n"),
                      environ={"CLINIC_STORE__CACHE_MB": "32", "CLINIC_SERVER__PORT": "9443"})
    assert s.store.cache_mb == 32 and s.server.port == 9443


@pytest.mark.parametrize("text,env,needle", [
    ('[box]\nclinic_id = "CLN"\ndata_dir = "d"\n', {}, "setting box.device_id: missing"),
    (BASE + "[store]\ncache_mb = 'lots'\n", {}, "setting store.cache_mb:"),
    (BASE, {"CLINIC_SERVER__PORT": "99999"}, "setting server.port:"),
    (BASE + "[store]\ncache_megs = 3\n", {}, "setting store.cache_megs: unknown setting"),
    (BASE.replace("box-1", "a b"), {}, "setting box.device_id:"),
    ("[box\n", {}, "is not valid TOML"),
])
def test_bad_settings_stop_with_one_line(tmp_path, text, env, needle):
    with pytest.raises(StartupError) as err:
        load_settings(_write(tmp_path, text), environ=env)
    assert needle in err.value.detail
    assert "\n" not in err.value.detail
    assert err.value.exit_code == EXIT_SETTINGS


def test_missing_config_file(tmp_path):
    with pytest.raises(StartupError, match="not found"):
        load_settings(tmp_path / "nope.toml", environ={})
