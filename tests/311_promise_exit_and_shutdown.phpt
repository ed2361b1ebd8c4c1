--TEST--
Promise: exit() inside a callback, callbacks left in the queue at request end are dropped
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/promise.inc';

// exit() in a callback is not a rejection: it ends the request. Callbacks still queued then
// (or queued by shutdown functions) are dropped without running; unlike Guzzle's TaskQueue,
// the extension runs no PHP code at request shutdown.
$p = wechatpay_test_promise('x');
$p->then(function () { echo "exit inside a callback\n"; exit(0); });
$p->then(function () { echo "never runs: queued behind the exit\n"; });
$p->otherwise(function () { echo "never runs: exit is not a rejection\n"; });
register_shutdown_function(function () use ($p) {
    echo "shutdown function, promise {$p->getState()}\n";
    $p->then(function () { echo "never runs: queued during shutdown\n"; });
});
try {
    $p->wait();
} catch (Throwable $e) {
    echo "never printed: exit is not catchable\n";
}
echo "never printed\n";
?>
--EXPECT--
exit inside a callback
shutdown function, promise fulfilled
