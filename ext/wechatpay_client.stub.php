<?php

/**
 * Stub for wechatpay_client.c: the driver that owns the merchant's configuration, keys and
 * connections, and turns (method, uri template, options) into a signed, verified exchange.
 * @generate-class-entries
 */

namespace WeChatPay;

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

/** @not-serializable */
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
