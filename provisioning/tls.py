"""The box's own certificate authority and server certificate (the box serves HTTPS only).

`clinic init` makes both; every start renews the server certificate when it is within
RENEW_BEFORE of expiry (or names changed). Kiosks trust the box CA once, at set-up.
"""
from __future__ import annotations

import datetime as dt
import ipaddress
import socket
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from appliance.store.keys import write_private_file

CA_YEARS = 10
SERVER_DAYS = 397
RENEW_BEFORE = dt.timedelta(days=30)


def tls_dir(data_dir: Path) -> Path:
    return data_dir / "tls"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _write_key(path: Path, key: ec.EllipticCurvePrivateKey) -> None:
    write_private_file(path, key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                              serialization.NoEncryption()))


def create_ca(directory: Path, device_id: str) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "clinic-edge"),
                      x509.NameAttribute(NameOID.COMMON_NAME, f"clinic-edge box CA {device_id}")])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(_now() - dt.timedelta(minutes=5))
            .not_valid_after(_now() + dt.timedelta(days=365 * CA_YEARS))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                         content_commitment=False, key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, encipher_only=False, decipher_only=False), critical=True)
            .sign(key, hashes.SHA256()))
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    _write_key(directory / "ca.key", key)
    (directory / "ca.crt").write_bytes(cert.public_bytes(serialization.Encoding.PEM))


def box_names(extra: list[str] | tuple[str, ...] = ()) -> tuple[list[str], list[str]]:
    """DNS names and IP addresses the box answers to on the clinic LAN."""
    host = socket.gethostname()
    dns = {"localhost", host, f"{host}.local"}
    ips = {"127.0.0.1", "::1"}
    try:
        for info in socket.getaddrinfo(host, None):
            ips.add(info[4][0])
    except OSError:
        pass
    for item in extra:
        try:
            ips.add(str(ipaddress.ip_address(item)))
        except ValueError:
            dns.add(item)
    return sorted(dns), sorted(ips)


def issue_server_cert(directory: Path, dns: list[str], ips: list[str]) -> None:
    ca_key = serialization.load_pem_private_key((directory / "ca.key").read_bytes(), None)
    ca_cert = x509.load_pem_x509_certificate((directory / "ca.crt").read_bytes())
    key = ec.generate_private_key(ec.SECP256R1())
    san = [x509.DNSName(d) for d in dns] + [x509.IPAddress(ipaddress.ip_address(i)) for i in ips]
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, dns[0])]))
            .issuer_name(ca_cert.subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(_now() - dt.timedelta(minutes=5))
            .not_valid_after(min(_now() + dt.timedelta(days=SERVER_DAYS), ca_cert.not_valid_after_utc))
            .add_extension(x509.SubjectAlternativeName(san), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .sign(ca_key, hashes.SHA256()))
    _write_key(directory / "server.key", key)
    (directory / "server.crt").write_bytes(cert.public_bytes(serialization.Encoding.PEM))


def server_cert_status(directory: Path) -> tuple[dt.datetime, set[str]] | None:
    path = directory / "server.crt"
    if not path.exists():
        return None
    cert = x509.load_pem_x509_certificate(path.read_bytes())
    san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    names = {str(n.value) for n in san}
    return cert.not_valid_after_utc, names


def ensure_tls(data_dir: Path, device_id: str, extra_names: list[str] | tuple[str, ...] = ()) -> Path:
    """Create the CA if missing; (re)issue the server certificate if missing, near expiry or stale names."""
    directory = tls_dir(data_dir)
    if not (directory / "ca.crt").exists():
        create_ca(directory, device_id)
    dns, ips = box_names(extra_names)
    status = server_cert_status(directory)
    if status is None or status[0] - _now() < RENEW_BEFORE or not set(dns + ips) <= status[1]:
        issue_server_cert(directory, dns, ips)
    return directory
