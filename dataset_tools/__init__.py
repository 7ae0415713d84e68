"""dataset_tools: turn dated news articles into a versioned dataset of who said what, when."""

import warnings

__version__ = "0.2.0"

# pandera imports pyspark's pandas layer whenever pyspark is installed, and that warns about pandas 3 on
# every run; the pandas backend this package validates with is unaffected.
warnings.filterwarnings("ignore", message="PySpark does not yet fully support", category=FutureWarning)
