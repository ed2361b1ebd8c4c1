<?php

/**
 * Stub for wechatpay_pemutil.c: WeChatPay\Util\PemUtil, the SDK's certificate loaders, serial
 * number reader and (deprecated since SDK 1.2.0, in favour of Rsa::from) private-key loaders.
 * @generate-class-entries
 */

namespace WeChatPay\Util;

class PemUtil
{
    /** @return \OpenSSLAsymmetricKey */
    public static function loadPrivateKey(#[\SensitiveParameter] string $filepath) {}

    /**
     * @param \OpenSSLAsymmetricKey|array|string $content
     * @return \OpenSSLAsymmetricKey
     */
    public static function loadPrivateKeyFromString(#[\SensitiveParameter] $content) {}

    /** @return \OpenSSLCertificate|false */
    public static function loadCertificate(string $filepath) {}

    /**
     * @param \OpenSSLCertificate|string $content
     * @return \OpenSSLCertificate|false
     */
    public static function loadCertificateFromString($content) {}

    /** @param \OpenSSLCertificate|string $certificate */
    public static function parseCertificateSerialNo($certificate): string {}
}
