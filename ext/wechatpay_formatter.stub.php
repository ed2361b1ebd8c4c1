<?php

/**
 * Stub for wechatpay_formatter.c: the SDK's static string helpers (nonce, timestamp, the
 * Authorization header, the signed messages, the APIv2 key sort and "k=v&…" string).
 * @generate-class-entries
 */

namespace WeChatPay;

class Formatter
{
    public static function nonce(int $size = 32): string {}

    public static function timestamp(): int {}

    public static function authorization(string $mchid, string $nonce, string $signature, string $timestamp, string $serial): string {}

    public static function request(string $method, string $uri, string $timestamp, string $nonce, string $body = ''): string {}

    public static function response(string $timestamp, string $nonce, string $body = ''): string {}

    /** @param string|float|int|bool $pieces */
    public static function joinedByLineFeed(...$pieces): string {}

    public static function ksort(array $thing = []): array {}

    public static function queryStringLike(array $thing = []): string {}
}
