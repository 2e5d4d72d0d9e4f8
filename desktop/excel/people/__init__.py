"""人员登记: the roster template and its import."""
