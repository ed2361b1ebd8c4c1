#!/usr/bin/env bash
# bench/run.sh: the benchmark, one command. Builds the extension (scripts/build.sh) and the C floor
# (bench/floor.c), installs nginx if missing, starts nginx on a free loopback port as a fast fake
# WeChat Pay gateway (one fixed reply, signed once at start with the platform key), then measures the
# seed request through the extension, the floor and, when WECHATPAY_SDK_AUTOLOAD names the PHP SDK's
# autoload.php, the SDK without the extension; prints bench/report.php's tables. See bench/README.md.
#
# Environment (all optional):
#   WECHATPAY_SDK_AUTOLOAD        autoload.php of a wechatpay/wechatpay copy: adds the SDK columns
#   WECHATPAY_BENCH_EXT_AUTOLOAD  autoload.php loaded in the extension's runs too (e.g. Debian's Guzzle,
#                                 /usr/share/php/GuzzleHttp/autoload.php: replies become Guzzle objects)
#   WECHATPAY_BENCH_REQUESTS      calls per run (default 2000)
#   WECHATPAY_BENCH_REPEATS       runs per workload and implementation (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."

requests="${WECHATPAY_BENCH_REQUESTS:-2000}"
repeats="${WECHATPAY_BENCH_REPEATS:-5}"
in_flight=50
deadline=240  # seconds after signing: the reply's Wechatpay-Timestamp must stay within 300 s of now
run_timeout=60

scripts/build.sh >&2
if ! command -v nginx >/dev/null; then
    echo "Installing nginx"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null \
        || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null; }
fi
bash tests/gateway/keygen.sh
keys="$(pwd)/tests/.keys"

work="$(mktemp -d /tmp/wechatpay-bench.XXXXXX)"
nginx_pid=
stop() {
    if [[ -n "$nginx_pid" ]]; then
        kill "$nginx_pid" 2>/dev/null || true
        wait "$nginx_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap stop EXIT
trap 'exit 130' INT TERM

cc -O2 -Wall -Wextra -o "$work/floor" bench/floor.c -lcurl -lcrypto

# --- the gateway: nginx, one worker on CPU 1, one fixed signed reply -----------------------------
port="$(php -n -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo explode(":", stream_socket_get_name($s, false))[1];')"
body='{"sub_mchid":"1900000109","opened":true,"success_time":"2024-08-08T10:34:56+08:00"}'
signed_at="$(date +%s)"
nonce="$(openssl rand -hex 16)"
signature="$(printf '%s\n%s\n%s\n' "$signed_at" "$nonce" "$body" \
    | openssl dgst -sha256 -sign "$keys/platform.key" | openssl base64 -A)"
cat > "$work/nginx.conf" <<EOF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/client_body;
    proxy_temp_path $work/proxy;
    fastcgi_temp_path $work/fastcgi;
    uwsgi_temp_path $work/uwsgi;
    scgi_temp_path $work/scgi;
    keepalive_requests 1000000;
    keepalive_timeout 300s;
    default_type "application/json; charset=utf-8";
    server {
        listen 127.0.0.1:$port backlog=1024;
        location = /v3/platsolution/ecommerce/insurance-compensation-contracts {
            if (\$request_method != POST) { return 405; }
            add_header Wechatpay-Timestamp "$signed_at";
            add_header Wechatpay-Nonce "$nonce";
            add_header Wechatpay-Serial "$(cat "$keys/platform.serial")";
            add_header Wechatpay-Signature "$signature";
            return 200 '$body';
        }
        location / { return 404; }
    }
}
EOF
taskset -c 1 nginx -p "$work" -c "$work/nginx.conf" -e "$work/error.log" -g 'daemon off;' &
nginx_pid=$!
for _ in $(seq 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    kill -0 "$nginx_pid" 2>/dev/null || { cat "$work/error.log" >&2; exit 1; }
    sleep 0.1
done

export WECHATPAY_BASE_URI="http://127.0.0.1:$port/"
export WECHATPAY_MCHID=1900000109
export WECHATPAY_MERCHANT_SERIAL="$(cat "$keys/merchant.serial")"
export WECHATPAY_MERCHANT_KEY="$keys/merchant.key"
export WECHATPAY_PLATFORM_SERIAL="$(cat "$keys/platform.serial")"
export WECHATPAY_PLATFORM_CERT="$keys/platform.crt"

# --- the clients, on CPU 0 ------------------------------------------------------------------------
implementations=(extension floor)
if [[ -n "${WECHATPAY_SDK_AUTOLOAD:-}" ]]; then
    implementations+=(sdk)
fi

# No php.ini: only what each side needs is loaded. Diagnostics go to stderr, deprecations are not
# shown (Debian's Guzzle raises one per CurlMultiHandler under PHP 8.2).
php=(php -n -d display_errors=stderr -d "error_reporting=E_ALL & ~E_DEPRECATED")

# client IMPLEMENTATION ARGS...: runs one client process, prints its result line
client() {
    local implementation="$1"
    shift
    case "$implementation" in
        extension) WECHATPAY_AUTOLOAD="${WECHATPAY_BENCH_EXT_AUTOLOAD:-}" taskset -c 0 timeout "$run_timeout" \
                       "${php[@]}" -d extension="$(pwd)/modules/wechatpay.so" bench/client.php "$@" ;;
        floor)     taskset -c 0 timeout "$run_timeout" "$work/floor" "$@" ;;
        sdk)       WECHATPAY_AUTOLOAD="$WECHATPAY_SDK_AUTOLOAD" taskset -c 0 timeout "$run_timeout" \
                       "${php[@]}" -d extension=curl bench/client.php "$@" ;;
    esac
}

# measure WORKLOAD IMPLEMENTATION: one run; appends "WORKLOAD IMPLEMENTATION REQ_PER_S CPU_US" to results
measure() {
    local workload="$1" implementation="$2" line
    if (( $(date +%s) - signed_at > deadline )); then
        echo "bench: stopping: over ${deadline}s since the gateway's reply was signed (it expires at 300 s)" >&2
        exit 1
    fi
    local args=(sync "$requests")
    if [[ "$workload" == async ]]; then
        args=(async "$requests" "$in_flight")
    fi
    line="$(client "$implementation" "${args[@]}")" || {
        echo "bench: $implementation ${args[*]} failed with exit status $?: $line" >&2; exit 1; }
    [[ "$line" =~ req_per_s=([0-9.]+)\ cpu_us_per_req=([0-9.]+) ]] || {
        echo "bench: $implementation $workload: unexpected output: $line" >&2; exit 1; }
    echo "$workload $implementation ${BASH_REMATCH[1]} ${BASH_REMATCH[2]}" >> "$work/results"
    printf '  %-5s %-9s %s\n' "$workload" "$implementation" "$line" >&2
}

echo "bench: $repeats x $requests calls per workload and implementation, gateway nginx on 127.0.0.1:$port (CPU 1), clients on CPU 0" >&2
for repeat in $(seq "$repeats"); do
    echo "repeat $repeat/$repeats" >&2
    for workload in sync async; do
        for implementation in "${implementations[@]}"; do
            measure "$workload" "$implementation"
        done
    done
done
echo
php -n bench/report.php "$work/results"
