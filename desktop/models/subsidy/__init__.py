"""康复补助: the vocational rehabilitation living subsidy, by month."""
