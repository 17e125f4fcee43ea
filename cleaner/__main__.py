"""python -m cleaner"""

from cleaner.run.cli import main_entry

main_entry()
