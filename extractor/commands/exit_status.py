"""The exit statuses of every ``newsfacts`` command."""

EXIT_OK = 0             # everything done
EXIT_FAILED = 1         # done, but some input failed (an error record, a skipped line, a differing fixture)
EXIT_USAGE = 2          # not started: the arguments or an input cannot be used
EXIT_INTERRUPTED = 130  # stopped by Ctrl-C
