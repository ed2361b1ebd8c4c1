#!/usr/bin/env bash
# keygen.sh: owns the throwaway key material of the local WeChat Pay test gateway.
# Usage: tests/gateway/keygen.sh [DIR]   (DIR defaults to tests/.keys; never commit it)
# Idempotent: does nothing when every file already exists. Needs only the openssl CLI.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir="${1:-$root/tests/.keys}"
files=(merchant.key merchant.crt merchant.serial
       platform.key platform.crt platform.serial platform.pub platform.pubkeyid
       other.key other.pub
       tls-ca.key tls-ca.crt tls-server.key tls-server.crt tls-wrong-host.key tls-wrong-host.crt
       tls-client.key tls-client.crt tls-client-encrypted.key)

complete() {
    local f
    for f in "${files[@]}"; do [[ -s "$dir/$f" ]] || return 1; done
}

complete && exit 0
umask 077
mkdir -p -m 700 "$dir"
# Parallel test runs may call us at the same time: one generates, the others wait.
exec 9>"$dir/.lock"
flock -w 120 9
complete && exit 0

tmp="$(mktemp -d "$dir/.tmp.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

rsa_key() { # PKCS#8 PEM
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$tmp/$1.key" 2>/dev/null
}

serial_hex() { # 20 random bytes, first byte 01..7f: 40 hex digits, positive, no leading 00
    local hex
    hex="$(openssl rand -hex 20)"
    printf '%02X%s' $(( 16#${hex:0:2} % 127 + 1 )) "${hex:2}" | tr 'a-f' 'A-F'
}

self_signed() { # NAME SUBJECT: X.509 cert + upper-case serial file (no trailing newline)
    openssl req -new -x509 -key "$tmp/$1.key" -subj "$2" -days 3650 -sha256 \
        -set_serial "0x$(serial_hex)" -out "$tmp/$1.crt"
    openssl x509 -in "$tmp/$1.crt" -noout -serial | sed 's/^serial=//' | tr -d '\n' > "$tmp/$1.serial"
}

rsa_key merchant
self_signed merchant "/C=CN/O=Test Merchant/OU=ext-wechatpay tests/CN=1900000109"

rsa_key platform
self_signed platform "/C=CN/O=Test WeChat Pay Platform/OU=ext-wechatpay tests/CN=Test Platform"
openssl pkey -in "$tmp/platform.key" -pubout -out "$tmp/platform.pub"
printf '%s' 'PUB_KEY_ID_0119000010920250101000000000000001' > "$tmp/platform.pubkeyid"

rsa_key other
openssl pkey -in "$tmp/other.key" -pubout -out "$tmp/other.pub"

rsa_key tls-ca
openssl req -new -x509 -key "$tmp/tls-ca.key" -subj "/CN=ext-wechatpay test CA" -days 3650 -sha256 \
    -set_serial "0x$(serial_hex)" -out "$tmp/tls-ca.crt" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"

leaf_cert() { # NAME CN EXTENSIONS: leaf cert signed by the test CA
    rsa_key "$1"
    openssl req -new -key "$tmp/$1.key" -subj "/CN=$2" -out "$tmp/$1.csr"
    printf 'basicConstraints=CA:FALSE\n%s\n' "$3" > "$tmp/$1.ext"
    openssl x509 -req -in "$tmp/$1.csr" -CA "$tmp/tls-ca.crt" -CAkey "$tmp/tls-ca.key" \
        -set_serial "0x$(serial_hex)" -days 3650 -sha256 -extfile "$tmp/$1.ext" -out "$tmp/$1.crt" 2>/dev/null
    rm -f "$tmp/$1.csr" "$tmp/$1.ext"
}
server_cert() { # NAME CN SAN
    leaf_cert "$1" "$2" "$(printf 'keyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=%s' "$3")"
}
server_cert tls-server localhost "DNS:localhost,IP:127.0.0.1"
server_cert tls-wrong-host wrong.example "DNS:wrong.example"
# The APIv2 merchant client certificate (`security`), and its key encrypted with the passphrase
# `tls-client-passphrase` (what `merchant => ['key' => [path, passphrase]]` is for).
leaf_cert tls-client 1900000109 "$(printf 'keyUsage=critical,digitalSignature\nextendedKeyUsage=clientAuth')"
openssl pkey -in "$tmp/tls-client.key" -aes256 -passout pass:tls-client-passphrase -out "$tmp/tls-client-encrypted.key"

for f in "${files[@]}"; do mv -f "$tmp/$f" "$dir/$f"; done
echo "keygen: wrote ${#files[@]} files to $dir" >&2
