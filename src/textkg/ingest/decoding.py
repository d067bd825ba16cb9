"""Bytes to text: byte-order marks, UTF-16 without a mark, legacy single-byte code pages,
and binary files recognised (and named) instead of decoded into garbage."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from textkg.ingest.textstats import control_char_share, looks_like_language


class NotText(Exception):
    """The bytes are not readable text; ``str(exc)`` is the one-line reason."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Leading bytes of common binary formats, so that the skip reason can say what the file is.
_MAGIC: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\x89PNG\r\n\x1a\n", "PNG image"),
    (0, b"\xff\xd8\xff", "JPEG image"),
    (0, b"GIF87a", "GIF image"),
    (0, b"GIF89a", "GIF image"),
    (0, b"II*\x00", "TIFF image"),
    (0, b"MM\x00*", "TIFF image"),
    (0, b"%PDF-", "PDF document"),
    (0, b"PK\x03\x04", "ZIP archive or Office document"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (0, b"{\\rtf", "RTF document"),
    (0, b"\x1f\x8b", "gzip archive"),
    (0, b"BZh", "bzip2 archive"),
    (0, b"\xfd7zXZ\x00", "xz archive"),
    (0, b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (0, b"Rar!\x1a\x07", "RAR archive"),
    (0, b"\x7fELF", "executable"),
    (0, b"\xca\xfe\xba\xbe", "Java class or Mach-O file"),
    (0, b"\xcf\xfa\xed\xfe", "Mach-O executable"),
    (0, b"SQLite format 3\x00", "SQLite database"),
    (0, b"ID3", "MP3 audio"),
    (0, b"OggS", "Ogg media"),
    (0, b"fLaC", "FLAC audio"),
    (0, b"wOFF", "web font"),
    (0, b"wOF2", "web font"),
    (0, b"\x00\x00\x01\x00", "icon image"),
    (4, b"ftyp", "MP4/QuickTime media"),
)
_RIFF_KINDS = {b"WEBP": "WebP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}

# cp1252 turns every byte into a character (but five), so a successful decode proves
# nothing; these characters are what real Western text has outside ASCII.
_PLAUSIBLE_WESTERN = set(
    "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
    "ŒœŠšŽžŸƒ“”‘’‚„–—…•€™°£¥©®«»§¶·½¼¾±×\xa0"
)
_META_CHARSET_RE = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)


def binary_kind(head: bytes) -> str | None:
    """Name the binary format the leading bytes belong to, if they are a known one."""
    for offset, magic, kind in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            return kind
    if head[:4] == b"RIFF" and head[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[head[8:12]]
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text of Latin script has a zero in every other byte."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even_zero = sample[0::2].count(0) / len(sample[0::2])
    odd_zero = sample[1::2].count(0) / len(sample[1::2])
    if odd_zero > 0.3 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero > 0.3 and odd_zero < 0.05:
        return "utf-16-be"
    return None


def _plausible_western(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return True
    non_ascii = [c for c in text if ord(c) > 127]
    if not non_ascii:
        return True
    odd = sum(1 for c in non_ascii if c not in _PLAUSIBLE_WESTERN)
    accented_letters = sum(1 for c in letters if ord(c) > 127)
    # Cyrillic or Greek bytes read as cp1252 give words made of accented letters only.
    return odd / len(non_ascii) < 0.02 and accented_letters / len(letters) < 0.3


def declared_html_charset(data: bytes) -> str | None:
    """The encoding an HTML page declares in a <meta> tag, if Python knows it."""
    match = _META_CHARSET_RE.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, *, declared: str | None = None) -> Decoded:
    """Decode a whole file; raise NotText with the reason when it is not text."""
    if not data.strip():
        raise NotText("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data[len(bom) :].decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                raise NotText(f"not valid {encoding.upper()} despite its byte-order mark") from exc
    kind = binary_kind(data[:64])
    if kind:
        raise NotText(f"binary file ({kind})")
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return _checked(data.decode(utf16), utf16)
        except UnicodeDecodeError:
            raise NotText("binary file") from None
    if b"\x00" in data[:65536]:
        raise NotText("binary file")
    candidates = ["utf-8"]
    if declared and declared not in candidates:
        candidates.insert(0, declared)
    for encoding in candidates:
        try:
            return _checked(data.decode(encoding), encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and _plausible_western(western):
        return _checked(western, "cp1252")
    best = from_bytes(data[:2_000_000]).best()
    if best is None or best.encoding in {"utf_8", "ascii"}:
        raise NotText("not UTF-8/known text encoding")
    try:
        return _checked(data.decode(best.encoding), best.encoding)
    except (UnicodeDecodeError, LookupError):
        raise NotText("not UTF-8/known text encoding") from None


def _checked(text: str, encoding: str) -> Decoded:
    text = normalise_newlines(text)
    if not text.strip():
        raise NotText("empty file")
    if control_char_share(text) > 0.005:
        raise NotText("binary file (control characters)")
    if not looks_like_language(text):
        raise NotText("no natural-language text (mostly symbols, digits or encoded data)")
    return Decoded(clean_text(text), encoding)


# What no article holds and no later stage should meet: lone surrogates (JSON "\\ud800"
# escapes, undecodable file names), noncharacters, and control characters other than tab and
# newline. Surrogates become U+FFFD so that a reader sees where something was lost.
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_DROPPED_RE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f\ufdd0-\ufdef\ufffe\uffff"
    + "".join(f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(1, 17))
    + "]"
)


def clean_text(text: str) -> str:
    """Text every later stage can encode, tokenise and serialise (see _DROPPED_RE)."""
    text = _SURROGATE_RE.sub("\ufffd", text)
    return _DROPPED_RE.sub("", text.replace("\x85", "\n"))


def normalise_newlines(text: str) -> str:
    """Windows and old Mac line endings, Unicode line separators and stray BOMs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\f", "\n")
    return text.replace("\ufeff", "")
