--TEST--
Promise: chaining, callback results and exceptions, rejection pass-through, nested waits
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/promise.inc';

class Callbacks
{
    public static function twice($v) { return "$v$v"; }
    public function __call($name, $args) { return "$name(" . implode(',', $args) . ')'; }
}

// Return values resolve the child, throwables reject it, a rejection passes through children
// without an onRejected until one handles it; a callback may wait on another promise.
wechatpay_test_compare(function (array $make, array &$log) {
    $p = $make['promise'](1);
    $chain = $p->then(fn($v) => $v + 1)
        ->then(fn($v) => $v * 10)
        ->then(function ($v) { throw new DomainException("at $v"); })
        ->then(fn($v) => 'skipped')
        ->then(null, fn($e) => 'handled ' . wechatpay_test_describe($e))
        ->then('strtoupper');
    $log[] = 'chain ' . $chain->getState() . ', ' . wechatpay_test_wait($chain);
    $log[] = 'root ' . $p->getState();

    $error = $p->then(function () { throw new Error('engine error'); });
    $log[] = 'Error: ' . wechatpay_test_wait($error) . ', ' . $error->getState();
    $again = $error->otherwise(function ($e) { throw new LogicException('rethrown ' . $e->getMessage()); });
    $log[] = 'rethrown: ' . wechatpay_test_wait($again);
    $log[] = 'no unwrap: ' . wechatpay_test_wait($again, false) . ', ' . $again->getState();

    $rejected = $make['promise']('why', true);
    $log[] = 'otherwise: ' . wechatpay_test_wait($rejected->otherwise(fn($r) => "recovered from $r"));
    $log[] = 'passes by: ' . wechatpay_test_wait($rejected->then(fn($v) => 'no')->then(null, fn($r) => "still $r"));

    $returnsPromise = $p->then(fn($v) => $make['promise']("inner $v"));
    $log[] = 'returns promise: ' . wechatpay_test_wait($returnsPromise->then(fn($v) => "got $v"));
    $returnsRejected = $p->then(fn() => $make['promise'](new RuntimeException('inner failed'), true));
    $log[] = 'returns rejected: ' . wechatpay_test_wait($returnsRejected->otherwise(fn($e) => 'caught ' . $e->getMessage()));

    $other = $make['promise']('other');
    $nested = $p->then(function ($v) use ($other, &$log) {
        $log[] = 'waiting inside a callback';
        return $v . ' and ' . $other->wait();
    });
    $other->then(function ($v) use (&$log) { $log[] = "other's callback got $v"; });
    $log[] = 'nested: ' . wechatpay_test_wait($nested);

    $callables = $p->then('strval')->then('Callbacks::twice')->then([new Callbacks(), 'viaCall']);
    $log[] = 'callables: ' . wechatpay_test_wait($callables);
});
?>
--EXPECT--
chain pending, value 'HANDLED DOMAINEXCEPTION(AT 20)'
root fulfilled
Error: throws Error(engine error), rejected
rethrown: throws LogicException(rethrown engine error)
no unwrap: value NULL, rejected
otherwise: value 'recovered from why'
passes by: value 'still why'
returns promise: value 'got inner 1'
returns rejected: value 'caught inner failed'
waiting inside a callback
other's callback got other
nested: value '1 and other'
callables: value 'viaCall(11)'
