--TEST--
AesGcm: base64(ciphertext . tag16) as openssl_encrypt() makes it; keys zero-padded or cut as ext/openssl does; the tag-length rule; the SDK's messages; an empty IV's warning
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Crypto\AesGcm;

$key = '0123456789abcdef0123456789abcdef';
$reference = static function (string $plaintext, string $key, string $iv, string $aad = ''): string {
    $ciphertext = openssl_encrypt($plaintext, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $iv, $tag, $aad, 16);
    return base64_encode($ciphertext . $tag);
};

// the spec's vectors, and openssl_encrypt() computed here
var_dump(AesGcm::encrypt('hello', $key, '0123456789ab', 'certificate'), AesGcm::encrypt('hello', $key, '0123456789abcdef', ''));
$plaintext = '{"mchid":"1900000109","out_trade_no":"形象店-' . str_repeat('x', 100) . '"}';
foreach (['1', '0123456789ab', '0123456789abcdef', str_repeat('n', 128)] as $iv) {
    foreach (['', 'transaction', str_repeat("\xff", 300)] as $aad) {
        $sealed = AesGcm::encrypt($plaintext, $key, $iv, $aad);
        echo $sealed === $reference($plaintext, $key, $iv, $aad) && AesGcm::decrypt($sealed, $key, $iv, $aad) === $plaintext ? 'ok ' : "BAD($iv) ";
    }
}
echo "\n";
$nonce = random_bytes(12);
var_dump(AesGcm::encrypt('', $key, $nonce) === $reference('', $key, $nonce), AesGcm::decrypt(AesGcm::encrypt('', $key, $nonce), $key, $nonce));
// keys: short ones are zero-padded, long ones cut to 32 bytes, '' is 32 zero bytes
foreach (['short', '', $key . 'EXTRA', str_repeat("\0", 32)] as $other) {
    echo AesGcm::encrypt('hello', $other, '0123456789ab') === $reference('hello', $other, '0123456789ab') ? 'same ' : 'DIFFERENT ';
}
var_dump(AesGcm::encrypt('hello', 'short', '0123456789ab') === AesGcm::encrypt('hello', str_pad('short', 32, "\0"), '0123456789ab'),
    AesGcm::decrypt('8cyLViwuyN4D6+jaX5Ea+OGy5PP9', $key . 'ignored', '0123456789ab', 'certificate'));
// base64_decode() is not strict: whitespace and line breaks are skipped
var_dump(AesGcm::decrypt(chunk_split(AesGcm::encrypt($plaintext, $key, '0123456789ab'), 8, " \r\n"), $key, '0123456789ab') === $plaintext);

// the tag is the last 16 bytes, or the whole input when shorter: 4, 8 and 12..16 bytes pass the check
$empty = base64_decode(AesGcm::encrypt('', $key, '0123456789ab'));
foreach ([0, 1, 3, 4, 5, 7, 8, 9, 11, 12, 13, 15, 16] as $length) {
    try {
        $result = AesGcm::decrypt(base64_encode(substr($empty, 0, $length)), $key, '0123456789ab');
        echo "$length:", var_export($result, true), ' ';
    } catch (\Exception $e) {
        echo "$length:", get_class($e), ' ';
    }
}
echo "\n";
set_error_handler(static function (int $type, string $message) { echo "warning: $message\n"; return true; });
foreach ([
    static fn() => AesGcm::decrypt('', $key, '0123456789ab'),
    static fn() => AesGcm::decrypt('!!!', $key, '0123456789ab'),
    static fn() => AesGcm::decrypt('8cyLViwuyN4D6+jaX5Ea+OGy5PP9', $key, '0123456789ab', 'other aad'),
    static fn() => AesGcm::decrypt('8cyLViwuyN4D6+jaX5Ea+OGy5PP9', strrev($key), '0123456789ab', 'certificate'),
    static fn() => AesGcm::decrypt('8cyLViwuyN4D6+jaX5Ea+OGy5PP9', $key, '0123456789ac', 'certificate'),
    static fn() => AesGcm::decrypt(base64_encode(str_repeat("\1", 40)), $key, '0123456789ab'),
    static fn() => AesGcm::encrypt('hello', $key, str_repeat('n', 129)),
] as $call) {
    try {
        $call();
    } catch (\Exception $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
restore_error_handler();

// an empty IV: openssl_encrypt()/openssl_decrypt()'s warning (same text), then the SDK's exception
foreach ([
    static fn() => AesGcm::encrypt('hello', $key),
    static fn() => AesGcm::decrypt('8cyLViwuyN4D6+jaX5Ea+OGy5PP9', $key),
] as $index => $call) {
    try {
        @$call();
    } catch (\UnexpectedValueException $e) {
        $ours = error_get_last()['message'];
        @($index ? openssl_decrypt('x', 'aes-256-gcm', $key, OPENSSL_RAW_DATA, '', 'tag') : openssl_encrypt('x', 'aes-256-gcm', $key, OPENSSL_RAW_DATA, '', $tag));
        echo $ours, ' (', $ours === error_get_last()['message'] ? 'as ext/openssl' : 'DIFFERENT', ")\n", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
// a handler that throws on warnings sees the warning's exception instead, as with the SDK
set_error_handler(static function (int $type, string $message) { throw new \ErrorException($message, 0, $type); });
try {
    AesGcm::encrypt('hello', $key, '');
} catch (\Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
restore_error_handler();
?>
--EXPECT--
string(28) "8cyLViwuyN4D6+jaX5Ea+OGy5PP9"
string(28) "APoZlYqWRRz+/rRoTiEaxlXUiZD8"
ok ok ok ok ok ok ok ok ok ok ok ok 
bool(true)
string(0) ""
same same same same bool(true)
string(5) "hello"
bool(true)
0:RuntimeException 1:RuntimeException 3:RuntimeException 4:'' 5:RuntimeException 7:RuntimeException 8:'' 9:RuntimeException 11:RuntimeException 12:'' 13:'' 15:'' 16:'' 
RuntimeException: The inputs `$ciphertext` incomplete, the bytes length must be one of 16, 15, 14, 13, 12, 8 or 4.
RuntimeException: The inputs `$ciphertext` incomplete, the bytes length must be one of 16, 15, 14, 13, 12, 8 or 4.
UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $key and $iv whether or nor correct.
UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $key and $iv whether or nor correct.
UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $key and $iv whether or nor correct.
UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $key and $iv whether or nor correct.
warning: openssl_encrypt(): Setting of IV length for AEAD mode failed
UnexpectedValueException: Encrypting the input $plaintext failed, please checking your $key and $iv whether or nor correct.
openssl_encrypt(): Setting of IV length for AEAD mode failed (as ext/openssl)
UnexpectedValueException: Encrypting the input $plaintext failed, please checking your $key and $iv whether or nor correct.
openssl_decrypt(): Setting of IV length for AEAD mode failed (as ext/openssl)
UnexpectedValueException: Decrypting the input $ciphertext failed, please checking your $key and $iv whether or nor correct.
ErrorException: openssl_encrypt(): Setting of IV length for AEAD mode failed
