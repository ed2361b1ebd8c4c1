--TEST--
Rsa and PemUtil parameters behave as the SDK's userland ones: null is a TypeError for a typed parameter even without strict_types (no deprecation, no coercion); scalars still coerce
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Crypto\Rsa;
use WeChatPay\Util\PemUtil;

set_error_handler(static function (int $level, string $message): bool {
    echo "  unexpected notice: $message\n";
    return true;
});

function attempt(string $label, callable $run): void
{
    try {
        $result = var_export($run(), true);
    } catch (Throwable $e) {
        $result = get_class($e) . ': ' . $e->getMessage();
    }
    echo $label, ': ', $result, "\n";
}

attempt('pkcs1ToSpki(null)', static fn() => Rsa::pkcs1ToSpki(null));
attempt('fromPkcs8(null)', static fn() => Rsa::fromPkcs8(null));
attempt('fromPkcs1(null)', static fn() => Rsa::fromPkcs1(null));
attempt('fromPkcs1(x, null)', static fn() => Rsa::fromPkcs1('AAAA', null));
attempt('fromSpki(null)', static fn() => Rsa::fromSpki(null));
attempt('from(x, null)', static fn() => Rsa::from('x', null));
attempt('encrypt(null, key)', static fn() => Rsa::encrypt(null, 'key'));
attempt('encrypt(x, key, null)', static fn() => Rsa::encrypt('x', 'key', null));
attempt('verify(null, sig, key)', static fn() => Rsa::verify(null, 'AAAA', 'key'));
attempt('verify(m, null, key)', static fn() => Rsa::verify('m', null, 'key'));
attempt('sign(null, key)', static fn() => Rsa::sign(null, 'key'));
attempt('decrypt(null, key)', static fn() => Rsa::decrypt(null, 'key'));
attempt('decrypt(x, key, null)', static fn() => Rsa::decrypt('x', 'key', null));
attempt('loadPrivateKey(null)', static fn() => PemUtil::loadPrivateKey(null));
attempt('loadCertificate(null)', static fn() => PemUtil::loadCertificate(null));

echo "-- untyped parameters take null to ext/openssl\n";
attempt('from(null)', static fn() => Rsa::from(null));
attempt('loadPrivateKeyFromString(null)', static fn() => PemUtil::loadPrivateKeyFromString(null));

echo "-- coercive mode still converts scalars\n";
attempt('pkcs1ToSpki(123)', static fn() => Rsa::pkcs1ToSpki(123) === Rsa::pkcs1ToSpki('123'));
attempt('encrypt(x, key, "1")', static fn() => Rsa::encrypt('x', 'key', '1'));
attempt('encrypt(x, key, 1.0)', static fn() => Rsa::encrypt('x', null, 1.0));
?>
--EXPECT--
pkcs1ToSpki(null): TypeError: WeChatPay\Crypto\Rsa::pkcs1ToSpki(): Argument #1 ($thing) must be of type string, null given
fromPkcs8(null): TypeError: WeChatPay\Crypto\Rsa::fromPkcs8(): Argument #1 ($thing) must be of type string, null given
fromPkcs1(null): TypeError: WeChatPay\Crypto\Rsa::fromPkcs1(): Argument #1 ($thing) must be of type string, null given
fromPkcs1(x, null): TypeError: WeChatPay\Crypto\Rsa::fromPkcs1(): Argument #2 ($type) must be of type string, null given
fromSpki(null): TypeError: WeChatPay\Crypto\Rsa::fromSpki(): Argument #1 ($thing) must be of type string, null given
from(x, null): TypeError: WeChatPay\Crypto\Rsa::from(): Argument #2 ($type) must be of type string, null given
encrypt(null, key): TypeError: WeChatPay\Crypto\Rsa::encrypt(): Argument #1 ($plaintext) must be of type string, null given
encrypt(x, key, null): TypeError: WeChatPay\Crypto\Rsa::encrypt(): Argument #3 ($padding) must be of type int, null given
verify(null, sig, key): TypeError: WeChatPay\Crypto\Rsa::verify(): Argument #1 ($message) must be of type string, null given
verify(m, null, key): TypeError: WeChatPay\Crypto\Rsa::verify(): Argument #2 ($signature) must be of type string, null given
sign(null, key): TypeError: WeChatPay\Crypto\Rsa::sign(): Argument #1 ($message) must be of type string, null given
decrypt(null, key): TypeError: WeChatPay\Crypto\Rsa::decrypt(): Argument #1 ($ciphertext) must be of type string, null given
decrypt(x, key, null): TypeError: WeChatPay\Crypto\Rsa::decrypt(): Argument #3 ($padding) must be of type int, null given
loadPrivateKey(null): TypeError: WeChatPay\Util\PemUtil::loadPrivateKey(): Argument #1 ($filepath) must be of type string, null given
loadCertificate(null): TypeError: WeChatPay\Util\PemUtil::loadCertificate(): Argument #1 ($filepath) must be of type string, null given
-- untyped parameters take null to ext/openssl
from(null): UnexpectedValueException: Cannot load privateKey from(NULL), please take care about the \$thing input.
loadPrivateKeyFromString(null): UnexpectedValueException: Cannot load privateKey from(NULL), please take care about the \$thing input.
-- coercive mode still converts scalars
pkcs1ToSpki(123): true
encrypt(x, key, "1"): UnexpectedValueException: Here's only support the OPENSSL_PKCS1_OAEP_PADDING(4) mode, yours(1).
encrypt(x, key, 1.0): UnexpectedValueException: Here's only support the OPENSSL_PKCS1_OAEP_PADDING(4) mode, yours(1).
