--TEST--
Hardening: the extension's destructors and its request shutdown run no user code: a client or promise destroyed with callbacks pending, promises still in flight or queued when a fatal error ends the request
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/client.inc';
$gw = wechatpay_gateway();
$i = wechatpay_test_instance($gw);
class Noisy
{
    public function __toString(): string { echo "never: __toString\n"; return 'x'; }
    public function __invoke() { echo "never: __invoke\n"; }
}
// destroyed mid-script: a client with transfers in flight and callbacks on them, a promise with queued callbacks
$client = wechatpay_test_instance($gw, ['headers' => ['X-Noisy' => 'static']]);
$client->v3->a->getAsync(['headers' => ['X-Gateway-Mode' => 'sleep:0.3']])->then(new Noisy, new Noisy);
$client->v3->b->getAsync()->then(function () { echo "never: then() of a destroyed client\n"; });
unset($client);
$settled = $i->v3->settled->getAsync();
$settled->wait();
// (a callback queued on a settled promise is the queue's, as in Guzzle: it runs at the next wait, not at unset)
$queued = $settled->then(function () { echo "queued callback runs at the next wait\n"; });
unset($queued);
gc_collect_cycles();
echo "destroyed without running anything\n";

// ended by a fatal error inside a callback: the rest of the queue and the transfers in flight run nothing
register_shutdown_function(function () { echo "shutdown function (user code the script registered) runs\n"; });
$pending = $i->v3->pending->getAsync(['headers' => ['X-Gateway-Mode' => 'sleep:1']]);
$pending->then(function () { echo "never: in flight at the fatal error\n"; });
$p = $i->v3->fatal->getAsync();
$p->then(function () { trigger_error('fatal inside a callback', E_USER_ERROR); });
$p->then(function () { echo "never: queued behind the fatal error\n"; });
$p->wait();
echo "never printed\n";
?>
--EXPECTF--
destroyed without running anything
queued callback runs at the next wait

Fatal error: fatal inside a callback in %s on line %d
shutdown function (user code the script registered) runs
