"""Clinical checks shared by the box and the hub (pure: no store, no Flask, no I/O), and the phone
numbers both read alike (phones.py).

The box (appliance/prescriptions) and the hub's doctor console (sync/hub/console) both prescribe;
they must refuse the same things, so the allergy and dose checks live here once."""
