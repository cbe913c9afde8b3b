"""`clinic bench sync --link 3g --replacement` at a small size, the same code path as the full-size
figure: a clinic's history made through the box's services and two other clinics' on a PostgreSQL hub
behind the emulated 3G link; ONE `clinic sync now` on a fresh box enrolled as the clinic's replacement
must end with exactly the clinic's events (and the reference data every clinic pulls), none of
another clinic's, having shown a bar over the clinic's own share."""
from __future__ import annotations

import os
import re

import pytest

from sync.bench_replacement import format_run, run_replacement
from sync.linkemu import PROFILE_3G

from .conftest import PG_URL, _pg_available, require_namespaces


def test_a_replacement_box_over_3g_receives_exactly_its_clinics_events_and_shows_its_share():
    require_namespaces()
    if not _pg_available():
        pytest.fail("PostgreSQL is required for the replacement bench")

    run = run_replacement(150, 7, PROFILE_3G, PG_URL, say=print)
    print(format_run(run))

    assert run.exit_code == 0
    assert run.other_events > 1000 and run.clinic_events > 3000
    assert run.missing == 0, "every event of the clinic is on the replacement"
    assert run.foreign == 0, "no event of another clinic is"
    assert run.received == run.clinic_events + run.reference_events
    # The bar counted the clinic's share (what the hub had to send it), not the hub's log positions.
    share = run.clinic_events + run.reference_events
    assert run.progress and all("this clinic's events received" in ln for ln in run.progress), run.progress
    assert re.search(rf"100%.*\b{share}/{share}\b", run.progress[-1]), run.progress[-1]
    assert len(run.progress) >= 3, "the bar moved page by page"
