#!/usr/bin/env bash
# scripts/build.sh: installs whatever Debian packages are missing (as root), then builds
# modules/wechatpay.so with phpize/configure/make. Safe to run again: it only redoes what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(php8.2-cli php8.2-dev php8.2-xml php-pear php-parser pkg-config make gcc libcurl4-openssl-dev libssl-dev libxml2-dev openssl
          php-guzzlehttp-guzzle php-guzzlehttp-psr7 php-guzzlehttp-promises php8.2-fpm ${WECHATPAY_EXTRA_PACKAGES:-})
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing packages need root: run as root, or: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ ! -f configure ] || [ config.m4 -nt configure ]; then
  phpize >/dev/null
fi
# gen_stub.php would download PHP-Parser; point it at Debian's php-parser instead (offline).
mkdir -p build/PHP-Parser-4.15.1/lib
ln -sfn /usr/share/php/PhpParser build/PHP-Parser-4.15.1/lib/PhpParser
if [ ! -f Makefile ] || [ configure -nt Makefile ]; then
  ./configure --enable-wechatpay ${WECHATPAY_CONFIGURE_FLAGS:-} >/dev/null
fi
make -s -j"$(nproc)" >/dev/null
echo "Built $(pwd)/modules/wechatpay.so"
