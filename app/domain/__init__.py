"""Pure-Python domain layer: enums, value objects, rules and validators.

Nothing here imports SQLAlchemy or Qt, so the rules can be reused by the services, the CLI,
the importers and the tests without a database or a display.
"""
