"""Finding the box on the clinic LAN: it advertises `_clinic-edge._https._tcp` over mDNS (python-zeroconf)
with its certificate's SHA-256 fingerprint in the TXT record; a kiosk or a technician's laptop lists the
boxes with `clinic discover` and pins each fingerprint on first use. A box that later shows another
fingerprint is refused loudly: a rogue box on the LAN, or a box whose certificate was remade (then the
technician removes the pin on purpose: `clinic discover --forget DEVICE`)."""
from __future__ import annotations

import json
import os
import socket
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

SERVICE_TYPE = "_clinic-edge._https._tcp.local."
DEFAULT_PINS = Path(os.environ.get("XDG_CONFIG_HOME", str(Path.home() / ".config"))) / "clinic-edge" / "known_boxes.json"


@dataclass
class FoundBox:
    name: str
    device_id: str
    clinic_id: str
    addresses: list[str]
    port: int
    fingerprint: str
    trust: str = ""            # pinned-now | trusted | REFUSED
    urls: list[str] = field(default_factory=list)        # only hosts the certificate names
    uncovered: list[str] = field(default_factory=list)   # advertised addresses the certificate does not name
    cert_names: list[str] = field(default_factory=list)
    cert_note: str = ""        # why the certificate could not be read, when it could not

    @property
    def url(self) -> str:
        return self.urls[0] if self.urls else ""


def _url(host: str, port: int) -> str:
    return f"https://{'[' + host + ']' if ':' in host else host}:{port}/"


def certificate_names(pem: str) -> list[str]:
    """The DNS names and IP addresses (as text) in a certificate's subjectAltName."""
    from cryptography import x509

    cert = x509.load_pem_x509_certificate(pem.encode())
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return []
    return san.get_values_for_type(x509.DNSName) + [str(ip) for ip in san.get_values_for_type(x509.IPAddress)]


def check_certificate(box: FoundBox, timeout: float = 3.0) -> None:
    """Read the box's certificate from the first advertised address that serves the advertised fingerprint,
    and keep only the URLs whose host it names: an address outside its SANs would fail every browser's
    and kiosk's name check. The DNS names it carries (not localhost) are listed as URLs too."""
    import hashlib
    import ipaddress
    import ssl

    pem, reasons = None, []
    for addr in box.addresses:
        try:
            got = ssl.get_server_certificate((addr, box.port), timeout=timeout)
        except (OSError, ssl.SSLError) as err:
            reasons.append(f"{addr}: {err}")
            continue
        if hashlib.sha256(ssl.PEM_cert_to_DER_cert(got)).hexdigest() != box.fingerprint:
            reasons.append(f"{addr} serves another certificate than the advertised fingerprint")
            continue
        pem = got
        break
    if pem is None:
        box.cert_note = "certificate not read, no URL listed (" + "; ".join(reasons or ["no address"]) + ")"
        return
    names = certificate_names(pem)
    box.cert_names = names
    ips = set()
    for n in names:
        try:
            ips.add(ipaddress.ip_address(n))
        except ValueError:
            pass
    for addr in box.addresses:
        try:
            covered = ipaddress.ip_address(addr) in ips
        except ValueError:
            covered = addr in names
        (box.urls.append(_url(addr, box.port)) if covered else box.uncovered.append(addr))
    ip_names = {str(ip) for ip in ips}
    box.urls += [_url(n, box.port) for n in names if n not in ip_names and n != "localhost" and "." in n
                 and not n.startswith("*")]


def reissue_hint(box: FoundBox) -> str:
    missing = ",".join(box.uncovered)
    return (f"{box.device_id}: its LAN address {', '.join(box.uncovered)} is not in its certificate (names: "
            f"{', '.join(box.cert_names) or 'none'}); on the box add it to the settings "
            f"(CLINIC_SERVER__TLS_NAMES or server.tls_names = [..., \"{missing}\"] in /etc/clinic/appliance.toml), "
            f"then run `clinic keys rotate tls` and restart clinic-appliance")


def service_info(device_id: str, clinic_id: str, clinic_name: str, port: int, fingerprint: str,
                 addresses: list[str]):
    from zeroconf import ServiceInfo

    return ServiceInfo(
        SERVICE_TYPE, f"{device_id}.{SERVICE_TYPE}",
        addresses=[socket.inet_pton(socket.AF_INET6 if ":" in a else socket.AF_INET, a) for a in addresses],
        port=port, server=f"{device_id}.local.",
        properties={"fp": fingerprint, "id": device_id, "clinic": clinic_id, "name": clinic_name[:60],
                    "path": "/kiosk/"})


class Advertiser:
    """Advertises the box while it is open (the `clinic serve` master holds one)."""

    def __init__(self, info, interfaces: list[str] | None = None) -> None:
        from zeroconf import InterfaceChoice, IPVersion, Zeroconf

        self.info = info
        self.zc = Zeroconf(interfaces=interfaces or InterfaceChoice.All, ip_version=IPVersion.V4Only)
        self.zc.register_service(info, allow_name_change=True)

    def close(self) -> None:
        try:
            self.zc.unregister_service(self.info)
        finally:
            self.zc.close()


def lan_addresses(host: str) -> list[str]:
    """What to advertise: the listening address, or every IPv4 address of the box when it listens on all."""
    if host not in ("0.0.0.0", "::", ""):
        return [host]
    from zeroconf import get_all_addresses

    return [a for a in get_all_addresses() if not a.startswith("127.")] or ["127.0.0.1"]


def advertise_box(settings, interfaces: list[str] | None = None) -> Advertiser:
    from .steps import fingerprint

    addresses = lan_addresses(settings.server.host)
    info = service_info(settings.box.device_id, settings.box.clinic_id, settings.box.clinic_name,
                        settings.server.port, fingerprint(settings), addresses)
    return Advertiser(info, interfaces or (addresses if settings.server.host not in ("0.0.0.0", "::") else None))


def browse(seconds: float = 3.0, interfaces: list[str] | None = None) -> list[FoundBox]:
    """Every box that answers within `seconds`."""
    from zeroconf import InterfaceChoice, IPVersion, ServiceBrowser, Zeroconf

    zc = Zeroconf(interfaces=interfaces or InterfaceChoice.All, ip_version=IPVersion.V4Only)
    names: set[str] = set()

    class Listener:
        def add_service(self, _zc, _type, name):
            names.add(name)

        def update_service(self, _zc, _type, name):
            names.add(name)

        def remove_service(self, _zc, _type, name):
            pass

    found: list[FoundBox] = []
    try:
        ServiceBrowser(zc, SERVICE_TYPE, Listener())
        time.sleep(seconds)
        for name in sorted(names):
            info = zc.get_service_info(SERVICE_TYPE, name, timeout=2000)
            if info is None:
                continue
            props = {k.decode(): (v or b"").decode() for k, v in info.properties.items()}
            found.append(FoundBox(name=name, device_id=props.get("id", name.split(".")[0]),
                                  clinic_id=props.get("clinic", ""), addresses=info.parsed_addresses(),
                                  port=info.port or 0, fingerprint=props.get("fp", "").lower()))
    finally:
        zc.close()
    for box in found:
        check_certificate(box)
    return found


class PinStore:
    """Trust on first use: device id -> certificate fingerprint, in a 0600 JSON file."""

    def __init__(self, path: Path = DEFAULT_PINS) -> None:
        self.path = path
        self.pins: dict[str, str] = json.loads(path.read_text()) if path.exists() else {}

    def judge(self, box: FoundBox) -> str:
        known = self.pins.get(box.device_id)
        if known is None:
            self.pins[box.device_id] = box.fingerprint
            box.trust = "pinned-now"
        elif known == box.fingerprint:
            box.trust = "trusted"
        else:
            box.trust = "REFUSED"
        return box.trust

    def forget(self, device_id: str) -> bool:
        return self.pins.pop(device_id, None) is not None

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".new")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            json.dump(self.pins, f, indent=2, sort_keys=True)
        os.replace(tmp, self.path)


def as_dict(box: FoundBox) -> dict:
    return {**asdict(box), "url": box.url}
