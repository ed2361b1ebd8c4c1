--TEST--
AesEcb: aes-256-ecb with PKCS#7 padding as openssl_encrypt() makes it, the IV ignored, the SDK's messages
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Crypto\AesEcb;

$key = '0123456789abcdef0123456789abcdef';
$reference = static fn(string $plaintext, string $key): string
    => base64_encode(openssl_encrypt($plaintext, 'aes-256-ecb', $key, OPENSSL_RAW_DATA));

// the spec's vectors
var_dump(AesEcb::encrypt('hello', $key), AesEcb::encrypt('', $key), AesEcb::decrypt('pZwJZBLuy3mDACEQT4YTBw==', $key), AesEcb::decrypt('iqNiQf3o3wVNwyXGxpW4ng==', $key));
// against openssl_encrypt(), every padding length, and a refund notification's req_info sized text
$key2 = md5('apiv2-secret');
foreach ([0, 1, 15, 16, 17, 31, 32, 33, 1000] as $length) {
    $plaintext = substr(str_repeat('<root><out_refund_no>形象店</out_refund_no></root>', 40), 0, $length);
    $sealed = AesEcb::encrypt($plaintext, $key2);
    echo $sealed === $reference($plaintext, $key2) && AesEcb::decrypt($sealed, $key2) === $plaintext ? 'ok ' : "BAD($length) ";
}
echo "\n";
// the IV is accepted and ignored; keys are zero-padded or cut to 32 bytes as ext/openssl does
var_dump(AesEcb::encrypt('hello', $key, 'any iv') === AesEcb::encrypt('hello', $key), AesEcb::decrypt('pZwJZBLuy3mDACEQT4YTBw==', $key, 'x'));
foreach (['k', '', $key . 'more'] as $other) {
    echo AesEcb::encrypt('hello', $other) === $reference('hello', $other) ? 'same ' : 'DIFFERENT ';
}
echo "\n";

foreach ([
    static fn() => AesEcb::decrypt('', $key),
    static fn() => AesEcb::decrypt('pZwJZBLuy3mDACEQT4YTBw==', strrev($key)),
    static fn() => AesEcb::decrypt(base64_encode(str_repeat('x', 15)), $key),
    static fn() => AesEcb::encrypt([], $key),
] as $call) {
    try {
        $call();
    } catch (\Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
string(24) "pZwJZBLuy3mDACEQT4YTBw=="
string(24) "iqNiQf3o3wVNwyXGxpW4ng=="
string(5) "hello"
string(0) ""
ok ok ok ok ok ok ok ok ok 
bool(true)
string(5) "hello"
same same same 
UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $key and $iv whether or nor correct.
UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $key and $iv whether or nor correct.
UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $key and $iv whether or nor correct.
TypeError: WeChatPay\Crypto\AesEcb::encrypt(): Argument #1 ($plaintext) must be of type string, array given
