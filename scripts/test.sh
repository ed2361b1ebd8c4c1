#!/usr/bin/env bash
# scripts/test.sh: README command 2. Installs what is missing, builds, checks that the committed
# arginfo headers match their stubs, then runs the whole phpt suite against the bundled local gateway
# and ends with one line "N passed, N failed". Any SKIP fails the run: a phpt skips silently when the
# extension did not load. WECHATPAY_TEST_VALGRIND=1 runs every test under valgrind memcheck with full
# leak checking (and fails on any report). WECHATPAY_TEST_ASAN=1 runs it against a separate clang build
# under AddressSanitizer + UndefinedBehaviorSanitizer (scripts/asan/build.sh, build/asan/), loaded by
# Debian's php with the ASan runtime preloaded (scripts/asan/php); any ASan, UBSan or LeakSanitizer
# report fails its test and the run.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${WECHATPAY_TEST_VALGRIND:-0}" = 1 ] && export WECHATPAY_EXTRA_PACKAGES="valgrind ${WECHATPAY_EXTRA_PACKAGES:-}"
asan=${WECHATPAY_TEST_ASAN:-0}
if [ "$asan" = 1 ] && [ "${WECHATPAY_TEST_VALGRIND:-0}" = 1 ]; then
  echo "WECHATPAY_TEST_ASAN and WECHATPAY_TEST_VALGRIND do not combine: run them one at a time"; echo "0 passed, 1 failed"; exit 1
fi
[ "$asan" = 1 ] && export WECHATPAY_EXTRA_PACKAGES="clang libclang-rt-14-dev ${WECHATPAY_EXTRA_PACKAGES:-}"
scripts/build.sh
module="$(pwd)/modules/wechatpay.so"
if [ "$asan" = 1 ]; then
  scripts/asan/build.sh
  module="$(pwd)/build/asan/modules/wechatpay.so"
  export WECHATPAY_ASAN_PHP="$(command -v php)"
  export WECHATPAY_ASAN_RUNTIME="$(clang -print-file-name=libclang_rt.asan-x86_64.so)"
  export WECHATPAY_ASAN_SHIM="$(pwd)/build/asan/nodeepbind.so"
  export WECHATPAY_ASAN_SUPPRESSIONS="$(pwd)/scripts/asan/lsan.supp"
  export WECHATPAY_ASAN_REPORTS="$(pwd)/build/asan/reports"
  [ -f "$WECHATPAY_ASAN_RUNTIME" ] || { echo "no ASan runtime at $WECHATPAY_ASAN_RUNTIME"; echo "0 passed, 1 failed"; exit 1; }
  rm -rf "$WECHATPAY_ASAN_REPORTS"
  mkdir -p "$WECHATPAY_ASAN_REPORTS"
fi
php_under_test="$(command -v php)"
[ "$asan" = 1 ] && php_under_test="$(pwd)/scripts/asan/php"

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
# The IDE stubs must be what scripts/ide-stubs.php makes of the committed stubs.
if ! php scripts/ide-stubs.php | diff -q - stubs/wechatpay.php >/dev/null; then
  echo "STALE: stubs/wechatpay.php does not match ext/*.stub.php (run: php scripts/ide-stubs.php > stubs/wechatpay.php)"
  stale=1
fi
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
"$php_under_test" -d extension="$module" -r 'exit(extension_loaded("wechatpay") ? 0 : 1);' \
  || { echo "the extension does not load (cleanly)"; echo "0 passed, 1 failed"; exit 1; }

args=(-q -p "$php_under_test" -d extension="$module" --show-diff)
if [ "${WECHATPAY_TEST_VALGRIND:-0}" = 1 ]; then
  # the gateway and the openssl CLI run natively: only the PHP process under test is checked
  export VALGRIND_OPTS="--leak-check=full --errors-for-leak-kinds=definite,indirect --trace-children-skip=*/timeout,*/bash,*/sh,*/openssl ${VALGRIND_OPTS:-}"
  args+=(-m -d pcre.jit=0)
  # run-tests -m sets USE_ZEND_ALLOC=0; tracked (as run-tests --asan does) so memory_get_usage() still counts
  export USE_TRACKED_ALLOC=1
fi
[ "$asan" = 1 ] && args+=(-d auto_prepend_file="$(pwd)/scripts/asan/prepend.php")
log=$(mktemp)
set +e
TEST_PHP_EXECUTABLE="$php_under_test" NO_INTERACTION=1 REPORT_EXIT_STATUS=1 \
  php run-tests.php "${args[@]}" "${@:-tests/}" 2>&1 | tee "$log"
set -e
count() { sed -n "s/^Tests $1 *: *\([0-9]*\).*/\1/p" "$log" | head -1; }
passed=$(count passed); failed=$(count failed); skipped=$(count skipped); leaked=$(count "leaked")
passed=${passed:-0}; failed=${failed:-0}; skipped=${skipped:-0}; leaked=${leaked:-0}
rm -f "$log"
bad=$((failed + skipped + leaked))
if [ "$asan" = 1 ]; then
  # a report in a test whose expected output would swallow it (%A), or in a forked child, still fails
  reports=$(find "$WECHATPAY_ASAN_REPORTS" -type f -name 'report.*' | wc -l)
  if [ "$reports" != 0 ]; then
    echo "Sanitizer reports: $reports, under $WECHATPAY_ASAN_REPORTS:"
    find "$WECHATPAY_ASAN_REPORTS" -type f -name 'report.*' -exec sh -c 'echo "== $1"; cat "$1"' _ {} \;
    [ "$failed" != 0 ] || bad=$((bad + 1))
  fi
fi
[ "$passed" -gt 0 ] || bad=$((bad + 1))
[ "$skipped" = 0 ] || echo "Unexpected SKIP: $skipped test(s) skipped; every test must run."
[ "$leaked" = 0 ] || echo "Memory errors or leaks reported in $leaked test(s)."
echo "$passed passed, $bad failed"
[ "$bad" = 0 ]
