#!/usr/bin/env bash
# bench/instructions.sh: instructions per call of the extension and of the C floor, counted by callgrind
# (repeatable on a loaded machine, unlike the timings of run.sh), for (a) sync and (b) async with 50 in
# flight, against the bundled test gateway: (Ir at 220 calls - Ir at 20 calls) / 200.
# Needs valgrind and modules/wechatpay.so (scripts/build.sh). Prints one line per workload and side.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" != --inside ]]; then
    command -v valgrind >/dev/null || { echo "bench/instructions.sh needs valgrind (apt-get install valgrind)" >&2; exit 1; }
    scripts/build.sh >/dev/null
    work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
    cc -O2 -o "$work/floor" bench/floor.c -lcurl -lcrypto
    exec php scripts/with-gateway.php bench/instructions.sh --inside "$work"
fi
work="$2"
count() {  # count OUT-NAME COMMAND...: total instructions of one run
    valgrind --tool=callgrind --callgrind-out-file="$work/$1" "${@:2}" >/dev/null 2>"$work/$1.err"
    awk '/^summary:/ {print $2; exit}' "$work/$1"
}
for workload in "sync" "async 50"; do
    read -r mode window <<<"$workload"
    for side in extension floor; do
        declare -A ir=()
        for n in 20 220; do
            if [[ "$side" == floor ]]; then
                ir[$n]=$(count "$side.$n" "$work/floor" "$mode" "$n" ${window:+"$window"})
            else
                ir[$n]=$(count "$side.$n" php -n -d extension="$(pwd)/modules/wechatpay.so" bench/client.php "$mode" "$n" ${window:+"$window"})
            fi
        done
        echo "$mode $side: $(( (ir[220] - ir[20]) / 200 )) instructions per call"
    done
done
