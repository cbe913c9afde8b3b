"""SOAP notes on the box: the AI draft of a consultation (models/soap), the clinician's edits as new
versions, the signature that freezes the note, addenda after it, and the draft-to-signed diff the hub
uses to measure how much doctors correct the AI. Every row is insert-only."""
