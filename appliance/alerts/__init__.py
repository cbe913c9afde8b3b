"""Abnormal-access alerts: rules over the audit stream, a webhook outbox with retries and a dead letter."""
