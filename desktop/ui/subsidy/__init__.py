"""康复补助: the subsidy page."""
