"""The demo data generator: a believable Cangzhou factory's staff health room.

Stages are small modules (people, schedule, visits, equipment, stock, activities,
inspections), each drawing from its own random stream so the output is deterministic for a
seed and a `today`, and bulk-inserting its rows in the generator's single transaction.
"""

from app.services.demo.context import DemoError
from app.services.demo.generator import DemoSummary, demo_profile, generate_demo

__all__ = ["DemoError", "DemoSummary", "demo_profile", "generate_demo"]
