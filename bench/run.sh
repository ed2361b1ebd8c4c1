#!/usr/bin/env bash
# bench/run.sh: the benchmark, one command. Builds the extension (scripts/build.sh) and the C floor
# (bench/floor.c), writes the test keys (tests/gateway/keygen.sh), starts Debian's nginx on loopback as
# a fast fake WeChat Pay gateway (HTTP and HTTPS, one fixed reply signed with the platform key) and as
# the front of two PHP-FPM pools, then measures workloads (a)-(f) of bench/README.md for the extension,
# the floor and, when WECHATPAY_SDK_AUTOLOAD names the PHP SDK's autoload.php, the SDK without the
# extension; implementations alternate inside every repeat. Prints bench/report.php's table.
#
# Environment (all optional):
#   WECHATPAY_SDK_AUTOLOAD         autoload.php of a wechatpay/wechatpay copy: adds the SDK columns
#   WECHATPAY_BENCH_EXT_AUTOLOAD   autoload.php loaded in the extension's CLI runs too (e.g. Debian's
#                                  Guzzle: replies become Guzzle objects)
#   WECHATPAY_BENCH_REQUESTS       calls per run of (a), (b), (e) (default 2000)
#   WECHATPAY_BENCH_REPEATS        repeats of every workload (default 5)
#   WECHATPAY_BENCH_LONG_REQUESTS  calls of the long run of (d) (default 20000; 100000 for RESULTS.md)
#   WECHATPAY_BENCH_COLD_RUNS      processes per command and repeat in (c) (default 20)
#   WECHATPAY_BENCH_FPM_REQUESTS   page requests per run of (f) (default 500)
set -euo pipefail
cd "$(dirname "$0")/.."

requests="${WECHATPAY_BENCH_REQUESTS:-2000}"
repeats="${WECHATPAY_BENCH_REPEATS:-5}"
long_requests="${WECHATPAY_BENCH_LONG_REQUESTS:-20000}"
cold_runs="${WECHATPAY_BENCH_COLD_RUNS:-20}"
fpm_requests="${WECHATPAY_BENCH_FPM_REQUESTS:-500}"
fpm_workers=2
in_flight=50
# Clients accept a reply whose Wechatpay-Timestamp is within 300 s of their clock. The gateway's one
# reply is stamped $stamp_ahead s after its signing, so it is accepted from the signing until 540 s after
# signing; it is signed again before any run that starts more than $resign_after s after the signing,
# so every run has at least 300 s, which $run_timeout (per client process) keeps to.
stamp_ahead=240
resign_after=240
run_timeout=300
(( long_requests > requests )) || { echo "bench: WECHATPAY_BENCH_LONG_REQUESTS must exceed WECHATPAY_BENCH_REQUESTS" >&2; exit 2; }

scripts/build.sh >&2
missing=()
for tool in nginx:nginx php-fpm8.2:php8.2-fpm hyperfine:hyperfine ab:apache2-utils curl:curl; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
done
if (( ${#missing[@]} )); then
    echo "Installing: ${missing[*]}" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
        || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; }
fi
bash tests/gateway/keygen.sh
keys="$(pwd)/tests/.keys"
extension="$(pwd)/modules/wechatpay.so"

work="$(mktemp -d /tmp/wechatpay-bench.XXXXXX)"
chmod 711 "$work"  # nginx's workers (nobody) reach the FPM sockets in it
pids=()
stop() {
    local pid
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap stop EXIT
trap 'exit 130' INT TERM

cc -O2 -Wall -Wextra -o "$work/floor" bench/floor.c -lcurl -lcrypto

free_port() {
    php -n -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo explode(":", stream_socket_get_name($s, false))[1];'
}
http_port="$(free_port)"; https_port="$(free_port)"; fpm_gateway_port="$(free_port)"; front_port="$(free_port)"
while [[ "$(printf '%s\n' "$http_port" "$https_port" "$fpm_gateway_port" "$front_port" | sort -u | wc -l)" != 4 ]]; do
    https_port="$(free_port)"; fpm_gateway_port="$(free_port)"; front_port="$(free_port)"
done
target=/v3/platsolution/ecommerce/insurance-compensation-contracts
body='{"sub_mchid":"1900000109","opened":true,"success_time":"2024-08-08T10:34:56+08:00"}'

# sign_reply: (re)writes the gateway's one reply, signed now with the platform key
sign_reply() {
    signed_at="$(date +%s)"
    local stamp=$((signed_at + stamp_ahead)) signature
    nonce="$(openssl rand -hex 16)"
    signature="$(printf '%s\n%s\n%s\n' "$stamp" "$nonce" "$body" \
        | openssl dgst -sha256 -sign "$keys/platform.key" | openssl base64 -A)"
    cat > "$work/reply.conf" <<EOF
if (\$request_method != POST) { return 405; }
add_header Wechatpay-Timestamp "$stamp";
add_header Wechatpay-Nonce "$nonce";
add_header Wechatpay-Serial "$(cat "$keys/platform.serial")";
add_header Wechatpay-Signature "$signature";
return 200 '$body';
EOF
}

# --- nginx, one worker on CPU 1: the gateway (HTTP, HTTPS, HTTPS with a per-request log for (f)) and
# the front of the FPM pools ---------------------------------------------------------------------------
sign_reply
tls="ssl_certificate $keys/tls-server.crt; ssl_certificate_key $keys/tls-server.key; ssl_session_cache shared:TLS:1m;"
cat > "$work/nginx.conf" <<EOF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/error.log warn;
events { worker_connections 4096; }
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
    log_format tls '\$connection \$connection_requests \$ssl_session_reused';
    server {
        listen 127.0.0.1:$http_port backlog=4096;
        location = $target { include $work/reply.conf; }
        location / { return 404; }
    }
    server {
        listen 127.0.0.1:$https_port ssl backlog=4096;
        $tls
        location = $target { include $work/reply.conf; }
        location / { return 404; }
    }
    server {
        listen 127.0.0.1:$fpm_gateway_port ssl backlog=4096;
        $tls
        access_log $work/fpm-gateway.log tls;
        location = $target { include $work/reply.conf; }
        location / { return 404; }
    }
    server {
        listen 127.0.0.1:$front_port backlog=4096;
        location = /extension { include /etc/nginx/fastcgi_params; fastcgi_param SCRIPT_FILENAME $(pwd)/bench/fpm.php; fastcgi_pass unix:$work/fpm-extension.sock; }
        location = /sdk { include /etc/nginx/fastcgi_params; fastcgi_param SCRIPT_FILENAME $(pwd)/bench/fpm.php; fastcgi_pass unix:$work/fpm-sdk.sock; }
        location / { return 404; }
    }
}
EOF
taskset -c 1 nginx -p "$work" -c "$work/nginx.conf" -e "$work/error.log" -g 'daemon off;' &
nginx_pid=$!
pids+=("$nginx_pid")

# gateway_serves NONCE: the gateway answers with that reply nonce on HTTP and HTTPS
gateway_serves() {
    local url
    for url in "http://127.0.0.1:$http_port$target" "https://127.0.0.1:$https_port$target"; do
        curl -s -o /dev/null -D - --cacert "$keys/tls-ca.crt" -X POST "$url" 2>/dev/null \
            | grep -qi "^Wechatpay-Nonce: $1" || return 1
    done
}
wait_for_gateway() {
    for _ in $(seq 100); do
        gateway_serves "$nonce" && return 0
        kill -0 "$nginx_pid" 2>/dev/null || { cat "$work/error.log" >&2; exit 1; }
        sleep 0.1
    done
    echo "bench: the gateway did not come up" >&2; cat "$work/error.log" >&2; exit 1
}
wait_for_gateway

# fresh_reply [now]: re-signs the reply (nginx reloads its configuration) when it is older than
# $resign_after, or with "now" in any case
fresh_reply() {
    if [[ "${1:-}" == now ]] || (( $(date +%s) - signed_at > resign_after )); then
        sign_reply
        kill -HUP "$nginx_pid"
        wait_for_gateway
    fi
}

export WECHATPAY_MCHID=1900000109
WECHATPAY_MERCHANT_SERIAL="$(cat "$keys/merchant.serial")"; export WECHATPAY_MERCHANT_SERIAL
export WECHATPAY_MERCHANT_KEY="$keys/merchant.key"
WECHATPAY_PLATFORM_SERIAL="$(cat "$keys/platform.serial")"; export WECHATPAY_PLATFORM_SERIAL
export WECHATPAY_PLATFORM_CERT="$keys/platform.crt"
http_uri="http://127.0.0.1:$http_port/"
https_uri="https://127.0.0.1:$https_port/"

implementations=(extension floor)
if [[ -n "${WECHATPAY_SDK_AUTOLOAD:-}" ]]; then
    implementations+=(sdk)
fi

# No php.ini: only what each side needs is loaded. Diagnostics go to stderr, deprecations are not
# shown (Debian's Guzzle raises one per CurlMultiHandler under PHP 8.2).
php_ini=(-n -d display_errors=stderr -d "error_reporting=E_ALL & ~E_DEPRECATED")
extension_ini=("${php_ini[@]}" -d "extension=$extension")
sdk_ini=("${php_ini[@]}" -d extension=curl)

results="$work/results"
: > "$results"
# record WORKLOAD IMPLEMENTATION KEY=VALUE...: one line per value into the results
record() {
    local workload="$1" implementation="$2" pair
    shift 2
    for pair in "$@"; do
        echo "$workload $implementation ${pair%%=*} ${pair#*=}" >> "$results"
    done
}

# client IMPLEMENTATION SCHEME ARGS...: one client process on CPU 0; prints its result line
client() {
    local implementation="$1" scheme="$2" uri="$http_uri" cainfo=
    shift 2
    if [[ "$scheme" == https ]]; then
        uri="$https_uri" cainfo="$keys/tls-ca.crt"
    fi
    case "$implementation" in
        extension) WECHATPAY_BASE_URI="$uri" WECHATPAY_CAINFO="$cainfo" WECHATPAY_AUTOLOAD="${WECHATPAY_BENCH_EXT_AUTOLOAD:-}" \
                       taskset -c 0 timeout "$run_timeout" php "${extension_ini[@]}" bench/client.php "$@" ;;
        floor)     WECHATPAY_BASE_URI="$uri" WECHATPAY_CAINFO="$cainfo" \
                       taskset -c 0 timeout "$run_timeout" "$work/floor" "$@" ;;
        sdk)       WECHATPAY_BASE_URI="$uri" WECHATPAY_CAINFO="$cainfo" WECHATPAY_AUTOLOAD="$WECHATPAY_SDK_AUTOLOAD" \
                       taskset -c 0 timeout "$run_timeout" php "${sdk_ini[@]}" bench/client.php "$@" ;;
    esac
}

# measure WORKLOAD IMPLEMENTATION SCHEME ARGS...: one client run; records every key=value it prints
measure() {
    local workload="$1" implementation="$2" scheme="$3" line
    shift 3
    fresh_reply
    line="$(client "$implementation" "$scheme" "$@")" || {
        echo "bench: $implementation $scheme $* failed with exit status $?: $line" >&2; exit 1; }
    [[ "$line" =~ failures=0\ .*req_per_s=.*cpu_us_per_req= ]] || {
        echo "bench: $implementation $workload: unexpected output: $line" >&2; exit 1; }
    # shellcheck disable=SC2086
    record "$workload" "$implementation" $line
    printf '  %-11s %-9s %s\n' "$workload" "$implementation" "$line" >&2
}

# --- (c) cold start: whole processes timed by hyperfine, one process per command and round, the
# commands interleaved; hyperfine runs no shell, so it cannot set a variable per command: the SDK's
# autoloader is PHP's auto_prepend_file, which `php -r` does not run ---------------------------------
cold_php="php -n -d display_errors=stderr -d 'error_reporting=E_ALL & ~E_DEPRECATED'"
# cold_round SCHEME: every implementation's process once (and the bare `php -r ''` ones for http);
# appends "SCHEME NAME MS" lines to $work/cold.txt
cold_round() {
    local scheme="$1" uri="$http_uri" cainfo='' names=() commands=()
    if [[ "$scheme" == https ]]; then
        uri="$https_uri" cainfo="$keys/tls-ca.crt"
    fi
    local ext_cmd="$cold_php -d extension=$extension"
    local sdk_cmd="$cold_php -d extension=curl -d auto_prepend_file=${WECHATPAY_SDK_AUTOLOAD:-}"
    names+=(extension floor); commands+=("$ext_cmd bench/client.php once" "$work/floor once")
    if [[ -n "${WECHATPAY_SDK_AUTOLOAD:-}" ]]; then
        names+=(sdk); commands+=("$sdk_cmd bench/client.php once")
    fi
    if [[ "$scheme" == http ]]; then
        names+=(extension-bare); commands+=("$ext_cmd -r ''")
        if [[ -n "${WECHATPAY_SDK_AUTOLOAD:-}" ]]; then
            names+=(sdk-bare); commands+=("$sdk_cmd -r ''")
        fi
    fi
    WECHATPAY_BASE_URI="$uri" WECHATPAY_CAINFO="$cainfo" WECHATPAY_AUTOLOAD='' \
        taskset -c 0 hyperfine -N --style none --runs 1 \
        --export-json "$work/cold.json" "${commands[@]}" >/dev/null 2>"$work/hyperfine.err" || {
            cat "$work/hyperfine.err" >&2; echo "bench: cold start ($scheme) failed" >&2; exit 1; }
    php -n -r '$j = json_decode(file_get_contents($argv[1]), true);
        foreach ($j["results"] as $i => $r) printf("%s %s %.3f\n", $argv[2], $argv[3 + $i], $r["median"] * 1e3);' \
        "$work/cold.json" "$scheme" "${names[@]}" >> "$work/cold.txt"
}
# cold: one warm-up round, then $cold_runs rounds; records each command's median time
cold() {
    local scheme name ms
    fresh_reply
    cold_round http; cold_round https
    : > "$work/cold.txt"
    for _ in $(seq "$cold_runs"); do
        cold_round http
        cold_round https
    done
    while read -r scheme name ms; do
        record "cold_$scheme" "$name" "ms=$ms"
        printf '  %-11s %-14s ms=%s (median of %s)\n' "cold_$scheme" "$name" "$ms" "$cold_runs" >&2
    done < <(php -n -r '$t = [];
        foreach (file($argv[1], FILE_IGNORE_NEW_LINES) as $l) { [$s, $n, $ms] = explode(" ", $l); $t["$s $n"][] = (float) $ms; }
        foreach ($t as $k => $v) { sort($v); $m = intdiv(count($v), 2);
            printf("%s %.3f\n", $k, count($v) % 2 ? $v[$m] : ($v[$m - 1] + $v[$m]) / 2); }' "$work/cold.txt")
}

# --- (f) PHP-FPM: two pools (the extension; the SDK without it), each with fixed workers on CPU 0,
# behind nginx's front server; ab on CPU 1 ------------------------------------------------------------
# start_pool NAME INI...: one php-fpm master with its own generated configuration
start_pool() {
    local name="$1" autoload=
    shift
    [[ "$name" == sdk ]] && autoload="$WECHATPAY_SDK_AUTOLOAD"
    printf '%s\n' "[global]" "pid = $work/fpm-$name.pid" "error_log = $work/fpm-$name.log" "daemonize = no" \
        "[$name]" "listen = $work/fpm-$name.sock" "listen.mode = 0666" "pm = static" \
        "pm.max_children = $fpm_workers" "clear_env = yes" \
        "env[WECHATPAY_MCHID] = $WECHATPAY_MCHID" \
        "env[WECHATPAY_MERCHANT_SERIAL] = $WECHATPAY_MERCHANT_SERIAL" \
        "env[WECHATPAY_MERCHANT_KEY] = $WECHATPAY_MERCHANT_KEY" \
        "env[WECHATPAY_PLATFORM_CERT] = $WECHATPAY_PLATFORM_CERT" \
        "env[WECHATPAY_BASE_URI] = https://127.0.0.1:$fpm_gateway_port/" \
        "env[WECHATPAY_CAINFO] = $keys/tls-ca.crt" > "$work/fpm-$name.conf"
    [[ -z "$autoload" ]] || echo "env[WECHATPAY_AUTOLOAD] = $autoload" >> "$work/fpm-$name.conf"
    taskset -c 0 php-fpm8.2 -n -R -F -y "$work/fpm-$name.conf" -d zend_extension=opcache -d opcache.enable=1 \
        -d display_errors=0 -d log_errors=1 -d "error_log=$work/php-$name.log" -d "error_reporting=E_ALL & ~E_DEPRECATED" \
        "$@" 2>>"$work/fpm-$name.log" &
    pids+=("$!")
    for _ in $(seq 100); do
        [[ -S "$work/fpm-$name.sock" ]] && return 0
        sleep 0.1
    done
    echo "bench: php-fpm ($name) did not start" >&2; cat "$work/fpm-$name.log" >&2; exit 1
}

# fpm IMPLEMENTATION: a warm-up, then $fpm_requests page requests by ab ($fpm_workers at a time,
# keep-alive to nginx); records req/s and the TLS handshakes the gateway saw during the timed requests
fpm() {
    local implementation="$1" url="http://127.0.0.1:$front_port/$1" page out before
    fresh_reply
    page="$(curl -s "$url")"
    [[ "$page" == OK ]] || { echo "bench: the $implementation FPM page failed: $page" >&2; exit 1; }
    taskset -c 1 ab -q -k -n $((fpm_workers * 10)) -c "$fpm_workers" "$url" >/dev/null
    before="$(wc -l < "$work/fpm-gateway.log")"
    out="$(taskset -c 1 ab -q -k -n "$fpm_requests" -c "$fpm_workers" "$url" 2>&1)" || {
        echo "bench: ab failed: $out" >&2; exit 1; }
    local rate failed non2xx
    rate="$(awk '/^Requests per second:/ { print $4 }' <<< "$out")"
    failed="$(awk '/^Failed requests:/ { print $3 }' <<< "$out")"
    non2xx="$(awk '/^Non-2xx responses:/ { print $3 }' <<< "$out")"
    if [[ -z "$rate" || "$failed" != 0 || -n "$non2xx" ]]; then
        echo "bench: $implementation FPM run failed:" >&2; echo "$out" >&2; exit 1
    fi
    # log lines: "$connection $connection_requests $ssl_session_reused"; a connection's first request
    # means a new connection, hence one TLS handshake: "." a full one, "r" a resumed session
    local calls handshakes full
    read -r calls handshakes full < <(tail -n +"$((before + 1))" "$work/fpm-gateway.log" \
        | awk '{ calls++ } $2 == 1 { new++; if ($3 != "r") full++ } END { print calls + 0, new + 0, full + 0 }')
    (( calls == fpm_requests )) || { echo "bench: the gateway saw $calls calls for $fpm_requests pages" >&2; exit 1; }
    record fpm "$implementation" "req_per_s=$rate" "handshakes=$handshakes" "full_handshakes=$full"
    printf '  %-11s %-9s req_per_s=%s handshakes=%s full_handshakes=%s\n' fpm "$implementation" "$rate" "$handshakes" "$full" >&2
}

fpm_implementations=(extension)
start_pool extension -d "extension=$extension"
if [[ -n "${WECHATPAY_SDK_AUTOLOAD:-}" ]]; then
    fpm_implementations+=(sdk)
    start_pool sdk -d extension=curl
fi

# --- the runs: every repeat measures every workload, the implementations one after another -----------
echo "bench: $repeats repeats, $requests calls per run; nginx on 127.0.0.1 (CPU 1), clients on CPU 0" >&2
for repeat in $(seq "$repeats"); do
    echo "repeat $repeat/$repeats" >&2
    for implementation in "${implementations[@]}"; do
        measure sync_http "$implementation" http sync "$requests"
    done
    measure net_http floor http net "$requests"
    for implementation in "${implementations[@]}"; do
        measure sync_https "$implementation" https sync "$requests"
    done
    for implementation in "${implementations[@]}"; do
        measure async_http "$implementation" http async "$requests" "$in_flight"
    done
    measure cpu_only floor http cpu "$requests"
    cold
    for implementation in "${fpm_implementations[@]}"; do
        fpm "$implementation"
    done
done
# (d) the long run: the RSS after $requests and after $long_requests calls, in one process; a reply
# signed just before it stays valid for $stamp_ahead + 300 s, which bounds the run
echo "long run: $long_requests calls" >&2
fresh_reply now
run_timeout=$((stamp_ahead + 300 - 20))
measure long_http extension http sync "$long_requests" "$requests"

echo
php -n bench/report.php "$results" "$requests" "$long_requests" "$fpm_workers"
