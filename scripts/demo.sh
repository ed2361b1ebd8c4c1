#!/usr/bin/env bash
# scripts/demo.sh: README command 1. Installs what is missing, builds the extension, starts the bundled
# local gateway and runs the canonical call in all six styles against it, printing each decoded reply.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
bash tests/gateway/keygen.sh >/dev/null
WECHATPAY_AUTOLOAD=/usr/share/php/GuzzleHttp/autoload.php \
  php scripts/with-gateway.php php -d extension="$(pwd)/modules/wechatpay.so" examples/seed.php
