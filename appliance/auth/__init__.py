"""Staff sign-in on the box (no internet needed), sessions, and role-based permissions."""
