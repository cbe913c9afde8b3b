#!/bin/sh
# The clinic box's OS image (amd64, Debian bookworm) with mmdebstrap: the wheel and its dependencies
# in /opt/clinic/.venv, every unit of systemd/, coturn, the triage and speech models (in the wheel
# and its [speech] dependencies), and a first-boot unit that makes the box's keys and starts serving.
#   image/build.sh OUT_DIR   ->  OUT_DIR/clinic-box-amd64.img (ext4 root), vmlinuz, initrd.img
# Boot: qemu-system-x86_64 -kernel vmlinuz -initrd initrd.img -append "root=/dev/vda rw console=ttyS0"
#       -drive file=clinic-box-amd64.img,format=raw,if=virtio   (tests/image/test_image_boots.py)
# Needs root (mmdebstrap's root mode: it mounts /proc in the chroot), mmdebstrap and e2fsprogs; the
# Debian mirror and the Python package index must be reachable.
set -eu
OUT=${1:-out/image}
SUITE=${SUITE:-bookworm}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
SIZE=${SIZE:-6G}
HERE=$(cd "$(dirname "$0")/.." && pwd)
PY=${PY:-$HERE/.venv/bin/python}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
rm -rf "$OUT/wheels" "$OUT/root"
mkdir -p "$OUT/wheels"

echo "== wheels: clinic-edge and every dependency, so the image installs offline"
"$PY" -m pip wheel -q --wheel-dir "$OUT/wheels" "$HERE[speech]"

echo "== root file system ($SUITE)"
mmdebstrap --mode=root --variant=minbase --format=directory \
  --include=systemd-sysv,udev,dbus,linux-image-amd64,initramfs-tools,python3.11,python3.11-venv,ca-certificates,coturn,espeak-ng,iproute2,systemd-timesyncd,ifupdown,isc-dhcp-client,procps \
  --customize-hook='copy-in "'"$OUT"'/wheels" /tmp' \
  --customize-hook='copy-in "'"$HERE"'/systemd" /tmp' \
  --customize-hook='copy-in "'"$HERE"'/image/overlay" /tmp' \
  --customize-hook='chroot "$1" sh -eu /tmp/overlay/usr/local/sbin/clinic-image-setup' \
  "$SUITE" "$OUT/root" "$MIRROR"

echo "== kernel, initrd and the ext4 image"
cp -L "$OUT/root/vmlinuz" "$OUT/vmlinuz"
cp -L "$OUT/root/initrd.img" "$OUT/initrd.img"
rm -f "$OUT/clinic-box-amd64.img"
mke2fs -q -t ext4 -L clinic-root -d "$OUT/root" "$OUT/clinic-box-amd64.img" "$SIZE"
rm -rf "$OUT/root" "$OUT/wheels"
ls -la "$OUT"
