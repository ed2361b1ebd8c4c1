<?php

// IDE stubs of ext-wechatpay, generated from ext/*.stub.php by scripts/ide-stubs.php: do not edit.
// Never include this file at run time: the extension declares all of it.

// from ext/wechatpay_aes.stub.php
namespace WeChatPay\Crypto {
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
}

// from ext/wechatpay_builder.stub.php
namespace WeChatPay {
    /** Builds a client and returns the root node of its chain. */
    final class Builder
    {
        private function __construct() {}

        public static function factory(#[\SensitiveParameter] array $config = []): BuilderChainable {}
    }

    /**
     * @property-read BuilderChainable $v2
     * @property-read BuilderChainable $v3
     */
    interface BuilderChainable
    {
        public function getDriver(): ClientDecoratorInterface;

        public function chain(string $segment): BuilderChainable;

        /** @return \Psr\Http\Message\ResponseInterface */
        public function get(array $options = []): mixed;

        /** @return \Psr\Http\Message\ResponseInterface */
        public function put(array $options = []): mixed;

        /** @return \Psr\Http\Message\ResponseInterface */
        public function post(array $options = []): mixed;

        /** @return \Psr\Http\Message\ResponseInterface */
        public function patch(array $options = []): mixed;

        /** @return \Psr\Http\Message\ResponseInterface */
        public function delete(array $options = []): mixed;

        /** @return \GuzzleHttp\Promise\PromiseInterface */
        public function getAsync(array $options = []): mixed;

        /** @return \GuzzleHttp\Promise\PromiseInterface */
        public function putAsync(array $options = []): mixed;

        /** @return \GuzzleHttp\Promise\PromiseInterface */
        public function postAsync(array $options = []): mixed;

        /** @return \GuzzleHttp\Promise\PromiseInterface */
        public function patchAsync(array $options = []): mixed;

        /** @return \GuzzleHttp\Promise\PromiseInterface */
        public function deleteAsync(array $options = []): mixed;
    }

    /**
     * One node of the chain: its storage holds the path segments (int keys) followed by the cached
     * child nodes (under the raw key that created them), as the SDK's ArrayIterator node does.
     */
    final class BuilderNode implements BuilderChainable, \ArrayAccess, \IteratorAggregate, \Countable
    {
        private function __construct() {}

        public function getDriver(): ClientDecoratorInterface {}

        public function chain(string $segment): BuilderChainable {}

        public function offsetExists(mixed $key): bool {}

        public function offsetGet(mixed $key): BuilderChainable {}

        public function offsetSet(mixed $key, mixed $value): void {}

        public function offsetUnset(mixed $key): void {}

        public function getIterator(): \Iterator {}

        public function count(): int {}

        public function getArrayCopy(): array {}

        /** @return \Psr\Http\Message\ResponseInterface */
        public function get(array $options = []): mixed {}

        /** @return \Psr\Http\Message\ResponseInterface */
        public function put(array $options = []): mixed {}

        /** @return \Psr\Http\Message\ResponseInterface */
        public function post(array $options = []): mixed {}

        /** @return \Psr\Http\Message\ResponseInterface */
        public function patch(array $options = []): mixed {}

        /** @return \Psr\Http\Message\ResponseInterface */
        public function delete(array $options = []): mixed {}

        /** @return \GuzzleHttp\Promise\PromiseInterface */
        public function getAsync(array $options = []): mixed {}

        /** @return \GuzzleHttp\Promise\PromiseInterface */
        public function putAsync(array $options = []): mixed {}

        /** @return \GuzzleHttp\Promise\PromiseInterface */
        public function postAsync(array $options = []): mixed {}

        /** @return \GuzzleHttp\Promise\PromiseInterface */
        public function patchAsync(array $options = []): mixed {}

        /** @return \GuzzleHttp\Promise\PromiseInterface */
        public function deleteAsync(array $options = []): mixed {}
    }
}

// from ext/wechatpay_client.stub.php
namespace WeChatPay {
    /** @var int */
    const MAXIMUM_CLOCK_OFFSET = 300;
    /** @var string */
    const WechatpayNonce = 'Wechatpay-Nonce';
    /** @var string */
    const WechatpaySerial = 'Wechatpay-Serial';
    /** @var string */
    const WechatpaySignature = 'Wechatpay-Signature';
    /** @var string */
    const WechatpayTimestamp = 'Wechatpay-Timestamp';
    /** @var string */
    const WechatpayStatementSha1 = 'Wechatpay-Statement-Sha1';

    interface ClientDecoratorInterface
    {
        /** @var string */
        public const VERSION = '1.4.12';
        /** @var string */
        public const XML_BASED = 'v2';
        /** @var string */
        public const JSON_BASED = 'v3';

        /** @return \GuzzleHttp\ClientInterface */
        public function select(?string $protocol = null): mixed;

        /** @return \Psr\Http\Message\ResponseInterface */
        public function request(string $method, string $uri, array $options = []): mixed;

        /** @return \GuzzleHttp\Promise\PromiseInterface */
        public function requestAsync(string $method, string $uri, array $options = []): mixed;
    }
    final class ClientDecorator implements ClientDecoratorInterface
    {
        public function __construct(#[\SensitiveParameter] array $config = []) {}

        /** @return \GuzzleHttp\ClientInterface */
        public function select(?string $protocol = null): mixed {}

        /** @return \Psr\Http\Message\ResponseInterface */
        public function request(string $method, string $uri, array $options = []): mixed {}

        /** @return \GuzzleHttp\Promise\PromiseInterface */
        public function requestAsync(string $method, string $uri, array $options = []): mixed {}

        /** The SDK's `signer`: callable(RequestInterface): RequestInterface (a WeChatPay\Http\Signer). */
        public static function signer(string $mchid, string $serial, #[\SensitiveParameter] mixed $privateKey): callable {}

        /** The SDK's `verifier` Guzzle middleware over `$certs`, held by reference (a WeChatPay\Http\Verifier). */
        public static function verifier(array &$certs): callable {}

        /** @return \GuzzleHttp\Client */
        public static function jsonBased(#[\SensitiveParameter] array $config = []): mixed {}
    }
}

// from ext/wechatpay_exception.stub.php
namespace WeChatPay\Exception {
    /** @var string */
    const DEP_XML_PROTOCOL_IS_REACHABLE_EOL = 'New features are all in `APIv3`, there\'s no reason to continue use this kind client since v2.0.';
    /** @var string */
    const ERR_INIT_MCHID_IS_MANDATORY = 'The merchant\' ID aka `mchid` is required, usually numerical.';
    /** @var string */
    const ERR_INIT_SERIAL_IS_MANDATORY = 'The serial number of the merchant\'s certificate aka `serial` is required, usually hexadecial.';
    /** @var string */
    const ERR_INIT_PRIVATEKEY_IS_MANDATORY = 'The merchant\'s private key aka `privateKey` is required, usual as pem format.';
    /** @var string */
    const ERR_INIT_CERTS_IS_MANDATORY = 'The platform certificate(s) aka `certs` is required, paired as of `[$serial => $certificate]`.';
    /** @var string */
    const ERR_INIT_CERTS_EXCLUDE_MCHSERIAL = 'The `certs(%1$s)` contains the merchant\'s certificate serial number(%2$s) which is not allowed here.';
    /** @var string */
    const EV2_REQ_XML_NOTMATCHED_MCHID = 'The xml\'s structure[mch_id(%1$s)] doesn\'t matched the init one mchid(%2$s).';
    /** @var string */
    const EV3_RES_HEADERS_INCOMPLETE = 'The response\'s Headers incomplete, must have(`%1$s`, `%2$s`, `%3$s` and `%4$s`).';
    /** @var string */
    const EV3_RES_HEADER_TIMESTAMP_OFFSET = 'It\'s allowed time offset in ± %1$s seconds, the response was on %2$s, your\'s localtime on %3$s.';
    /** @var string */
    const EV3_RES_HEADER_PLATFORM_SERIAL = 'Cannot found the serial(`%1$s`)\'s configuration, which\'s from the response(header:%2$s), your\'s %3$s.';
    /** @var string */
    const EV3_RES_HEADER_SIGNATURE_DIGEST = 'Verify the response\'s data with: timestamp=%1$s, nonce=%2$s, signature=%3$s, cert=[%4$s => ...] failed.';

    interface WeChatPayException
    {
        /** @var string */
        public const DEP_XML_PROTOCOL_IS_REACHABLE_EOL = 'New features are all in `APIv3`, there\'s no reason to continue use this kind client since v2.0.';
        /** @var string */
        public const EV3_RES_HEADERS_INCOMPLETE = 'The response\'s Headers incomplete, must have(`%1$s`, `%2$s`, `%3$s` and `%4$s`).';
        /** @var string */
        public const EV3_RES_HEADER_TIMESTAMP_OFFSET = 'It\'s allowed time offset in ± %1$s seconds, the response was on %2$s, your\'s localtime on %3$s.';
        /** @var string */
        public const EV3_RES_HEADER_PLATFORM_SERIAL = 'Cannot found the serial(`%1$s`)\'s configuration, which\'s from the response(header:%2$s), your\'s %3$s.';
        /** @var string */
        public const EV3_RES_HEADER_SIGNATURE_DIGEST = 'Verify the response\'s data with: timestamp=%1$s, nonce=%2$s, signature=%3$s, cert=[%4$s => ...] failed.';
    }

    class InvalidArgumentException extends \InvalidArgumentException implements WeChatPayException
    {
    }

    /** A request could not be completed (the native stand-in for GuzzleHttp\Exception\TransferException). */
    class TransferException extends \RuntimeException implements WeChatPayException
    {
    }

    /** No usable connection: refused, unresolvable, TLS failure, timeout. The code is curl's error number. */
    class ConnectException extends TransferException
    {
        private array $handlerContext = [];

        public function getHandlerContext(): array {}
    }

    /** The exchange happened but its result is unacceptable; carries the response when there was one. */
    class RequestException extends TransferException
    {
        private ?\WeChatPay\Http\Response $response = null;
        private array $handlerContext = [];

        public function getResponse(): ?\WeChatPay\Http\Response {}

        public function hasResponse(): bool {}

        public function getHandlerContext(): array {}
    }

    class BadResponseException extends RequestException
    {
    }

    /** More redirects than `allow_redirects`' max (the native stand-in for Guzzle's TooManyRedirectsException). */
    class TooManyRedirectsException extends RequestException
    {
    }

    /** A 4xx reply. */
    class ClientException extends BadResponseException
    {
    }

    /** A 5xx reply. */
    class ServerException extends BadResponseException
    {
    }

    /** wait() on a promise rejected with a reason that is not a Throwable. */
    class RejectionException extends \RuntimeException implements WeChatPayException
    {
        private mixed $reason = null;

        public function getReason(): mixed {}
    }

    class CancellationException extends RejectionException
    {
    }
}

// from ext/wechatpay_formatter.stub.php
namespace WeChatPay {
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
}

// from ext/wechatpay_hash.stub.php
namespace WeChatPay\Crypto {
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

    /** @var array<string, string> the hash function of each APIv2 sign type (sic: DICTONARIES) */
    const ALGO_DICTONARIES = [ALGO_HMAC_SHA256 => 'hmac', ALGO_MD5 => 'md5'];
}

// from ext/wechatpay_media.stub.php
namespace WeChatPay\Util {
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
}

// from ext/wechatpay_middleware.stub.php
namespace WeChatPay\Http {
    /**
     * callable(RequestInterface): RequestInterface, the request with its Authorization header.
     */
    final class Signer
    {
        /** @return \Psr\Http\Message\RequestInterface */
        public function __invoke(mixed $request): mixed {}
    }

    /**
     * The Guzzle middleware callable(callable $handler): callable; the handler it returns (request,
     * options) is the same class, as is the check chained on the handler's promise (response).
     */
    final class Verifier
    {
        public function __invoke(mixed ...$arguments): mixed {}
    }
}

// from ext/wechatpay_pemutil.stub.php
namespace WeChatPay\Util {
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
}

// from ext/wechatpay_promise.stub.php
namespace WeChatPay\Http {
    /**
     */
    final class Promise
    {
        /** @var string */
        public const PENDING = 'pending';
        /** @var string */
        public const FULFILLED = 'fulfilled';
        /** @var string */
        public const REJECTED = 'rejected';

        public function then(?callable $onFulfilled = null, ?callable $onRejected = null): Promise {}

        public function otherwise(callable $onRejected): Promise {}

        public function getState(): string {}

        public function resolve(mixed $value): void {}

        public function reject(mixed $reason): void {}

        public function cancel(): void {}

        public function wait(bool $unwrap = true): mixed {}
    }
}

// from ext/wechatpay_response.stub.php
namespace WeChatPay\Http {
    /**
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
}

// from ext/wechatpay_rsa.stub.php
namespace WeChatPay\Crypto {
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
}

// from ext/wechatpay_sink.stub.php
namespace WeChatPay\Http {
    /**
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
}

// from ext/wechatpay_transformer.stub.php
namespace WeChatPay {
    /** Transforms the APIv2 XML to arrays and arrays to XML. Subclasses may override sanitize(), isElementNameValid() and needsCdataWrapping(). */
    class Transformer
    {
        public static function toArray(string $xml = '<xml/>'): array {}

        public static function sanitize(string $xml): string {}

        public static function toXml(array $data, bool $headless = true, bool $indent = false, string $root = 'xml', string $item = 'item'): string {}

        protected static function isElementNameValid(string $name = ''): bool {}

        protected static function needsCdataWrapping(string $value = ''): bool {}
    }
}
