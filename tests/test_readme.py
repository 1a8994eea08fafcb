"""README starts with the two commands, and its generated sections match the code."""

import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()


def test_two_commands_come_first_and_are_the_ones_ci_runs():
    first_block = re.search(r"```bash\n(.*?)```", README, re.S).group(1)
    commands = [line.split("#")[0].strip() for line in first_block.splitlines() if line.strip()]
    assert commands == ["./run.sh", "./test.sh"]
    assert "./test.sh" in (ROOT / ".ci" / "run").read_text()


def test_generated_sections_are_current():
    sys.path.insert(0, str(ROOT / "scripts"))
    from update_readme import BLOCKS, render
    assert all(f"<!-- {name}:begin -->" in README for name in BLOCKS)
    assert render(README) == README, "README is out of date: run python scripts/update_readme.py"


def test_every_example_mentioned_exists():
    for name in re.findall(r"resources/examples/([\w.]+\.json)", README):
        assert (ROOT / "resources" / "examples" / name).exists(), name
