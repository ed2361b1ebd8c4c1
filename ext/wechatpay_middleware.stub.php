<?php

/**
 * Stub for wechatpay_middleware.c: the SDK's two APIv3 Guzzle middlewares as native invokable
 * objects. Only the extension makes them (ClientDecorator::signer(), ::verifier(), the stacks of
 * select() and jsonBased()); their parameters are PSR-7 messages and Guzzle handlers.
 *
 * @generate-class-entries
 */

namespace WeChatPay\Http;

/**
 * callable(RequestInterface): RequestInterface, the request with its Authorization header.
 * @strict-properties
 * @not-serializable
 */
final class Signer
{
    /** @return \Psr\Http\Message\RequestInterface */
    public function __invoke(mixed $request): mixed {}
}

/**
 * The Guzzle middleware callable(callable $handler): callable; the handler it returns (request,
 * options) is the same class, as is the check chained on the handler's promise (response).
 * @strict-properties
 * @not-serializable
 */
final class Verifier
{
    public function __invoke(mixed ...$arguments): mixed {}
}
