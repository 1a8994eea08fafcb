"""Build-time mapping of the top-level `resources/` folder into the distribution.

The repository keeps `resources/` beside the package (that layout is fixed), but a wheel only carries
what is inside a package. So the build maps `resources/` to `netbuilder/resources`: every folder in it
becomes a data-only package (setuptools' way to ship nested data folders without warnings) whose files
are package data; at run time `netbuilder.paths` finds them through `importlib.resources` (the checkout
and the PyInstaller bundle still use their own locations). The translations' .qm files are compiled
here from resources/i18n/*.ts (pyside6-lrelease, a build requirement), never committed.
Everything else is in pyproject.toml.
"""

import pathlib
import sys

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py

HERE = pathlib.Path(__file__).resolve().parent
RESOURCES = HERE / "resources"
folders = [RESOURCES, *sorted(p for p in RESOURCES.rglob("*") if p.is_dir() and p.name != "__pycache__")]
data_packages = {".".join(["netbuilder", "resources", *p.relative_to(RESOURCES).parts]):
                 p.relative_to(HERE).as_posix() for p in folders}



class build_py_with_translations(build_py):
    """The usual build, then resources/i18n/*.ts compiled into the built netbuilder/resources/i18n."""

    def run(self):
        super().run()
        sys.path.insert(0, str(HERE / "scripts"))
        from compile_translations import compile_all
        compile_all(pathlib.Path(self.build_lib) / "netbuilder" / "resources" / "i18n", RESOURCES / "i18n")


setup(
    cmdclass={"build_py": build_py_with_translations},
    packages=[*find_packages(include=["netbuilder", "netbuilder.*"]), *data_packages],
    package_dir=data_packages,
    package_data={name: ["*"] for name in data_packages},
)
