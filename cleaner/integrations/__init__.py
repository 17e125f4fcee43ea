"""Steps for the corpus tools people already run; each needs its tool (an extra).

- :mod:`cleaner.integrations.datatrove`: ``pip install "webpage-cleaner[datatrove]"``.

``import cleaner`` never imports these modules or their tools.
"""
