"""usage register: visit items mask kept by triggers, covering indexes for the log

Revision ID: 0108
Revises: 0107
Create Date: 2026-11-22 05:35:13.947789
"""
from alembic import op
import sqlalchemy as sa


revision = "0108"
down_revision = "0107"
branch_labels = None
depends_on = None

# The bit of each reading type (app.domain.visit_items.BITS), written out here on purpose:
# a migration must keep meaning what it meant when it was written.
BITS = {
    'systolic': 1, 'diastolic': 2, 'pulse': 4, 'glucose_fasting': 8, 'glucose_2h': 16,
    'glucose_random': 32, 'height': 64, 'weight': 128, 'bmi': 256, 'body_fat': 512,
    'waist': 1024, 'spo2': 2048, 'temperature': 4096,
}


def bit_case(column: str) -> str:
    whens = ' '.join(f"WHEN '{name}' THEN {bit}" for name, bit in BITS.items())
    return f'CASE {column} {whens} ELSE 0 END'


def recompute(visit: str) -> str:
    # sum(DISTINCT) of powers of two is their bitwise OR (SQLite has no OR aggregate).
    return (
        f'(SELECT coalesce(sum(DISTINCT {bit_case("m.type")}), 0) '
        f'FROM measurement AS m WHERE m.visit_id = {visit})'
    )


TRIGGERS = {
    'tr_measurement_items_insert': f"""
        CREATE TRIGGER tr_measurement_items_insert AFTER INSERT ON measurement
        BEGIN
            UPDATE usage_visit SET items = items | ({bit_case('NEW.type')})
            WHERE id = NEW.visit_id;
        END""",
    'tr_measurement_items_delete': f"""
        CREATE TRIGGER tr_measurement_items_delete AFTER DELETE ON measurement
        BEGIN
            UPDATE usage_visit SET items = {recompute('OLD.visit_id')} WHERE id = OLD.visit_id;
        END""",
    'tr_measurement_items_update': f"""
        CREATE TRIGGER tr_measurement_items_update AFTER UPDATE OF type, visit_id ON measurement
        BEGIN
            UPDATE usage_visit SET items = {recompute('usage_visit.id')}
            WHERE id IN (OLD.visit_id, NEW.visit_id);
        END""",
}


def upgrade() -> None:
    with op.batch_alter_table('usage_visit', schema=None) as batch_op:
        batch_op.add_column(sa.Column('items', sa.Integer(), server_default='0', nullable=False))
    op.execute(f'UPDATE usage_visit SET items = {recompute("usage_visit.id")}')
    with op.batch_alter_table('usage_visit', schema=None) as batch_op:
        batch_op.create_index('ix_usage_visit_browse', ['visited_at', 'id', 'staff_id', 'abnormal', 'items'], unique=False)
        batch_op.create_index('ix_usage_visit_staff_browse', ['staff_id', 'visited_at', 'id', 'abnormal', 'items'], unique=False)
    for sql in TRIGGERS.values():
        op.execute(sql)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f'DROP TRIGGER IF EXISTS {name}')
    with op.batch_alter_table('usage_visit', schema=None) as batch_op:
        batch_op.drop_index('ix_usage_visit_staff_browse')
        batch_op.drop_index('ix_usage_visit_browse')
        batch_op.drop_column('items')
