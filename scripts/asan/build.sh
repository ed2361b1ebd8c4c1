#!/usr/bin/env bash
# scripts/asan/build.sh: builds the extension with clang under AddressSanitizer + UndefinedBehaviorSanitizer
# into build/asan/modules/wechatpay.so, from a copy of config.m4 and ext/ in build/asan/, so the normal
# build in the repository root is never touched. Run by `WECHATPAY_TEST_ASAN=1 scripts/test.sh` (after
# scripts/build.sh has installed clang and libclang-rt-14-dev). Rebuilds from scratch whenever a source or
# the flags changed (phpize builds do not track header dependencies).
set -euo pipefail
cd "$(dirname "$0")/../.."

flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g -O1"
dir=build/asan
stamp=$( { echo "$flags"; clang --version | head -1; cat config.m4 ext/* scripts/asan/nodeepbind.c; } | sha256sum | cut -d' ' -f1)
if [ -f "$dir/modules/wechatpay.so" ] && [ -f "$dir/nodeepbind.so" ] && [ "$(cat "$dir/.stamp" 2>/dev/null)" = "$stamp" ]; then
  echo "Built $(pwd)/$dir/modules/wechatpay.so (ASan+UBSan, up to date)"
  exit 0
fi
rm -rf "$dir"
mkdir -p "$dir/ext"
cp -p config.m4 "$dir/"
cp -p ext/*.c ext/*.h "$dir/ext/"
(
  cd "$dir"
  phpize >/dev/null 2>&1
  CC=clang CFLAGS="$flags" LDFLAGS="-fsanitize=address,undefined" ./configure --enable-wechatpay >/dev/null
  make -s -j"$(nproc)" >/dev/null
)
# the shim that lets Debian's php dlopen() extensions next to the ASan runtime (see nodeepbind.c)
clang -shared -fPIC -O1 -o "$dir/nodeepbind.so" scripts/asan/nodeepbind.c -ldl
echo "$stamp" > "$dir/.stamp"
echo "Built $(pwd)/$dir/modules/wechatpay.so (ASan+UBSan)"
