#!/usr/bin/env bash
# scripts/test.sh: README command 2. Installs what is missing, builds, checks that the committed
# arginfo headers match their stubs, then runs the whole phpt suite against the bundled local gateway
# and ends with one line "N passed, N failed". Any SKIP fails the run: a phpt skips silently when the
# extension did not load. WECHATPAY_TEST_VALGRIND=1 runs every test under valgrind memcheck with full
# leak checking (and fails on any report).
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${WECHATPAY_TEST_VALGRIND:-0}" = 1 ] && export WECHATPAY_EXTRA_PACKAGES="valgrind ${WECHATPAY_EXTRA_PACKAGES:-}"
scripts/build.sh

# The committed *_arginfo.h must be what gen_stub.php makes of the committed stubs.
stale=0
for stub in ext/*.stub.php; do
  generated="build/stubcheck/$(basename "${stub%.stub.php}")_arginfo.h"
  mkdir -p build/stubcheck
  cp "$stub" build/stubcheck/
  php build/gen_stub.php -f "build/stubcheck/$(basename "$stub")" >/dev/null
  if ! diff -q "$generated" "${stub%.stub.php}_arginfo.h" >/dev/null; then
    echo "STALE: ${stub%.stub.php}_arginfo.h does not match $stub (run: php build/gen_stub.php -f $stub)"
    stale=1
  fi
done
# package.xml must list exactly the shipped files git tracks, and be valid for PECL.
if ! php scripts/package-xml.php | diff -q - package.xml >/dev/null; then
  echo "STALE: package.xml does not list the shipped files (run: php scripts/package-xml.php > package.xml)"
  stale=1
elif ! pecl package-validate package.xml | grep -q "Validation: 0 error(s)"; then
  pecl package-validate package.xml
  stale=1
fi
[ "$stale" = 0 ] || { echo "0 passed, 1 failed"; exit 1; }

bash tests/gateway/keygen.sh >/dev/null
php -d extension="$(pwd)/modules/wechatpay.so" -r 'exit(extension_loaded("wechatpay") ? 0 : 1);' \
  || { echo "the extension does not load"; echo "0 passed, 1 failed"; exit 1; }

args=(-q -p "$(command -v php)" -d extension="$(pwd)/modules/wechatpay.so" --show-diff)
if [ "${WECHATPAY_TEST_VALGRIND:-0}" = 1 ]; then
  # the gateway and the openssl CLI run natively: only the PHP process under test is checked
  export VALGRIND_OPTS="--leak-check=full --errors-for-leak-kinds=definite,indirect --trace-children-skip=*/timeout,*/bash,*/sh,*/openssl ${VALGRIND_OPTS:-}"
  args+=(-m -d pcre.jit=0)
fi
log=$(mktemp)
set +e
TEST_PHP_EXECUTABLE="$(command -v php)" NO_INTERACTION=1 REPORT_EXIT_STATUS=1 \
  php run-tests.php "${args[@]}" "${@:-tests/}" 2>&1 | tee "$log"
set -e
count() { sed -n "s/^Tests $1 *: *\([0-9]*\).*/\1/p" "$log" | head -1; }
passed=$(count passed); failed=$(count failed); skipped=$(count skipped); leaked=$(count "leaked")
passed=${passed:-0}; failed=${failed:-0}; skipped=${skipped:-0}; leaked=${leaked:-0}
rm -f "$log"
bad=$((failed + skipped + leaked))
[ "$passed" -gt 0 ] || bad=$((bad + 1))
[ "$skipped" = 0 ] || echo "Unexpected SKIP: $skipped test(s) skipped; every test must run."
[ "$leaked" = 0 ] || echo "Memory errors or leaks reported in $leaked test(s)."
echo "$passed passed, $bad failed"
[ "$bad" = 0 ]
