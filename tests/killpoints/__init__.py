"""Run a vault operation in a child process that SIGKILLs itself at one chosen file write."""
