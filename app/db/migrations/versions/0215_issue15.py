"""readings: hip and waist-hip ratio; the measurement type check and the items mask know them

Revision ID: 0215
Revises: 0209
Create Date: 2026-12-06 14:50:00.000000
"""
from alembic import op
import sqlalchemy as sa


revision = "0215"
down_revision = "0209"
branch_labels = None
depends_on = None

# The bit of each reading type (app.catalogue.readings), written out here on purpose: a
# migration must keep meaning what it meant when it was written.
OLD_BITS = {
    'systolic': 1, 'diastolic': 2, 'pulse': 4, 'glucose_fasting': 8, 'glucose_2h': 16,
    'glucose_random': 32, 'height': 64, 'weight': 128, 'bmi': 256, 'body_fat': 512,
    'waist': 1024, 'spo2': 2048, 'temperature': 4096,
}
NEW_BITS = {**OLD_BITS, 'hip': 8192, 'waist_hip_ratio': 16384}


def bit_case(column: str, bits: dict[str, int]) -> str:
    whens = ' '.join(f"WHEN '{name}' THEN {bit}" for name, bit in bits.items())
    return f'CASE {column} {whens} ELSE 0 END'


def recompute(visit: str, bits: dict[str, int]) -> str:
    # sum(DISTINCT) of powers of two is their bitwise OR (SQLite has no OR aggregate).
    return (
        f'(SELECT coalesce(sum(DISTINCT {bit_case("m.type", bits)}), 0) '
        f'FROM measurement AS m WHERE m.visit_id = {visit})'
    )


def triggers(bits: dict[str, int]) -> dict[str, str]:
    return {
        'tr_measurement_items_insert': f"""
            CREATE TRIGGER tr_measurement_items_insert AFTER INSERT ON measurement
            BEGIN
                UPDATE usage_visit SET items = items | ({bit_case('NEW.type', bits)})
                WHERE id = NEW.visit_id;
            END""",
        'tr_measurement_items_delete': f"""
            CREATE TRIGGER tr_measurement_items_delete AFTER DELETE ON measurement
            BEGIN
                UPDATE usage_visit SET items = {recompute('OLD.visit_id', bits)}
                WHERE id = OLD.visit_id;
            END""",
        'tr_measurement_items_update': f"""
            CREATE TRIGGER tr_measurement_items_update AFTER UPDATE OF type, visit_id ON measurement
            BEGIN
                UPDATE usage_visit SET items = {recompute('usage_visit.id', bits)}
                WHERE id IN (OLD.visit_id, NEW.visit_id);
            END""",
    }


def replace_triggers(bits: dict[str, int]) -> None:
    for name, sql in triggers(bits).items():
        op.execute(f'DROP TRIGGER IF EXISTS {name}')
        op.execute(sql)
    op.execute(f'UPDATE usage_visit SET items = {recompute("usage_visit.id", bits)}')


def allow_types(names: list[str]) -> None:
    # SQLite cannot alter a CHECK constraint: batch mode copies the table, which also drops
    # the table's triggers (they are created again after it).
    with op.batch_alter_table('measurement', schema=None, recreate='always') as batch_op:
        batch_op.drop_constraint(op.f('ck_measurement_type_code'), type_='check')
        batch_op.create_check_constraint(
            op.f('ck_measurement_type_code'),
            sa.text('type IN (' + ', '.join(f"'{name}'" for name in names) + ')'),
        )


def upgrade() -> None:
    allow_types(list(NEW_BITS))
    replace_triggers(NEW_BITS)


def downgrade() -> None:
    op.execute("DELETE FROM measurement WHERE type IN ('hip', 'waist_hip_ratio')")
    allow_types(list(OLD_BITS))
    replace_triggers(OLD_BITS)
