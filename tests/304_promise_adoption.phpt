--TEST--
Promise: adopting promises and thenables (pending, settled, foreign), rejecting with a promise
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/promise.inc';

/** A foreign promise that only has then(), settled by the test. */
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

// Resolving with a thenable adopts it: children get its outcome. As in Guzzle, the promise
// itself reports 'fulfilled' at once (its result is the thenable), and rejecting with a
// promise also hands children that promise's outcome.
wechatpay_test_compare(function (array $make, array &$log) {
    $outer = $make['manual']();
    $inner = $make['manual']();
    $outer->then(function ($v) use (&$log) { $log[] = "outer child 1 got $v"; });
    $inner->then(function ($v) use (&$log) { $log[] = "inner child 1 got $v"; });
    $outer->resolve($inner);
    $log[] = 'outer resolved with pending inner: outer ' . $outer->getState() . ', inner ' . $inner->getState();
    $outer->then(function ($v) use (&$log) { $log[] = "outer child 2 got $v"; });
    $inner->then(function ($v) use (&$log) { $log[] = "inner child 2 got $v"; });
    $inner->resolve('INNER');
    $log[] = 'outer waits through inner: ' . wechatpay_test_wait($outer);

    $settled = $make['manual']();
    $settled->reject('settled reason');
    $follower = $make['manual']();
    $handled = $follower->then(fn($v) => "fulfilled $v", fn($r) => "rejected $r");
    $follower->resolve($settled);
    $log[] = 'adopting a settled rejection: ' . wechatpay_test_wait($handled) . ', wait: ' . wechatpay_test_wait($follower);
    $log[] = 'then() on it after: ' . wechatpay_test_wait($follower->then(fn($v) => "F $v", fn($r) => "R $r"));

    $waitable = $make['promise']('waited value');
    $viaWait = $make['manual']();
    $viaWait->resolve($waitable);
    $log[] = 'waits the adopted promise: ' . wechatpay_test_wait($viaWait) . ', adopted ' . $waitable->getState();

    $rejectedWith = $make['manual']();
    $fromPromise = $make['manual']();
    $child = $rejectedWith->then(fn($v) => 'F ' . wechatpay_test_describe($v), fn($r) => 'R ' . wechatpay_test_describe($r));
    $rejectedWith->reject($fromPromise);
    $fromPromise->resolve('value of the reason');
    $log[] = 'rejected with a promise: ' . $rejectedWith->getState() . ', child ' . wechatpay_test_wait($child);

    $thenable = new Thenable();
    $foreign = $make['manual']();
    $foreignChild = $foreign->then(fn($v) => "foreign gave $v", fn($r) => "foreign refused $r");
    $foreign->resolve($thenable);
    $log[] = 'foreign thenable pending: child ' . $foreignChild->getState();
    $thenable->settle(false, 'no');
    $log[] = 'after it settles: ' . wechatpay_test_wait($foreignChild);
    $twice = $make['manual']();
    $twiceChild = $twice->then(fn($v) => "twice gave $v");
    $twice->resolve($t2 = new Thenable());
    $t2->settle(true, 'yes');
    $log[] = 'fulfilled foreign thenable: ' . wechatpay_test_wait($twiceChild);

    $consumer = new Thenable();
    $source = $make['promise']('to a foreign library');
    $source->then(fn($v) => $consumer->settle(true, $v));
    $consumer->then(function ($v) use (&$log) { $log[] = "foreign consumer got $v"; });
    $source->wait();
    $log[] = 'then() is the only method a consumer needs';
});
?>
--EXPECT--
outer resolved with pending inner: outer fulfilled, inner pending
outer waits through inner: value 'INNER'
inner child 1 got INNER
outer child 1 got INNER
outer child 2 got INNER
inner child 2 got INNER
adopting a settled rejection: value 'rejected settled reason', wait: throws RejectionException(The promise was rejected with reason: settled reason)
then() on it after: throws RejectionException(The promise was rejected with reason: settled reason)
waits the adopted promise: value 'waited value', adopted fulfilled
rejected with a promise: rejected, child value 'F \'value of the reason\''
foreign thenable pending: child pending
after it settles: value 'foreign refused no'
fulfilled foreign thenable: value 'twice gave yes'
foreign consumer got to a foreign library
then() is the only method a consumer needs
