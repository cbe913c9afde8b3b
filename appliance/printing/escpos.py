"""ESC/POS over a serial line (pyserial) or USB (python-escpos): slips composed with python-escpos,
status asked with DLE EOT before and after each slip, so that paper out, an offline printer and an
unplugged one are told apart and the slip stays queued (see services.py)."""
from __future__ import annotations

import contextlib
import functools
import termios
from dataclasses import dataclass, field
from pathlib import Path

import serial

from ..errors import ClinicError

DLE_EOT = b"\x10\x04"
STATUS_PRINTER, STATUS_OFFLINE_CAUSE, STATUS_PAPER = 1, 2, 4
PAPER_END_BITS = 0x60          # DLE EOT 4: bits 5 and 6, the roll-paper end sensor
PAPER_NEAR_END_BITS = 0x0C     # DLE EOT 4: bits 2 and 3, near end
OFFLINE_BIT = 0x08             # DLE EOT 1: bit 3
DOTS = {58: 384, 80: 576}       # printable dots across at 203 dpi
CHARS = {58: 32, 80: 48}        # Font A characters a line
FONT_NAME = "Lohit-Devanagari.ttf"     # the kiosk's own Devanagari font (kiosk/fonts-src)
DEFAULT_BAUD = 19200


class PrinterError(ClinicError):
    """`kind`: paper_out | offline | unplugged | bad_config."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(detail)
        self.kind, self.detail = kind, detail


@dataclass
class Line:
    text: str
    align: str = "left"        # left | center | right
    bold: bool = False
    big: bool = False


@dataclass
class Slip:
    lines: list[Line] = field(default_factory=list)

    def as_json(self) -> list[dict]:
        return [vars(line) for line in self.lines]

    @classmethod
    def from_json(cls, rows: list[dict]) -> "Slip":
        return cls([Line(**row) for row in rows])


def _printable(text: str) -> bool:
    try:
        text.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


@functools.lru_cache(maxsize=4)
def _font(size: int):
    from PIL import ImageFont

    import kiosk

    return ImageFont.truetype(str(Path(kiosk.__file__).parent / "fonts-src" / FONT_NAME), size)


def text_image(text: str, width_dots: int, *, big: bool = False, align: str = "left"):
    """A line the printer has no font for, drawn with the kiosk's Devanagari font as a 1-bit image."""
    from PIL import Image, ImageDraw

    font = _font(40 if big else 24)
    left, top, right, bottom = font.getbbox(text)
    height = max(8, bottom - min(top, 0) + 4)
    img = Image.new("1", (width_dots, height), 1)
    draw = ImageDraw.Draw(img)
    width = right - left
    x = {"center": (width_dots - width) // 2, "right": width_dots - width}.get(align, 0)
    draw.text((max(0, x) - left, 2 - min(top, 0)), text, font=font, fill=0)
    return img


def render(slip: Slip, width_mm: int = 58, *, text_font: bool = False) -> bytes:
    """The slip as ESC/POS bytes: ESC @, text with ESC ! / ESC E / ESC a, non-ASCII lines as GS v 0
    raster images (unless the printer has the font), a feed and GS V to cut."""
    from escpos.printer import Dummy

    p = Dummy()
    p.profile.profile_data["media"]["width"]["pixels"] = DOTS[width_mm]   # else python-escpos prints a warning
    p.hw("INIT")
    for line in slip.lines:
        if text_font or _printable(line.text):
            p.set(align=line.align, bold=line.bold, double_height=line.big, double_width=line.big,
                  normal_textsize=not line.big)
            p.text(line.text + "\n")
        else:
            p.set(align="left", bold=False, normal_textsize=True)
            p.image(text_image(line.text, DOTS[width_mm], big=line.big, align=line.align), impl="bitImageRaster")
    p.cut()
    return p.output


class SerialPrinter:
    """An ESC/POS printer on a serial port (uri serial:/dev/ttyUSB1[@BAUD])."""

    def __init__(self, port: str, baud: int = DEFAULT_BAUD, *, width_mm: int = 58, text_font: bool = False,
                 timeout: float = 1.0) -> None:
        self.port, self.baud, self.width_mm, self.text_font, self.timeout = port, baud, width_mm, text_font, timeout
        self._serial: serial.Serial | None = None

    def __enter__(self) -> "SerialPrinter":
        try:
            self._serial = serial.Serial(self.port, self.baud, timeout=self.timeout, write_timeout=10)
        except (serial.SerialException, OSError, ValueError, termios.error) as err:
            raise PrinterError("unplugged", f"the printer is not there: is it plugged in and switched on? "
                                            f"({self.port}: {err})") from None
        return self

    def __exit__(self, *_exc) -> None:
        port, self._serial = self._serial, None
        if port is not None:
            with contextlib.suppress(serial.SerialException, OSError, termios.error):
                port.close()

    def _ask(self, n: int) -> int:
        assert self._serial is not None
        try:
            self._serial.reset_input_buffer()
            self._serial.write(DLE_EOT + bytes([n]))
            answer = self._serial.read(1)
        except (serial.SerialException, OSError, termios.error) as err:
            raise PrinterError("unplugged", f"the printer on {self.port} went away ({err})") from None
        if not answer:
            raise PrinterError("offline", f"the printer on {self.port} does not answer: switched off, or its "
                                          "cable loose")
        return answer[0]

    def check(self) -> str | None:
        """Raise PrinterError when it cannot print now; return a warning (paper near its end) or None."""
        if self._ask(STATUS_PRINTER) & OFFLINE_BIT:
            paper = self._ask(STATUS_PAPER)
            if paper & PAPER_END_BITS:
                raise PrinterError("paper_out", "the printer is out of paper: put in a new roll, then Retry")
            raise PrinterError("offline", "the printer is offline (cover open or a fault): close it, then Retry")
        paper = self._ask(STATUS_PAPER)
        if paper & PAPER_END_BITS:
            raise PrinterError("paper_out", "the printer is out of paper: put in a new roll, then Retry")
        return "paper near its end" if paper & PAPER_NEAR_END_BITS else None

    def print_slip(self, slip: Slip) -> str | None:
        """Print one slip: checked before, sent, checked again (paper that ran out during it fails it)."""
        self.check()
        assert self._serial is not None
        try:
            self._serial.write(render(slip, self.width_mm, text_font=self.text_font))
            self._serial.flush()
        except (serial.SerialException, OSError, termios.error) as err:
            raise PrinterError("unplugged", f"the printer on {self.port} went away while printing ({err})") from None
        return self.check()


class UsbPrinter:
    """An ESC/POS printer on USB (uri usb:VID:PID) through python-escpos (pyusb); its status queries
    are python-escpos's own."""

    def __init__(self, vid: int, pid: int, *, width_mm: int = 58, text_font: bool = False) -> None:
        self.vid, self.pid, self.width_mm, self.text_font = vid, pid, width_mm, text_font
        self._p = None

    def __enter__(self) -> "UsbPrinter":
        try:
            from escpos.printer import Usb

            self._p = Usb(self.vid, self.pid)
            self._p.open()
        except Exception as err:  # noqa: BLE001 - pyusb raises its own kinds
            raise PrinterError("unplugged", f"no USB printer {self.vid:04x}:{self.pid:04x} ({err})") from None
        return self

    def __exit__(self, *_exc) -> None:
        if self._p is not None:
            with contextlib.suppress(Exception):
                self._p.close()

    def print_slip(self, slip: Slip) -> str | None:
        try:
            if self._p.paper_status() == 0:
                raise PrinterError("paper_out", "the printer is out of paper: put in a new roll, then Retry")
            self._p._raw(render(slip, self.width_mm, text_font=self.text_font))
        except PrinterError:
            raise
        except Exception as err:  # noqa: BLE001
            raise PrinterError("offline", f"the USB printer did not take the slip ({err})") from None
        return None


def open_printer(uri: str, width_mm: int = 58, text_font: bool = False):
    kind, _, rest = uri.partition(":")
    if kind == "serial":
        port, _, baud = rest.partition("@")
        return SerialPrinter(port, int(baud or DEFAULT_BAUD), width_mm=width_mm, text_font=text_font)
    if kind == "usb":
        vid, _, pid = rest.partition(":")
        return UsbPrinter(int(vid, 16), int(pid, 16), width_mm=width_mm, text_font=text_font)
    raise PrinterError("bad_config", f"printer {uri!r}: give serial:/dev/PORT[@BAUD] or usb:VID:PID")


def test_slip(clinic_name: str, device_id: str, width_mm: int) -> Slip:
    rule = "-" * CHARS[width_mm]
    return Slip([Line(clinic_name, "center", bold=True, big=True), Line("printer test", "center"), Line(rule),
                 Line(f"box {device_id}"), Line(f"paper {width_mm} mm, {CHARS[width_mm]} characters"),
                 Line("परीक्षण पर्ची", "center"), Line(rule)])
