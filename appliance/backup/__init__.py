"""Encrypted, consistent backups of a box: `clinic backup keygen|create|verify|restore|drill` and the
scheduled backup job (retention). See snapshot.py for the layout and recovery.py for the key sealing."""
