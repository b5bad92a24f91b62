"""HealthRoom Ledger (健康小屋台账): the register of an enterprise's staff health room."""

__version__ = "0.1.0"
APP_NAME = "HealthRoom Ledger"
APP_ID = "healthroom"
