<?php

/**
 * The native response and body stream: the method names, parameter shapes and results of
 * Guzzle's Psr7\Response and Psr7\Stream (untyped parameters, declared return types; the
 * Response constructor has Guzzle's typed signature). Streams are only made by the extension.
 *
 * @generate-class-entries
 */

namespace WeChatPay\Http;

/**
 * @strict-properties
 * @not-serializable
 */
final class Response
{
    /**
     * Guzzle's Response::__construct(); the body is null, a string or a WeChatPay\Http\Stream.
     * @param mixed $body
     */
    public function __construct(int $status = 200, array $headers = [], $body = null, string $version = '1.1', ?string $reason = null) {}

    public function getStatusCode(): int {}

    public function getReasonPhrase(): string {}

    /**
     * @param mixed $code
     * @param mixed $reasonPhrase
     */
    public function withStatus($code, $reasonPhrase = ''): static {}

    public function getProtocolVersion(): string {}

    /** @param mixed $version */
    public function withProtocolVersion($version): static {}

    public function getHeaders(): array {}

    /** @param mixed $header */
    public function hasHeader($header): bool {}

    /** @param mixed $header */
    public function getHeader($header): array {}

    /** @param mixed $header */
    public function getHeaderLine($header): string {}

    /**
     * @param mixed $header
     * @param mixed $value
     */
    public function withHeader($header, $value): static {}

    /**
     * @param mixed $header
     * @param mixed $value
     */
    public function withAddedHeader($header, $value): static {}

    /** @param mixed $header */
    public function withoutHeader($header): static {}

    public function getBody(): object {}

    /** @param mixed $body */
    public function withBody($body): static {}
}

/**
 * @strict-properties
 * @not-serializable
 */
final class Stream implements \Stringable
{
    public function __toString(): string {}

    public function close(): void {}

    /** @return resource|null */
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
