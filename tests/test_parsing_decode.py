"""Decoding seeds: encodings, BOMs, line ends, Unicode forms, and clear refusals."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from seed_articles.parsing import SeedError, decode_seed, parse_seed, parse_text

ARTICLE = (
    "Đối ngoại quốc phòng góp phần nâng cao vị thế của đất nước\n"
    "\n"
    "16/07/2019, 08:25\n"
    "\n"
    "(Bqp.vn) - Sáng 16/7, tại Hà Nội, Bộ Quốc phòng tổ chức Hội nghị sơ kết công tác hội nhập quốc tế "
    "và đối ngoại quốc phòng 6 tháng đầu năm 2019, với sự tham gia của nhiều đơn vị.\n"
    "Thượng tướng phát biểu: công tác đối ngoại quốc phòng được triển khai linh hoạt, sáng tạo, "
    "đồng bộ, đạt được nhiều kết quả quan trọng trong thời gian qua.\n"
    "Hoà bình, thuỷ chung, Ðảng và Đảng viên là những từ có dấu đặt ở nhiều chỗ khác nhau.\n"
    "\n"
    "THÙY LINH\n"
)

_TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Encode like a Windows-1258 editor: base letters precomposed, tones as combining marks.

    (Ð, the Eth look-alike, has no place in cp1258: a cp1258 file always has the real Đ.)
    """
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text.replace("Ð", "Đ")):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
        tones = "".join(c for c in decomposed if c in _TONES)
        out += base.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


def _reference():
    return parse_text(ARTICLE, "seeds/x.txt")


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (ARTICLE.encode("utf-8-sig"), "utf-8-sig"),
        (ARTICLE.encode("utf-16"), "utf-16"),
        (ARTICLE.encode("utf-16-be"), "utf-16-be"),  # no BOM: recognised by its NUL pattern
    ],
)
def test_unicode_encodings(data, encoding):
    text, used = decode_seed(data, None)
    assert used == encoding
    assert parse_text(text, "seeds/x.txt") == _reference()


def test_cp1258_detected_and_normalised():
    data = to_cp1258(ARTICLE)
    assert data.decode("cp1258") != ARTICLE  # combining tones: not NFC as decoded
    text, used = decode_seed(data, None)
    assert used == "cp1258"
    assert text == unicodedata.normalize("NFC", text)
    article = parse_text(text, "seeds/x.txt")
    assert article == _reference()
    assert article.title == "Đối ngoại quốc phòng góp phần nâng cao vị thế của đất nước"


def test_cp1258_declared():
    text, used = decode_seed(to_cp1258(ARTICLE), "windows-1258")
    assert used == "cp1258"
    assert parse_text(text, "seeds/x.txt") == _reference()


def test_declared_encoding_that_does_not_fit_is_an_error():
    with pytest.raises(SeedError, match="cannot decode the file as utf-8") as error:
        decode_seed(to_cp1258(ARTICLE), "utf-8")
    assert error.value.line == 1


def test_unknown_declared_encoding():
    with pytest.raises(SeedError, match="unknown encoding"):
        decode_seed(b"abc", "klingon-8")


def test_damaged_utf8_is_refused_with_its_line():
    data = ARTICLE.encode("utf-8")
    broken = data.replace("Thượng tướng".encode(), b"Th\xff\xfeng t\xc6\xb0\xe1\xbb\x9bng", 1)
    with pytest.raises(SeedError, match="UTF-8 with invalid bytes") as error:
        decode_seed(broken, None)
    assert error.value.line == 6


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", "\ufeff \n".encode()])
def test_empty_files(data, tmp_path: Path):
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    with pytest.raises(SeedError, match="empty"):
        parse_seed(path, "seeds/empty.txt")


def test_binary_file_is_refused(tmp_path: Path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    with pytest.raises(SeedError, match="NUL bytes"):
        parse_seed(path, "seeds/image.txt")


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_ends(newline):
    article = parse_text(ARTICLE.replace("\n", newline), "seeds/x.txt")
    assert article == _reference()


def test_nfd_input_gives_the_same_article():
    nfd = unicodedata.normalize("NFD", ARTICLE)
    assert nfd != ARTICLE
    assert parse_text(nfd, "seeds/x.txt") == _reference()


def test_lookalike_letters_and_spaces_are_normalised():
    article = _reference()
    assert "Ð" not in article.body_text()  # U+00D0 Eth typed for Đ
    assert "Đảng và Đảng viên" in article.body_text()
    noisy = ARTICLE.replace("tại Hà Nội", "tại\u00a0Hà\u200b Nội")
    assert parse_text(noisy, "seeds/x.txt") == article


def test_parse_seed_records_the_encoding(tmp_path: Path):
    path = tmp_path / "legacy.txt"
    path.write_bytes(to_cp1258(ARTICLE))
    assert parse_seed(path, "seeds/legacy.txt").encoding == "cp1258"
    path.write_bytes(ARTICLE.encode("utf-16"))
    assert parse_seed(path, "seeds/legacy.txt").encoding == "utf-16"
