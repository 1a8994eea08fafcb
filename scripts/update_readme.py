"""Regenerate the generated parts of README.md (the layer reference) from the registry.

The reference is `netbuilder layers --markdown`; tests/test_readme.py fails when README drifts from it.
"""

import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from netbuilder.commands.layers import reference  # noqa: E402
from netbuilder.data import describe_spec_syntax  # noqa: E402

BLOCKS = {
    "layers": lambda: reference(markdown=True),
    "data-specs": lambda: "```\n" + describe_spec_syntax().rstrip() + "\n```\n",
}


def render(text: str) -> str:
    for name, make in BLOCKS.items():
        pattern = re.compile(rf"(<!-- {name}:begin -->\n).*?(<!-- {name}:end -->)", re.S)
        text = pattern.sub(lambda m: m.group(1) + make() + m.group(2), text)
    return text


if __name__ == "__main__":
    readme = ROOT / "README.md"
    readme.write_text(render(readme.read_text()))
