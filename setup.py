"""Build-time mapping of the top-level `resources/` folder into the distribution.

The repository keeps `resources/` beside the package (that layout is fixed), but a wheel only carries
what is inside a package. So the build maps `resources/` to the package `netbuilder.resources` and
ships every file in it as package data; at run time `netbuilder.paths` finds it through
`importlib.resources` (the checkout and the PyInstaller bundle still use their own locations).
Everything else about the project is declared in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["netbuilder", "netbuilder.*"]), "netbuilder.resources"],
    package_dir={"netbuilder.resources": "resources"},
    package_data={"netbuilder.resources": ["**/*"]},
)
