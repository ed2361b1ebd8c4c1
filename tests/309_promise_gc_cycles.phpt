--TEST--
Promise: cycles through callbacks, results, parents and followed thenables are collected (20,000 rounds, flat memory)
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/promise.inc';

/** A foreign promise that never settles: whatever follows it stays pending. */
class NeverSettles
{
    private array $callbacks = [];
    public function then($onFulfilled = null, $onRejected = null) { $this->callbacks[] = [$onFulfilled, $onRejected]; return $this; }
    public function cancel() {}
}

// Unreachable pending promises that form cycles through their callbacks, results, parents and
// followed thenables are found by the cycle collector: memory stays flat over 20,000 rounds.
$base = wechatpay_test_promise('base');
$base->wait();
function round_of_cycles(WeChatPay\Http\Promise $base): void
{
    $never = new NeverSettles();
    $holder = $base->then(fn() => $never);
    $child = $holder->then(function ($v) use (&$child, &$holder) { return [$child, $holder]; });
    $grandchild = $child->then(null, function ($e) use (&$grandchild) { return $grandchild; });
    $holder->wait();
    $follower = $holder->then(function ($v) use (&$follower) { return $follower; });
    $self = $base->then(fn($v) => $v);
    $self->resolve($follower);
}
for ($i = 0; $i < 2000; $i++) {
    round_of_cycles($base);
}
gc_collect_cycles();
$before = memory_get_usage();
$collectedBefore = gc_status()['collected'];
for ($i = 0; $i < 20000; $i++) {
    round_of_cycles($base);
}
wechatpay_test_drain();
$collected = gc_status()['collected'] - $collectedBefore;
$growth = memory_get_usage() - $before;
var_dump($collected >= 20000 * 8 ? 'collected' : "collected only $collected");
var_dump($growth < 256 * 1024 ? 'flat' : "grew by $growth bytes");
?>
--EXPECT--
string(9) "collected"
string(4) "flat"
