"""Use cases: one user action, one transaction; roles checked; every change audited."""
