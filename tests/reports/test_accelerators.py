"""reportlab runs with its C accelerators (the rl_accel package), not the pure-Python fallback.

Without them every string width and every number written into the PDF goes
through Python code (about a tenth of the large case's export time).
"""

import types


def test_reportlab_uses_its_c_accelerators():
    from reportlab.lib import rl_accel

    for name in ("fp_str", "instanceStringWidthTTF", "unicode2T1"):
        assert isinstance(getattr(rl_accel, name), types.BuiltinFunctionType), name
