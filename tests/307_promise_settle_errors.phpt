--TEST--
Promise: settling twice and settling with itself (LogicException)
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/promise.inc';

// Settling twice: the same outcome again is ignored, anything else is a LogicException; a
// promise cannot settle with itself (also when a callback returns its own promise).
wechatpay_test_compare(function (array $make, array &$log) {
    $p = $make['manual']();
    foreach ([fn() => $p->resolve($p), fn() => $p->reject($p)] as $attempt) {
        try { $attempt(); } catch (LogicException $e) { $log[] = get_class($e) . ': ' . $e->getMessage(); }
    }
    $log[] = 'still ' . $p->getState();
    $value = new stdClass();
    $p->resolve($value);
    $p->resolve($value);
    $log[] = 'same value again: ' . $p->getState();
    foreach ([fn() => $p->resolve(new stdClass()), fn() => $p->reject($value), fn() => $p->resolve('other')] as $attempt) {
        try { $attempt(); } catch (LogicException $e) { $log[] = $e->getMessage(); }
    }
    $r = $make['manual']();
    $r->reject('no');
    $r->reject('no');
    foreach ([fn() => $r->reject('different'), fn() => $r->resolve('no')] as $attempt) {
        try { $attempt(); } catch (LogicException $e) { $log[] = $e->getMessage(); }
    }
    $self = $make['promise']('v')->then(function () use (&$self) { return $self; });
    $log[] = 'callback returning its own promise: ' . wechatpay_test_wait($self);
    $late = $make['promise']('v');
    $child = $late->then(function ($v) use (&$child) { $child->resolve('early'); return 'late'; });
    $log[] = 'settled inside its own callback: ' . wechatpay_test_wait($child);
});
?>
--EXPECT--
LogicException: Cannot fulfill or reject a promise with itself
LogicException: Cannot fulfill or reject a promise with itself
still pending
same value again: fulfilled
The promise is already fulfilled.
Cannot change a fulfilled promise to rejected
The promise is already fulfilled.
The promise is already rejected.
Cannot change a rejected promise to fulfilled
callback returning its own promise: throws LogicException(Cannot fulfill or reject a promise with itself)
settled inside its own callback: throws LogicException(Cannot change a fulfilled promise to rejected)
