"""Billing: charges, payments, balance, receipts. Amounts are integer minor units (paise)."""
