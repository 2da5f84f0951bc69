"""Recipes that run newsseg inside other tools; each needs its own extra (``pip install "newsseg[dask]"``)."""
