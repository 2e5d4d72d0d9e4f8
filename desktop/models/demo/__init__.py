"""演示数据: the demo data generator."""
