"""The trained models of the SOAP generator (JSON, written by models/soap/train.py)."""
