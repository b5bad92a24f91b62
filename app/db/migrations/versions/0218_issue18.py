"""issue 18: urgent-value cases (危急值) of visits, closed by the action taken

Revision ID: 0218
Revises: 0217
Create Date: 2026-12-06 14:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = "0218"
down_revision = "0217"
branch_labels = None
depends_on = None

ACTIONS = ("referred", "called_120", "family_notified", "advised_went", "advised_refused", "other")


def upgrade() -> None:
    op.create_table(
        "urgent_case",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("types", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=30), nullable=True),
        sa.Column("action_note", sa.Text(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_by", sa.String(length=50), nullable=False),
        sa.CheckConstraint(
            "action IN (" + ", ".join(f"'{a}'" for a in ACTIONS) + ")",
            name=op.f("ck_urgent_case_action_code"),
        ),
        sa.CheckConstraint(
            "(closed_at IS NULL) = (action IS NULL)", name=op.f("ck_urgent_case_closed_with_action")
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["usage_visit.id"], name=op.f("fk_urgent_case_visit_id_usage_visit"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_urgent_case_staff_id_staff"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_urgent_case")),
        sa.UniqueConstraint("visit_id", name=op.f("uq_urgent_case_visit_id")),
    )
    with op.batch_alter_table("urgent_case", schema=None) as batch_op:
        batch_op.create_index("ix_urgent_case_open", ["closed_at", "opened_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_urgent_case_opened_at"), ["opened_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("urgent_case", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_urgent_case_opened_at"))
        batch_op.drop_index("ix_urgent_case_open")
    op.drop_table("urgent_case")
