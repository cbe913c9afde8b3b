"""FHIR R4 export of a clinic's records from the hub's log (fhir.resources, R4B models: the six
resources exported here are the same in R4 and R4B)."""
