--TEST--
Promise: wait() unwraps or throws (RejectionException for non-Throwable reasons), wait(false), wait errors
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/promise.inc';

/** A foreign promise that only has then(). */
class Thenable
{
    private array $callbacks = [];
    public function then($onFulfilled = null, $onRejected = null) { $this->callbacks[] = [$onFulfilled, $onRejected]; return $this; }
    public function settle(bool $fulfilled, $value): void
    {
        foreach ($this->callbacks as [$onFulfilled, $onRejected]) {
            $callback = $fulfilled ? $onFulfilled : $onRejected;
            if ($callback) { $callback($value); }
        }
    }
}
/** One whose wait() settles nothing. */
class IdleThenable extends Thenable
{
    public function wait($unwrap = true) { return null; }
}
/** One whose wait() fulfills it. */
class WaitableThenable extends Thenable
{
    public function wait($unwrap = true) { $this->settle(true, 'from wait()'); }
}
class Reason
{
    public function __toString(): string { return 'stringable reason'; }
}

// wait() unwraps: the value, or throws the reason (a Throwable as is, anything else wrapped in
// a RejectionException whose message names a string or stringable reason); wait(false) only
// waits. A promise nothing can settle is rejected with Guzzle's two messages.
wechatpay_test_compare(function (array $make, array &$log) {
    $log[] = 'fulfilled: ' . wechatpay_test_wait($make['promise'](['a' => 1])) . ' / ' . wechatpay_test_wait($make['promise']('v'), false);
    $exception = new InvalidArgumentException('the reason');
    $p = $make['promise']($exception, true);
    try {
        $p->wait();
    } catch (Throwable $e) {
        $log[] = 'same exception object: ' . var_export($e === $exception, true);
    }
    foreach (['plain reason', 42, ['k' => 'v'], null, new Reason(), new stdClass()] as $reason) {
        try {
            $make['promise']($reason, true)->wait();
        } catch (RuntimeException $e) {
            $log[] = wechatpay_test_describe($e) . ' getReason() ' . wechatpay_test_describe($e->getReason());
        }
    }
    $r = $make['promise']('quiet', true);
    $log[] = 'wait(false): ' . wechatpay_test_wait($r, false) . ', then wait(): ' . wechatpay_test_wait($r);

    $base = $make['promise']('base');
    $base->wait();
    $thenable = new Thenable();
    $adopted = $base->then(fn() => $thenable);
    $value = $adopted->wait();
    $log[] = 'fulfilled with a thenable: ' . $adopted->getState() . ', wait() gives it back: ' . var_export($value === $thenable, true);
    $log[] = 'no wait function: ' . wechatpay_test_wait($adopted->then(fn($v) => $v));
    $idle = $base->then(fn() => new IdleThenable());
    $idle->wait();
    $log[] = 'wait does not settle: ' . wechatpay_test_wait($idle->then(fn($v) => $v));
    $waitable = $base->then(fn() => new WaitableThenable());
    $waitable->wait();
    $log[] = 'wait settles: ' . wechatpay_test_wait($waitable->then(fn($v) => "got $v"));
    $pending = $base->then(fn() => new WaitableThenable());
    $log[] = 'a thenable result is not waited through a child: ' . wechatpay_test_wait($pending->then(fn($v) => "got $v"));
});
?>
--EXPECT--
fulfilled: value {"a":1} / value NULL
same exception object: true
RejectionException(The promise was rejected with reason: plain reason) getReason() 'plain reason'
RejectionException(The promise was rejected) getReason() 42
RejectionException(The promise was rejected) getReason() {"k":"v"}
RejectionException(The promise was rejected) getReason() NULL
RejectionException(The promise was rejected with reason: stringable reason) getReason() Reason
RejectionException(The promise was rejected) getReason() stdClass
wait(false): value NULL, then wait(): throws RejectionException(The promise was rejected with reason: quiet)
fulfilled with a thenable: fulfilled, wait() gives it back: true
no wait function: throws RejectionException(The promise was rejected with reason: Cannot wait on a promise that has no internal wait function. You must provide a wait function when constructing the promise to be able to wait on a promise.)
wait does not settle: throws RejectionException(The promise was rejected with reason: Invoking the wait callback did not resolve the promise)
wait settles: value 'got from wait()'
a thenable result is not waited through a child: throws RejectionException(The promise was rejected with reason: Invoking the wait callback did not resolve the promise)
