"""`make bench`: the performance figures of shared/docs/performance.md.

Run with ``python -m bench [unlock|storage|save|startup ...]`` (all by default).
Every figure is printed as a median with its spread, next to the floor it is
compared with, measured in the same run. Nothing here fails on time.
"""
