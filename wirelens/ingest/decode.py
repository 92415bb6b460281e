"""Bytes to text: byte-order marks first, then UTF-8, then charset-normalizer (Windows-1252 preferred)."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from wirelens.errors import InputError

# UTF-32 LE before UTF-16 LE: its mark starts with the UTF-16 LE mark. The "utf-16"/"utf-32"
# codecs read the mark for byte order and drop it; "utf-8-sig" drops the UTF-8 mark.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes, source: str) -> str:
    """The text of `data`, without a byte-order mark.

    Raises:
        InputError: naming `source`, when the data is binary or not valid in its marked encoding.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                reason = f"not valid {encoding.upper()} after its byte-order mark ({error.reason})"
                raise InputError(source, reason) from None
    # Checked after the marks, since UTF-16/32 text is full of NULs; unmarked UTF-16 counts as binary.
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(source, f"binary data, not text (a NUL byte at offset {nul})")
    # UTF-8 first: valid UTF-8 is almost never another encoding, and guessing can pick a
    # look-alike code page for short texts.
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    matches = from_bytes(data)
    if not matches:
        raise InputError(source, "binary data, not text (no text encoding fits its bytes)")
    # wirelens reads English, and English in a legacy code page is nearly always Windows-1252;
    # on short texts charset-normalizer ranks look-alikes equal or first (cp1250 reads "è" as "č").
    plausible_cp1252 = next((match for match in matches if match.encoding == "cp1252"), None)
    return str(plausible_cp1252 or matches.best())
