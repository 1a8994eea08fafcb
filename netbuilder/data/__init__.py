"""Dataset sources, all behind one SPEC string (Qt-free).

    load_dataset("builtin:shapes")                      generated 28x28 shapes, no files
    load_dataset("mnist:~/data/mnist")                  the IDX files
    load_dataset("cifar10:DIR?classes=airplane,ship")   a two-class subset
    load_dataset("csv:iris.csv?label=species")          a table
    load_dataset("images:photos/")                      one sub-folder per class

Every failure is a DataError whose text names the file and the problem.
"""

from netbuilder.data.augment import AUGMENTATIONS, augment_batch
from netbuilder.data.dataset import Dataset, split_validation
from netbuilder.data.download import default_data_dir, download
from netbuilder.data.errors import DataError
from netbuilder.data.loader import SCHEMES, describe_spec_syntax, load_dataset

__all__ = ["AUGMENTATIONS", "DataError", "Dataset", "SCHEMES", "augment_batch", "default_data_dir",
           "describe_spec_syntax", "download", "load_dataset", "split_validation"]
