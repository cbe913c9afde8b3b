#!/bin/sh
# The clinic box's OS image (Debian bookworm, amd64 or arm64) with mmdebstrap: the wheel and its
# dependencies in /opt/clinic/.venv, every unit of systemd/, coturn, the triage and speech models (in the
# wheel and its [speech] dependencies), and a first-boot unit that makes the box's keys and starts serving.
#   [ARCH=amd64|arm64] image/build.sh OUT_DIR  ->  OUT_DIR/clinic-box-$ARCH.img (ext4 root), vmlinuz, initrd.img
# Boot: qemu-system-x86_64 -kernel vmlinuz -initrd initrd.img -append "root=/dev/vda rw console=ttyS0"
#       -drive file=clinic-box-amd64.img,format=raw,if=virtio   (tests/image/test_image_boots.py);
#       arm64: qemu-system-aarch64 -M virt -cpu max ... console=ttyAMA0 (CLINIC_IMAGE_ARCH=arm64 there).
# Needs root (mmdebstrap's root mode: it mounts /proc in the chroot), mmdebstrap and e2fsprogs; the
# Debian mirror and the Python package index must be reachable. A foreign ARCH runs the image's
# maintainer scripts through qemu-user-static and binfmt_misc, and takes its compiled wheels from the
# index (pip download --platform manylinux..._aarch64 --only-binary=:all:): the host builds only its own.
set -eu
OUT=${1:-out/image}
SUITE=${SUITE:-bookworm}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
SIZE=${SIZE:-6G}
ARCH=${ARCH:-amd64}
HOST_ARCH=$(dpkg --print-architecture)
HERE=$(cd "$(dirname "$0")/.." && pwd)
PY=${PY:-$HERE/.venv/bin/python}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
rm -rf "$OUT/wheels" "$OUT/wheels-host" "$OUT/root" "$OUT/src"
mkdir -p "$OUT/wheels"

# The wheel is built from a copy of the tree without what git ignores: setuptools walks the whole project
# folder, and out/ may hold another build's root file system (with its /proc mounted): minutes, or never.
SRC="$OUT/src"
rm -rf "$SRC"
mkdir -p "$SRC"
if git -C "$HERE" rev-parse --git-dir >/dev/null 2>&1; then
  (cd "$HERE" && git ls-files -z --cached --others --exclude-standard | tar --null -T - --ignore-failed-read -cf -) \
    | tar -xf - -C "$SRC"
else
  (cd "$HERE" && tar --exclude=./out --exclude=./.venv --exclude=./var --exclude=./.git -cf - .) | tar -xf - -C "$SRC"
fi

echo "== wheels ($ARCH): clinic-edge and every dependency, so the image installs offline"
if [ "$ARCH" = "$HOST_ARCH" ]; then
  "$PY" -m pip wheel -q --wheel-dir "$OUT/wheels" "$SRC[speech]"
else
  case $ARCH in
    arm64) machine=aarch64 ;;
    *) echo "build.sh: no wheel platform known for ARCH=$ARCH" >&2; exit 2 ;;
  esac
  # Pure-Python wheels (clinic-edge itself, and those built here from source distributions) serve any
  # architecture; every compiled one comes from the index for $machine, for bookworm's glibc (2.36) or older.
  "$PY" -m pip wheel -q --wheel-dir "$OUT/wheels-host" "$SRC[speech]"
  cp "$OUT"/wheels-host/*-none-any.whl "$OUT/wheels/"
  rm -rf "$OUT/wheels-host"
  platforms="--platform manylinux2014_$machine --platform linux_$machine"
  for glibc in 17 24 26 27 28 31 34 35 36; do platforms="$platforms --platform manylinux_2_${glibc}_$machine"; done
  # shellcheck disable=SC2086
  "$PY" -m pip download -q --only-binary=:all: $platforms --python-version 3.11 --implementation cp \
    --dest "$OUT/wheels" --find-links "$OUT/wheels" "clinic-edge[speech]"
fi

echo "== root file system ($SUITE)"
mmdebstrap --mode=root --variant=minbase --format=directory --architectures="$ARCH" \
  --include=systemd-sysv,udev,dbus,linux-image-"$ARCH",initramfs-tools,python3.11,python3.11-venv,ca-certificates,coturn,espeak-ng,iproute2,systemd-timesyncd,ifupdown,isc-dhcp-client,procps \
  --customize-hook='copy-in "'"$OUT"'/wheels" /tmp' \
  --customize-hook='copy-in "'"$HERE"'/systemd" /tmp' \
  --customize-hook='copy-in "'"$HERE"'/image/overlay" /tmp' \
  --customize-hook='chroot "$1" sh -eu /tmp/overlay/usr/local/sbin/clinic-image-setup' \
  "$SUITE" "$OUT/root" "$MIRROR"

echo "== kernel, initrd and the ext4 image"
cp -L "$OUT/root/vmlinuz" "$OUT/vmlinuz"
cp -L "$OUT/root/initrd.img" "$OUT/initrd.img"
rm -f "$OUT/clinic-box-$ARCH.img"
mke2fs -q -t ext4 -L clinic-root -d "$OUT/root" "$OUT/clinic-box-$ARCH.img" "$SIZE"
rm -rf "$OUT/root" "$OUT/wheels" "$SRC"
ls -la "$OUT"
