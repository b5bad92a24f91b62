"""Generate a new Alembic revision from the models: python build_scripts/new_migration.py "message".

Autogenerate compares the models with a scratch database migrated to the current head.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from app.db.engine import make_engine
from app.db.migrate import alembic_config, head_revision, upgrade


def main() -> None:
    message = sys.argv[1]
    next_id = f"{int(head_revision()) + 1:04d}"
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(Path(folder) / "scratch.db")
        upgrade(engine)
        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.revision(config, message=message, autogenerate=True, rev_id=next_id)
        engine.dispose()


if __name__ == "__main__":
    main()
