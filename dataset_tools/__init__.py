"""dataset_tools: turn dated news articles into a versioned dataset of who said what, when."""

__version__ = "0.1.0"
