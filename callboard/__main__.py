"""`python -m callboard` is the `callboard` command."""

from callboard.cli import main

main()
