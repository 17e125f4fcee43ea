"""python -m cleaner"""

from cleaner.cli import main_entry

main_entry()
