<?php

/**
 * The promise returned by the asynchronous verbs: Guzzle's PromiseInterface method set and
 * semantics (callbacks run from the per-request task queue, drained by wait()).
 *
 * @generate-class-entries
 */

namespace WeChatPay\Http;

/**
 * @strict-properties
 * @not-serializable
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
