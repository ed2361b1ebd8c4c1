#!/usr/bin/env bash
# scripts/fuzz.sh [SECONDS]: builds the libFuzzer harnesses of tests/fuzz/ into build/fuzz/ (the
# extension's sources with clang -fsanitize=fuzzer-no-link,address,undefined, each harness linked with
# -fsanitize=fuzzer against Debian's libphp8.2 embed SAPI), replays every committed reproducer under
# tests/fuzz/<harness>/regressions/, then fuzzes each harness for SECONDS (default 20) from its
# committed seeds (tests/fuzz/<harness>/seeds/, plus what earlier runs found in build/fuzz/corpus/),
# one harness at a time. Prints executions, coverage and crashes per harness, then one line
# "N passed, N failed" (a harness passes when neither a reproducer nor the fuzzing crashed it);
# exits non-zero on any crash. The crashing input of the last run is left under build/fuzz/artifacts/<harness>/.
# WECHATPAY_FUZZ_HARNESSES="segment template" limits the run to those harnesses; WECHATPAY_FUZZ_DIR
# (default build/fuzz) is where the build, the corpora, the logs and the crashing inputs go.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
harnesses=(${WECHATPAY_FUZZ_HARNESSES:-segment template headers xml pem})

WECHATPAY_EXTRA_PACKAGES="clang libclang-rt-14-dev libphp8.2-embed ${WECHATPAY_EXTRA_PACKAGES:-}" scripts/build.sh >/dev/null

out="$(pwd)/${WECHATPAY_FUZZ_DIR:-build/fuzz}" # absolute paths: the pem harness changes directory
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g -O1 -Werror=implicit-function-declaration"
includes="-D_GNU_SOURCE $(php-config --includes) -Iext $(pkg-config --cflags libcurl openssl libxml-2.0)"
libs="-L$(php-config --prefix)/lib -lphp8.2 $(pkg-config --libs libcurl openssl libxml-2.0)"
mkdir -p "$out/obj"

# The extension's objects: all rebuilt when a header, this script or the compiler changed (phpize
# builds do not track header dependencies either), otherwise only those whose source changed.
stamp=$( { echo "$flags $includes"; clang --version | head -1; cat ext/*.h tests/fuzz/*.h scripts/fuzz.sh; } | sha256sum | cut -d' ' -f1)
[ "$(cat "$out/.stamp" 2>/dev/null)" = "$stamp" ] || rm -f "$out"/obj/*.o "$out"/fuzz_*
for source in ext/*.c tests/fuzz/embed.c; do
  object="$out/obj/$(basename "${source%.c}").o"
  if [ ! -f "$object" ] || [ "$source" -nt "$object" ]; then
    clang $flags $includes -c "$source" -o "$object"
  fi
done
echo "$stamp" > "$out/.stamp"
if [ ! -f "$out/libwechatpay.a" ] || [ -n "$(find "$out/obj" -name 'wechatpay*.o' -newer "$out/libwechatpay.a")" ]; then
  rm -f "$out/libwechatpay.a"
  ar rcs "$out/libwechatpay.a" "$out"/obj/wechatpay*.o
fi
# A harness may #include an extension source for its static functions: that source's object is then
# never pulled from the archive, since the harness defines all of its symbols.
for harness in "${harnesses[@]}"; do
  binary="$out/fuzz_$harness"
  source="tests/fuzz/$harness/fuzz_$harness.c"
  if [ ! -f "$binary" ] || [ "$source" -nt "$binary" ] || [ "$out/libwechatpay.a" -nt "$binary" ] || [ "$out/obj/embed.o" -nt "$binary" ]; then
    clang $flags -fsanitize=fuzzer $includes "$source" "$out/obj/embed.o" "$out/libwechatpay.a" $libs -o "$binary"
  fi
done

export ASAN_OPTIONS="detect_leaks=1:quarantine_size_mb=64:detect_stack_use_after_return=1:strict_string_checks=1:${ASAN_OPTIONS:-}"
export LSAN_OPTIONS="suppressions=$(pwd)/tests/fuzz/lsan.supp:print_suppressions=0:${LSAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
export WECHATPAY_FUZZ_PEM_FILES="$(pwd)/tests/fuzz/pem/files"
passed=0 failed=0
for harness in "${harnesses[@]}"; do
  binary="$out/fuzz_$harness"
  dir="$(pwd)/tests/fuzz/$harness"
  corpus="$out/corpus/$harness"
  artifacts="$out/artifacts/$harness"
  log="$out/$harness.log"
  rm -rf "$artifacts"
  mkdir -p "$corpus" "$artifacts"
  options=(-artifact_prefix="$artifacts/" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -dict="$dir/$harness.dict")
  crashed=0
  regressions=("$dir"/regressions/*)
  if [ -e "${regressions[0]}" ]; then
    if ! "$binary" "${options[@]}" "${regressions[@]}" >"$log" 2>&1 </dev/null; then
      echo "fuzz $harness: a regression reproducer crashes it:"; tail -n 40 "$log"
      crashed=1
    fi
  fi
  if [ "$crashed" = 0 ]; then
    "$binary" "${options[@]}" -max_total_time="$seconds" "$corpus" "$dir/seeds" >"$log" 2>&1 </dev/null || crashed=1
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1 || true)
    coverage=$(grep -o "cov: [0-9]* ft: [0-9]*" "$log" | tail -1 || true)
    found=$(find "$artifacts" -type f | wc -l)
    echo "fuzz $harness: ${executions:-0} executions in ${seconds}s, ${coverage:-cov: ? ft: ?}, corpus $(find "$corpus" -type f | wc -l) files, crashes $crashed (inputs in ${artifacts#"$(pwd)/"}: $found)"
    if [ "$crashed" = 1 ]; then
      grep -A 30 -m 1 'ERROR\|runtime error\|fuzz: \|deadly signal' "$log" | head -n 40 || true
    fi
  fi
  if [ "$crashed" = 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
