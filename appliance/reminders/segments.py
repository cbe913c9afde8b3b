"""How many SMS parts a text takes (TS 23.038 alphabets, TS 23.040 concatenation).

A text in the GSM 7-bit default alphabet fits 160 characters in one SMS, 153 a part when split
(the 6-byte concatenation header takes 7 septets); anything else (Hindi) goes as UCS-2: 70 in one,
67 a part. Characters of the extension table (^ { } [ ] ~ \\ | €) take two septets."""
from __future__ import annotations

GSM7_BASIC = ("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
              "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà")
GSM7_EXTENDED = "^{}\\[~]|€\f"


def encoding(text: str) -> str:
    return "gsm7" if all(c in GSM7_BASIC or c in GSM7_EXTENDED for c in text) else "ucs2"


def units(text: str) -> int:
    """Septets for GSM-7, UTF-16 code units for UCS-2."""
    if encoding(text) == "gsm7":
        return sum(2 if c in GSM7_EXTENDED else 1 for c in text)
    return len(text.encode("utf-16-be")) // 2


def parts(text: str) -> int:
    single, part = (160, 153) if encoding(text) == "gsm7" else (70, 67)
    n = units(text)
    return 1 if n <= single else -(-n // part)


def split(text: str) -> list[str]:
    """The text cut into the parts a phone reassembles (an extension character or a UTF-16
    surrogate pair is never cut in two)."""
    if parts(text) == 1:
        return [text]
    gsm = encoding(text) == "gsm7"
    limit = 153 if gsm else 67
    out, cur, used = [], "", 0
    for c in text:
        w = (2 if c in GSM7_EXTENDED else 1) if gsm else len(c.encode("utf-16-be")) // 2
        if used + w > limit:
            out.append(cur)
            cur, used = "", 0
        cur += c
        used += w
    return out + [cur] if cur else out
