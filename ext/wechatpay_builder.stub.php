<?php

/**
 * Stub for wechatpay_builder.c: the factory and the chain of URL-segment nodes.
 * @generate-class-entries
 */

namespace WeChatPay;

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
 * The SDK's trait of the ten verbs. Nodes list it (class_uses(), ReflectionClass::getTraitNames()) and
 * implement the verbs natively; in a class of yours, each verb calls
 * $this->getDriver()->request[Async]('METHOD', $this->pathname(), $options), as in the SDK.
 */
trait BuilderTrait
{
    abstract public function getDriver(): ClientDecoratorInterface;

    abstract protected function pathname(string $seperator = '/'): string;

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

/**
 * One node of the chain: its storage holds the path segments (int keys) followed by the cached
 * child nodes (under the raw key that created them), as the SDK's ArrayIterator node does.
 * @not-serializable
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
