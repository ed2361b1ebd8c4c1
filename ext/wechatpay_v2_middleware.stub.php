<?php

/**
 * Stub for wechatpay_v2_middleware.c: the SDK's two APIv2 Guzzle middlewares as native invokable
 * objects. Only the extension makes them (ClientDecorator::transformRequest(), ::transformResponse(),
 * the stacks of select('v2') and xmlBased()); their parameters are Guzzle handlers and PSR-7 messages.
 *
 * @generate-class-entries
 */

namespace WeChatPay\Http;

/**
 * The Guzzle middleware callable(callable $handler): callable; the handler it returns (request,
 * options) is the same class.
 * @strict-properties
 * @not-serializable
 */
final class TransformRequest
{
    public function __invoke(mixed ...$arguments): mixed {}
}

/**
 * The Guzzle middleware callable(callable $handler): callable; the handler it returns (request,
 * options) is the same class, as is the check chained on the handler's promise (response).
 * @strict-properties
 * @not-serializable
 */
final class TransformResponse
{
    public function __invoke(mixed ...$arguments): mixed {}
}
