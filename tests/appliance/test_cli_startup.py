"""Every `clinic` command (init at first boot, jobs run, media turn-serve, ...) loads the CLI, and most
open the box (its event subscriptions reach the triage module); the models' heavy libraries belong only
to the commands that use them and to the server, which loads them before its workers fork. spaCy alone cost 1 s of a 1.4 s
`clinic --help` natively, and tens of seconds per service start on an emulated or small box."""
from __future__ import annotations

import subprocess
import sys

HEAVY = ("spacy", "thinc", "models.triage.services", "models.soap.services")


def test_the_cli_and_the_box_load_without_the_models_libraries():
    probe = ("import sys, appliance.cli, appliance.box, appliance.jobs, provisioning.box; "
             f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "", f"`clinic` imports {out.strip()} before any command runs"


def test_the_models_packages_still_export_their_services():
    from models.soap import generate_soap
    from models.triage import present_symptom_names, triage_complaint

    assert callable(generate_soap) and callable(triage_complaint) and callable(present_symptom_names)
