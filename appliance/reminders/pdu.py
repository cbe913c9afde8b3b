"""SMS PDUs for PDU mode (AT+CMGF=0), from 3GPP TS 23.040 (SMS-SUBMIT, SMS-STATUS-REPORT,
concatenation UDH) and TS 23.038 (the GSM 7-bit default alphabet and its extension table, UCS-2).

`submit_pdus(number, text, ref)` gives the hex TPDUs of the parts (each with SCA "00": the SIM's
service centre) and the TPDU length AT+CMGW=<length> wants (the octets after the SCA).
`parse_status_report(hex)` reads a +CDS PDU.
"""
from __future__ import annotations

from dataclasses import dataclass

from .segments import GSM7_BASIC, GSM7_EXTENDED, encoding, split

# TS 23.038 6.2.1.1: the extension table, reached with ESC (0x1B).
_EXT_CODES = {"\f": 0x0A, "^": 0x14, "{": 0x28, "}": 0x29, "\\": 0x2F, "[": 0x3C, "~": 0x3D, "]": 0x3E,
              "|": 0x40, "€": 0x65}
_BASIC_CODES = {c: i for i, c in enumerate(GSM7_BASIC)}
assert len(GSM7_BASIC) == 128 and set(_EXT_CODES) == set(GSM7_EXTENDED)

FO_SUBMIT = 0x01        # TP-MTI = 01 SMS-SUBMIT
FO_VPF_RELATIVE = 0x10  # TP-VPF = 10, one octet of relative validity
FO_SRR = 0x20           # TP-SRR: a status report is requested
FO_UDHI = 0x40          # TP-UDHI: the user data begins with a header
VP_24H = 0xA7           # TS 23.040 9.2.3.12.1: (167 - 143) * 30 min + 12 h = 24 h
DCS_GSM7, DCS_UCS2 = 0x00, 0x08


def gsm7_septets(text: str) -> list[int]:
    out: list[int] = []
    for c in text:
        if c in _EXT_CODES:
            out += [0x1B, _EXT_CODES[c]]
        else:
            out.append(_BASIC_CODES[c])
    return out


def pack_septets(septets: list[int], fill_bits: int = 0) -> bytes:
    """TS 23.038 6.1.2.1.1: septets packed LSB first; `fill_bits` zero bits go first (after a UDH)."""
    acc, nbits, out = 0, fill_bits, bytearray()
    for s in septets:
        acc |= (s & 0x7F) << nbits
        nbits += 7
        while nbits >= 8:
            out.append(acc & 0xFF)
            acc >>= 8
            nbits -= 8
    if nbits:
        out.append(acc & 0xFF)
    return bytes(out)


def encode_address(number: str) -> bytes:
    """TS 23.040 9.1.2.5: length in digits, type of address, semi-octets (F-padded)."""
    international = number.startswith("+")
    digits = number.lstrip("+")
    if not digits.isdigit():
        raise ValueError(f"not a phone number: {number!r}")
    toa = 0x91 if international else 0x81
    padded = digits + ("F" if len(digits) % 2 else "")
    semi = bytes(int(padded[i + 1] + padded[i], 16) for i in range(0, len(padded), 2))
    return bytes([len(digits), toa]) + semi


def decode_address(data: bytes, pos: int) -> tuple[str, int]:
    ndigits, toa = data[pos], data[pos + 1]
    nbytes = (ndigits + 1) // 2
    digits = "".join(f"{b & 0x0F:X}{b >> 4:X}" for b in data[pos + 2:pos + 2 + nbytes])[:ndigits]
    return ("+" if toa & 0x70 == 0x10 else "") + digits, pos + 2 + nbytes


@dataclass(frozen=True)
class SubmitPdu:
    hex: str          # SCA "00" + the TPDU, upper-case hex, what goes before Ctrl-Z
    tpdu_length: int  # AT+CMGW=<length>


def submit_pdus(number: str, text: str, ref: int) -> list[SubmitPdu]:
    """The SMS-SUBMIT PDUs of `text` to `number`; a text of more than one part carries the
    8-bit-reference concatenation header (IEI 00) with `ref` (0-255), its part count and number."""
    chunks = split(text)
    gsm = encoding(text) == "gsm7"
    multi = len(chunks) > 1
    out = []
    for seq, chunk in enumerate(chunks, start=1):
        udh = bytes([5, 0x00, 3, ref & 0xFF, len(chunks), seq]) if multi else b""
        if gsm:
            septets = gsm7_septets(chunk)
            fill = (7 - (len(udh) * 8) % 7) % 7
            ud = udh + pack_septets(septets, fill)
            udl = (len(udh) * 8 + fill) // 7 + len(septets)
            dcs = DCS_GSM7
        else:
            ud = udh + chunk.encode("utf-16-be")
            udl = len(ud)
            dcs = DCS_UCS2
        fo = FO_SUBMIT | FO_VPF_RELATIVE | FO_SRR | (FO_UDHI if multi else 0)
        tpdu = bytes([fo, 0x00]) + encode_address(number) + bytes([0x00, dcs, VP_24H, udl]) + ud
        out.append(SubmitPdu(("00" + tpdu.hex()).upper(), len(tpdu)))
    return out


def same_submit(stored_hex: str, written_hex: str) -> bool:
    """Whether a PDU read back from the modem's memory (+CMGL/+CMGR) is the SMS-SUBMIT written there:
    the TPDUs equal but for TP-MR (a modem may put the reference it used into its copy), the SCA
    aside (a modem may fill in the SIM's service centre)."""
    try:
        a, b = bytes.fromhex(stored_hex.strip()), bytes.fromhex(written_hex.strip())
        ta, tb = a[1 + a[0]:], b[1 + b[0]:]
    except (ValueError, IndexError):
        return False
    return len(ta) == len(tb) > 2 and ta[0] == tb[0] and ta[2:] == tb[2:]


@dataclass(frozen=True)
class StatusReport:
    mr: int
    recipient: str
    status: int


def parse_status_report(hexpdu: str) -> StatusReport:
    """TS 23.040 9.2.2.3 SMS-STATUS-REPORT after the SCA: fo, TP-MR, TP-RA, TP-SCTS(7), TP-DT(7), TP-ST."""
    data = bytes.fromhex(hexpdu.strip())
    pos = 1 + data[0]                      # skip the SCA
    fo = data[pos]
    if fo & 0x03 != 0x02:
        raise ValueError(f"not an SMS-STATUS-REPORT (TP-MTI {fo & 3})")
    mr = data[pos + 1]
    recipient, pos = decode_address(data, pos + 2)
    pos += 14                              # TP-SCTS and TP-DT
    return StatusReport(mr, recipient, data[pos])
