<?php

/**
 * Stub for wechatpay_hash.c: the APIv2 signature hashes (MD5 and HMAC with the key appended) and
 * the constant-time comparison. The array constant ALGO_DICTONARIES (sic) cannot be declared here
 * for PHP 8.2's gen_stub; wechatpay_hash.c registers it.
 * @generate-class-entries
 */

namespace WeChatPay\Crypto;

/** @var string */
const ALGO_MD5 = 'MD5';
/** @var string */
const ALGO_HMAC_SHA256 = 'HMAC-SHA256';

class Hash
{
    /** @var string */
    public const ALGO_MD5 = 'MD5';
    /** @var string */
    public const ALGO_HMAC_SHA256 = 'HMAC-SHA256';

    /** @param bool|int|string $agency */
    public static function md5(string $thing, #[\SensitiveParameter] string $key = '', $agency = false): string {}

    public static function hmac(string $thing, #[\SensitiveParameter] string $key, string $algorithm = 'sha256'): string {}

    public static function equals(#[\SensitiveParameter] string $known_string, #[\SensitiveParameter] ?string $user_string = null): bool {}

    public static function sign(string $type, string $data, #[\SensitiveParameter] string $key): ?string {}
}
