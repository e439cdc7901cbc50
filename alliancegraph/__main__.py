"""``python -m alliancegraph`` runs the CLI, for environments without the console script."""

from alliancegraph.cli import app

app(prog_name="alliancegraph")
