"""The search index folder is rewritten file by file: unchanged files are not touched."""

from __future__ import annotations

from pathlib import Path

from seed_articles.search.sync import FolderWriter


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes() for path in folder.rglob("*") if path.is_file()
    }


def test_only_changed_files_are_written_and_stale_ones_removed(tmp_path: Path) -> None:
    folder = tmp_path / "seed"
    writer = FolderWriter()
    writer.sync(folder, [("i/0.json", b"a"), ("i/1.json", b"b"), ("p/0.json", b"c")])
    assert writer.writes == 3
    before = (folder / "i" / "0.json").stat().st_mtime_ns
    writer.sync(folder, [("i/0.json", b"a"), ("i/1.json", b"B")])
    assert writer.writes == 1
    assert _tree(folder) == {"i/0.json": b"a", "i/1.json": b"B"}
    assert (folder / "i" / "0.json").stat().st_mtime_ns == before


def test_a_new_writer_compares_with_the_files_on_disk(tmp_path: Path) -> None:
    folder = tmp_path / "seed"
    FolderWriter().sync(folder, [("i/0.json", b"a"), ("old.json", b"x")])
    writer = FolderWriter()  # a new process: nothing remembered
    writer.sync(folder, [("i/0.json", b"a"), ("i/1.json", b"b")])
    assert writer.writes == 1
    assert _tree(folder) == {"i/0.json": b"a", "i/1.json": b"b"}


def test_a_removed_folder_is_written_again(tmp_path: Path) -> None:
    folder = tmp_path / "seed"
    writer = FolderWriter()
    writer.sync(folder, [("i/0.json", b"a")])
    (folder / "i" / "0.json").unlink()
    (folder / "i").rmdir()
    folder.rmdir()  # a clean build emptied the site folder
    writer.sync(folder, [("i/0.json", b"a")])
    assert _tree(folder) == {"i/0.json": b"a"}
