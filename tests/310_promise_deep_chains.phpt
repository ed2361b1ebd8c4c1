--TEST--
Promise: deep chains are waited on, cancelled and followed without C recursion
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/promise.inc';

// Chains are walked with loops, not C recursion (Guzzle recurses on the VM stack instead):
// waiting on 100,000 levels of then(), cancelling 50,000, and then()/wait() through 10,000
// promises each resolved with the next (PHP itself overflows the C stack when it frees much
// deeper object graphs, so that one stays smaller).
$depth = 100000;
$increment = fn($v) => $v + 1;
$root = wechatpay_test_promise(0);
$p = $root;
for ($i = 0; $i < $depth; $i++) {
    $p = $p->then($increment);
}
echo 'wait: ', wechatpay_test_wait($p), "\n";
unset($p);

$root = wechatpay_test_promise(0);
$p = $root;
for ($i = 0; $i < $depth / 2; $i++) {
    $p = $p->then($increment);
}
$p->cancel();
echo 'cancel: ', $root->getState(), ' ', $p->getState(), ' ', wechatpay_test_wait($p), "\n";
unset($p, $root);

$settled = wechatpay_test_promise('settled');
$settled->wait();
$first = $outer = $settled->then(fn() => 'unused');
for ($i = 0; $i < 10000; $i++) {
    $next = $settled->then(fn() => 'unused');
    $outer->resolve($next);
    $outer = $next;
}
$then = $first->then(fn($v) => "then: $v");
$outer->resolve('the end');
echo wechatpay_test_wait($then), "; wait: ", wechatpay_test_wait($first), "\n";
echo 'peak under 100 MB: ', var_export(memory_get_peak_usage() < 100 * 1024 * 1024, true), "\n";
?>
--EXPECT--
wait: value 100000
cancel: rejected rejected throws CancellationException(The promise was rejected with reason: Promise has been cancelled)
value 'then: the end'; wait: value 'the end'
peak under 100 MB: true
