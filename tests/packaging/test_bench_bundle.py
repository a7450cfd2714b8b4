"""`python -m bench bundle`: the size figure adds up and ignores symlinks."""

from bench import bundle


def test_bundle_parts_add_up_to_the_folder_and_symlinks_count_once(tmp_path, capsys):
    root = tmp_path / "legato-desk"
    lib = root / "_internal" / "PySide6" / "Qt" / "lib"
    lib.mkdir(parents=True)
    (root / "legato-desk").write_bytes(b"x" * 1_000_000)
    (lib / "libicudata.so.73").write_bytes(b"i" * 3_000_000)
    (lib / "libQt6Core.so.6").write_bytes(b"q" * 2_000_000)
    (root / "_internal" / "libQt6Core.so.6").symlink_to(lib / "libQt6Core.so.6")
    parts = dict(bundle.parts(root))
    assert parts["ICU (needed by QtCore)"] == 3_000_000
    assert parts["Qt libraries"] == 2_000_000
    assert parts["everything else"] == 1_000_000
    assert sum(parts.values()) == 6_000_000
    bundle.run(tmp_path, bundle=root)
    assert ": 6.0 MB" in capsys.readouterr().out


def test_no_bundle_is_reported_not_measured(tmp_path, capsys):
    bundle.run(tmp_path, bundle=tmp_path / "missing")
    assert "not measured" in capsys.readouterr().out
