"""Reading inputs: files as they come (plain or compressed), JSON Lines, WARC and WET.

- :mod:`cleaner.read.compressed`: gzip and zstd recognised by their first bytes.
- :mod:`cleaner.read.crawl`: the records of a WARC (HTML responses) or WET
  (extracted page text) file, with their URL, record id and date.
- :mod:`cleaner.read.shares`: an input cut into shares (byte ranges of a file,
  runs of its records, groups of page files) that a worker reads on its own.
"""
