"""The hub's SMS gateway channel: messages handed over by boxes, posted to the gateway webhook, retried,
and kept as dead letters for the hub admin after the last attempt."""
