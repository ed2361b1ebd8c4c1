--TEST--
Rsa::pkcs1ToSpki(): equals the openssl CLI's SPKI for 1024/2048/4096-bit keys; DER lengths across the short/long-form boundaries
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/openssl.inc';
use WeChatPay\Crypto\Rsa;

$dir = sys_get_temp_dir() . '/wechatpay-spki-' . getmypid();
mkdir($dir, 0700);
foreach ([1024, 2048, 4096] as $bits) {
    wechatpay_openssl(['genpkey', '-algorithm', 'RSA', '-pkeyopt', "rsa_keygen_bits:$bits", '-out', "$dir/key"]);
    $pkcs1 = wechatpay_openssl(['rsa', '-in', "$dir/key", '-RSAPublicKey_out']);
    // the CLI's own PKCS#1 → SPKI conversion is the reference
    $spki = wechatpay_openssl(['rsa', '-RSAPublicKey_in', '-pubout'], $pkcs1);
    $ours = Rsa::pkcs1ToSpki(wechatpay_pem_base64($pkcs1));
    printf("%d bits: %s, base64 %s\n", $bits, $ours === wechatpay_pem_base64($spki) ? 'equal' : "DIFFERENT: $ours",
        preg_match('#^[A-Za-z0-9+/]+={0,2}$#', $ours) ? 'ok' : 'bad');
}

// Arbitrary contents: parse the DER with `openssl asn1parse` and check the structure and the bit string.
foreach ([0, 1, 100, 112, 113, 126, 127, 128, 200, 255, 256, 65534, 65535, 70000] as $length) {
    $content = $length ? random_bytes($length) : '';
    $der = base64_decode(Rsa::pkcs1ToSpki(base64_encode($content)), true);
    file_put_contents("$dir/der", $der);
    $parsed = wechatpay_openssl(['asn1parse', '-inform', 'DER', '-in', "$dir/der"]);
    preg_match_all('/d=(\d)\s+hl=\s*(\d+)\s+l=\s*(\d+)\s+(?:prim|cons):\s+(\S+)(?:\s+:(\S+))?/', $parsed, $rows, PREG_SET_ORDER);
    $shape = implode(' ', array_map(static fn($r) => "$r[1]:$r[4]" . (isset($r[5]) && $r[5] !== '' ? "($r[5])" : ''), $rows));
    $bitString = $rows[4];
    // the BIT STRING holds one "unused bits" byte (0) and then the content, byte for byte
    $value = substr($der, strlen($der) - ($bitString[3]));
    printf("%5d: %s; total %d bytes, bit string header %d, %s\n", $length, $shape, strlen($der), $bitString[2],
        $value === "\0" . $content ? 'content intact' : 'CONTENT DIFFERS');
}

// base64 is decoded leniently, as base64_decode() does: characters outside the alphabet are skipped
$content = random_bytes(140);
$spaced = chunk_split(base64_encode($content), 10, " \r\n*");
var_dump(Rsa::pkcs1ToSpki($spaced) === Rsa::pkcs1ToSpki(base64_encode($content)));
var_dump(Rsa::pkcs1ToSpki('') === 'MBIwDQYJKoZIhvcNAQEBBQADAQA=');

array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECT--
1024 bits: equal, base64 ok
2048 bits: equal, base64 ok
4096 bits: equal, base64 ok
    0: 0:SEQUENCE 1:SEQUENCE 2:OBJECT(rsaEncryption) 2:NULL 1:BIT; total 20 bytes, bit string header 2, content intact
    1: 0:SEQUENCE 1:SEQUENCE 2:OBJECT(rsaEncryption) 2:NULL 1:BIT; total 21 bytes, bit string header 2, content intact
  100: 0:SEQUENCE 1:SEQUENCE 2:OBJECT(rsaEncryption) 2:NULL 1:BIT; total 120 bytes, bit string header 2, content intact
  112: 0:SEQUENCE 1:SEQUENCE 2:OBJECT(rsaEncryption) 2:NULL 1:BIT; total 133 bytes, bit string header 2, content intact
  113: 0:SEQUENCE 1:SEQUENCE 2:OBJECT(rsaEncryption) 2:NULL 1:BIT; total 134 bytes, bit string header 2, content intact
  126: 0:SEQUENCE 1:SEQUENCE 2:OBJECT(rsaEncryption) 2:NULL 1:BIT; total 147 bytes, bit string header 2, content intact
  127: 0:SEQUENCE 1:SEQUENCE 2:OBJECT(rsaEncryption) 2:NULL 1:BIT; total 149 bytes, bit string header 3, content intact
  128: 0:SEQUENCE 1:SEQUENCE 2:OBJECT(rsaEncryption) 2:NULL 1:BIT; total 150 bytes, bit string header 3, content intact
  200: 0:SEQUENCE 1:SEQUENCE 2:OBJECT(rsaEncryption) 2:NULL 1:BIT; total 222 bytes, bit string header 3, content intact
  255: 0:SEQUENCE 1:SEQUENCE 2:OBJECT(rsaEncryption) 2:NULL 1:BIT; total 279 bytes, bit string header 4, content intact
  256: 0:SEQUENCE 1:SEQUENCE 2:OBJECT(rsaEncryption) 2:NULL 1:BIT; total 280 bytes, bit string header 4, content intact
65534: 0:SEQUENCE 1:SEQUENCE 2:OBJECT(rsaEncryption) 2:NULL 1:BIT; total 65559 bytes, bit string header 4, content intact
65535: 0:SEQUENCE 1:SEQUENCE 2:OBJECT(rsaEncryption) 2:NULL 1:BIT; total 65561 bytes, bit string header 5, content intact
70000: 0:SEQUENCE 1:SEQUENCE 2:OBJECT(rsaEncryption) 2:NULL 1:BIT; total 70026 bytes, bit string header 5, content intact
bool(true)
bool(true)
