"""Device, printer and modem simulators on socat pseudo-terminals, each written from its protocol document
(not from the driver): the tests use them, and a technician starts one with `clinic devices simulate`."""
