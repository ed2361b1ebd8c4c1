--TEST--
Promise: callbacks run later from the FIFO task queue, in Guzzle's order
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/promise.inc';

// Callbacks never run inside then() or resolve(): they are queued per settlement, in FIFO
// order, and run when something waits. Same scenario on Guzzle's Promise must log the same.
wechatpay_test_compare(function (array $make, array &$log) {
    $a = $make['manual']();
    $b = $make['manual']();
    $a->then(function ($v) use (&$log) { $log[] = "a1 got $v"; });
    $b->then(function ($v) use (&$log) { $log[] = "b1 got $v"; });
    $a->then(function ($v) use (&$log, $b) {
        $log[] = "a2 got $v";
        $b->then(function ($v) use (&$log) { $log[] = "b-late got $v"; });
        return "$v+";
    })->then(function ($v) use (&$log) { $log[] = "a2 child got $v"; });
    $log[] = 'resolving b then a';
    $b->resolve('B');
    $a->resolve('A');
    $log[] = 'resolved: ' . $a->getState() . ' ' . $b->getState();
    $a->then(function ($v) use (&$log) { $log[] = "a3 (added after resolve) got $v"; });
    $log[] = 'nothing ran yet';
    $last = $b->then(fn($v) => "last $v");
    $log[] = 'wait: ' . wechatpay_test_wait($last);
    $log[] = 'after wait';
});
?>
--EXPECT--
resolving b then a
resolved: fulfilled fulfilled
nothing ran yet
b1 got B
a1 got A
a2 got A
a3 (added after resolve) got A
b-late got B
a2 child got A+
wait: value 'last B'
after wait
