"""Receipt printer: ESC/POS slips (receipts, token slips) through a print queue that never loses one."""
