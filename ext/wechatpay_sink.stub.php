<?php

/**
 * Stub for wechatpay_sink.c: WeChatPay\Http\SinkStream, the native body of a response whose `sink`
 * received it: the methods and results of Guzzle's Psr7\Stream over that resource. Only the
 * extension makes them.
 * @generate-class-entries
 */

namespace WeChatPay\Http;

/**
 * @strict-properties
 * @not-serializable
 */
final class SinkStream implements \Stringable
{
    private function __construct() {}

    public function __toString(): string {}

    public function close(): void {}

    /** @return resource|null */
    public function detach() {}

    public function getSize(): ?int {}

    public function tell(): int {}

    public function eof(): bool {}

    public function isSeekable(): bool {}

    public function seek(int $offset, int $whence = SEEK_SET): void {}

    public function rewind(): void {}

    public function isWritable(): bool {}

    public function write(string $string): int {}

    public function isReadable(): bool {}

    public function read(int $length): string {}

    public function getContents(): string {}

    /**
     * @param mixed $key
     * @return mixed
     */
    public function getMetadata($key = null) {}
}
