"""Constants of the TURN relay."""

TURN_DIRNAME = "turn"               # under box.data_dir
TURN_CONF_FILENAME = "turnserver.conf"
TURN_DB_FILENAME = "turndb"         # coturn's SQLite user database: the shared secrets live here
SECRET_BYTES = 32
REALM_SUFFIX = "clinic-edge"
# coturn keeps an allocation no longer than this without a Refresh (RFC 8656 default is 600 s).
MAX_ALLOCATE_LIFETIME_S = 3600
STALE_NONCE_S = 600

# Every special-purpose range of the IANA IPv4 and IPv6 registries (RFC 6890 and successors) that a
# relay must never reach: the box itself, the clinic LAN, cloud metadata, and ranges that embed an
# IPv4 address in IPv6 (mapped, compatible, NAT64, 6to4, Teredo) so that a peer cannot smuggle
# 127.0.0.1 in as ::ffff:127.0.0.1 (the bypass behind coturn's CVE-2020-26262 class of bugs).
DENIED_PEER_RANGES: tuple[str, ...] = (
    "0.0.0.0/8",           # "this network"; 0.0.0.0 reaches the host itself (CVE-2020-26262)
    "10.0.0.0/8",          # RFC 1918
    "100.64.0.0/10",       # CGNAT (RFC 6598)
    "127.0.0.0/8",         # loopback
    "169.254.0.0/16",      # link-local, incl. 169.254.169.254 (cloud metadata)
    "172.16.0.0/12",       # RFC 1918
    "192.0.0.0/24",        # IETF protocol assignments
    "192.0.2.0/24",        # TEST-NET-1
    "192.88.99.0/24",      # 6to4 relay anycast
    "192.168.0.0/16",      # RFC 1918
    "198.18.0.0/15",       # benchmarking
    "198.51.100.0/24",     # TEST-NET-2
    "203.0.113.0/24",      # TEST-NET-3
    "224.0.0.0/4",         # multicast
    "240.0.0.0/4",         # reserved, incl. 255.255.255.255
    "::/96",               # unspecified, loopback (::1) and IPv4-compatible addresses
    "::ffff:0:0/96",       # IPv4-mapped: ::ffff:127.0.0.1 is 127.0.0.1
    "64:ff9b::/96",        # NAT64 well-known prefix (embeds IPv4)
    "64:ff9b:1::/48",      # local-use NAT64
    "100::/64",            # discard-only
    "2001::/23",           # IETF protocol assignments, incl. Teredo 2001::/32
    "2001:db8::/32",       # documentation
    "2002::/16",           # 6to4 (embeds IPv4)
    "fc00::/7",            # unique local (ULA)
    "fe80::/10",           # link-local
    "fec0::/10",           # site-local (deprecated)
    "ff00::/8",            # multicast
)
