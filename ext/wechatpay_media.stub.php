<?php

/**
 * Stub for wechatpay_media.c: WeChatPay\Util\MediaUtil, the SDK's upload helper (a meta JSON part
 * and a file part in one multipart/form-data body whose string form, the part that is signed, is
 * the meta JSON), and WeChatPay\Util\MediaStream, that body as a stream with PSR-7 method names.
 * @generate-class-entries
 */

namespace WeChatPay\Util;

class MediaUtil
{
    public function __construct(string $filepath, ?\Psr\Http\Message\StreamInterface $fileStream = null) {}

    public function setMeta(?string $json = null): int {}

    public function getMeta(): string {}

    /** @return \Psr\Http\Message\StreamInterface|MediaStream */
    public function getStream(): object {}

    public function getContentType(): string {}
}

/**
 * @strict-properties
 * @not-serializable
 */
final class MediaStream implements \Stringable
{
    private function __construct() {}

    public function __toString(): string {}

    public function close(): void {}

    /** @return null */
    public function detach() {}

    public function getSize(): ?int {}

    public function tell(): int {}

    public function eof(): bool {}

    public function isSeekable(): bool {}

    /**
     * @param mixed $offset
     * @param mixed $whence
     */
    public function seek($offset, $whence = SEEK_SET): void {}

    public function rewind(): void {}

    public function isWritable(): bool {}

    /** @param mixed $string */
    public function write($string): int {}

    public function isReadable(): bool {}

    /** @param mixed $length */
    public function read($length): string {}

    public function getContents(): string {}

    /**
     * @param mixed $key
     * @return mixed
     */
    public function getMetadata($key = null) {}
}
