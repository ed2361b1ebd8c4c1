<?php

/**
 * Stub for wechatpay_rsa.c: WeChatPay\Crypto\Rsa, the SDK's RSA key loader and its OAEP
 * encrypt/decrypt and SHA256-RSA sign/verify helpers.
 * @generate-class-entries
 */

namespace WeChatPay\Crypto;

class Rsa
{
    /** @var string */
    public const KEY_TYPE_PUBLIC = 'public';
    /** @var string */
    public const KEY_TYPE_PRIVATE = 'private';

    /** base64 of the SPKI (SubjectPublicKeyInfo) DER that wraps a base64 PKCS#1 RSAPublicKey. */
    public static function pkcs1ToSpki(string $thing): string {}

    /** @return \OpenSSLAsymmetricKey */
    public static function fromPkcs8(#[\SensitiveParameter] string $thing) {}

    /** @return \OpenSSLAsymmetricKey */
    public static function fromPkcs1(#[\SensitiveParameter] string $thing, string $type = Rsa::KEY_TYPE_PRIVATE) {}

    /** @return \OpenSSLAsymmetricKey */
    public static function fromSpki(string $thing) {}

    /**
     * @param \OpenSSLAsymmetricKey|\OpenSSLCertificate|array|string $thing
     * @return \OpenSSLAsymmetricKey
     */
    public static function from(#[\SensitiveParameter] $thing, string $type = Rsa::KEY_TYPE_PRIVATE) {}

    /** @param \OpenSSLAsymmetricKey|\OpenSSLCertificate|array|string $publicKey */
    public static function encrypt(#[\SensitiveParameter] string $plaintext, $publicKey, int $padding = OPENSSL_PKCS1_OAEP_PADDING): string {}

    /** @param \OpenSSLAsymmetricKey|\OpenSSLCertificate|array|string $publicKey */
    public static function verify(string $message, string $signature, $publicKey): bool {}

    /** @param \OpenSSLAsymmetricKey|\OpenSSLCertificate|array|string $privateKey */
    public static function sign(string $message, #[\SensitiveParameter] $privateKey): string {}

    /** @param \OpenSSLAsymmetricKey|\OpenSSLCertificate|array|string $privateKey */
    public static function decrypt(string $ciphertext, #[\SensitiveParameter] $privateKey, int $padding = OPENSSL_PKCS1_OAEP_PADDING): string {}
}
