<?php

/**
 * Stub for wechatpay_aes.c: AES-256-GCM (APIv3 notifications and certificates) and AES-256-ECB
 * (APIv2 refund notifications) with base64 input and output.
 * @generate-class-entries
 */

namespace WeChatPay\Crypto;

interface AesInterface
{
    /** @var int */
    public const BLOCK_SIZE = 16;
    /** @var int */
    public const KEY_LENGTH_BYTE = 32;
    /** @var int */
    public const AUTH_TAG_LENGTH_BYTE = 16;
    /** @var string */
    public const ALGO_AES_256_GCM = 'aes-256-gcm';
    /** @var string */
    public const ALGO_AES_256_ECB = 'aes-256-ecb';

    public static function encrypt(#[\SensitiveParameter] string $plaintext, #[\SensitiveParameter] string $key, string $iv = ''): string;

    public static function decrypt(#[\SensitiveParameter] string $ciphertext, #[\SensitiveParameter] string $key, string $iv = ''): string;
}

class AesGcm implements AesInterface
{
    public static function encrypt(#[\SensitiveParameter] string $plaintext, #[\SensitiveParameter] string $key, string $iv = '', string $aad = ''): string {}

    public static function decrypt(#[\SensitiveParameter] string $ciphertext, #[\SensitiveParameter] string $key, string $iv = '', string $aad = ''): string {}
}

class AesEcb implements AesInterface
{
    public static function encrypt(#[\SensitiveParameter] string $plaintext, #[\SensitiveParameter] string $key, string $iv = ''): string {}

    public static function decrypt(#[\SensitiveParameter] string $ciphertext, #[\SensitiveParameter] string $key, string $iv = ''): string {}
}
