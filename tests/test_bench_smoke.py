"""A quick run of ``make bench`` so the benchmarks cannot rot unnoticed.

It checks that every figure ran through its real code path and printed a
median; it never looks at how fast anything was.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench.__main__ import FIGURES

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_every_benchmark_runs_in_quick_mode(tmp_path):
    env = dict(os.environ, BENCH_QUICK="1", QT_QPA_PLATFORM="offscreen",
               TMPDIR=str(tmp_path), PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-m", "bench"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "the benchmark itself failed" not in out, out
    assert out.count("median") >= len(FIGURES), out
    assert "nproc:" in out and "bench finished" in out
