import pytest

from wirelens.errors import InputError
from wirelens.ingest import decode_bytes

QUOTE = "The minister said “we will not negotiate” after the café meeting in Genève."


def test_utf8():
    assert decode_bytes(QUOTE.encode("utf-8"), "a.txt") == QUOTE


def test_cp1252_curly_quotes_and_accents():
    data = QUOTE.encode("cp1252")
    assert b"\x93" in data  # the cp1252 left double quote: invalid as UTF-8
    assert decode_bytes(data, "a.txt") == QUOTE


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig", "utf-32"])
def test_byte_order_marks_are_honoured_and_dropped(encoding):
    data = QUOTE.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    assert decode_bytes(data, "a.txt") == QUOTE


def test_png_is_binary():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
    with pytest.raises(InputError, match=r"^logo\.txt: binary data, not text \(a NUL byte at offset 8\)$"):
        decode_bytes(png, "logo.txt")


def test_bytes_no_encoding_fits_are_binary():
    data = bytes(range(1, 256)) * 4
    with pytest.raises(InputError, match=r"^blob\.txt: binary data, not text \(no text encoding fits its bytes\)$"):
        decode_bytes(data, "blob.txt")


def test_broken_utf16_after_bom():
    with pytest.raises(InputError, match=r"^a\.txt: not valid UTF-16 after its byte-order mark"):
        decode_bytes(b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00", "a.txt")
