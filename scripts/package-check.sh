#!/usr/bin/env bash
# scripts/package-check.sh: proves the PECL package installs. Builds the package from package.xml with
# `pecl package`, installs that tarball with `pecl install` (into PHP's extension dir, not enabled; it is
# uninstalled again on exit), then loads the module pecl built and runs a few phpt tests against it.
# Ends with "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh >/dev/null   # installs php-pear and the build packages when missing; gives run-tests.php
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

version=$(sed -n 's:.*<release>\([0-9][^<]*\)</release>.*:\1:p' package.xml | head -1)
pecl package package.xml >"$scratch/package.log" 2>&1 || { cat "$scratch/package.log"; echo "0 passed, 1 failed"; exit 1; }
tarball="wechatpay-$version.tgz"
mv "$tarball" "$scratch/"
echo "pecl package: $tarball ($(tar tzf "$scratch/$tarball" | wc -l) files)"

# as a merchant would: pecl builds it and copies wechatpay.so into PHP's extension dir (not enabling it);
# the package is uninstalled again on exit
trap 'pecl uninstall wechatpay >/dev/null 2>&1; rm -rf "$scratch"' EXIT
pecl install -f "$scratch/$tarball" >"$scratch/install.log" 2>&1 \
  || { tail -30 "$scratch/install.log"; echo "0 passed, 1 failed"; exit 1; }
grep -q "install ok: channel://pecl.php.net/wechatpay-$version" "$scratch/install.log" \
  || { tail -30 "$scratch/install.log"; echo "0 passed, 1 failed"; exit 1; }
module="$(php-config --extension-dir)/wechatpay.so"
[ -f "$module" ] || { tail -30 "$scratch/install.log"; echo "pecl install left no $module"; echo "0 passed, 1 failed"; exit 1; }
echo "pecl install: $module"
loaded=$(php -d extension="$module" -r 'echo phpversion("wechatpay");')
[ "$loaded" = "$version" ] || { echo "the installed module reports version '$loaded', package.xml says $version"; echo "0 passed, 1 failed"; exit 1; }

bash tests/gateway/keygen.sh >/dev/null
log="$scratch/tests.log"
set +e
TEST_PHP_EXECUTABLE="$(command -v php)" NO_INTERACTION=1 REPORT_EXIT_STATUS=1 \
  php run-tests.php -q -p "$(command -v php)" -d extension="$module" --show-diff \
  tests/021_seed_six_styles_native.phpt tests/030_signature_openssl_cli.phpt tests/252_ide_stubs.phpt >"$log" 2>&1
set -e
passed=$(sed -n 's/^Tests passed *: *\([0-9]*\).*/\1/p' "$log"); failed=$(sed -n 's/^Tests failed *: *\([0-9]*\).*/\1/p' "$log")
passed=${passed:-0}; failed=${failed:-0}
[ "$passed" -gt 0 ] && [ "$failed" = 0 ] || cat "$log"
echo "$((passed + 1)) passed, $failed failed"
[ "$passed" -gt 0 ] && [ "$failed" = 0 ]
