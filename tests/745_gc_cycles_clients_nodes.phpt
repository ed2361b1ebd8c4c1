--TEST--
Hardening: cycles through clients, nodes, closures and promises (a then() callback capturing its client and its own promise, a node holding a closure over itself, a client dropped with a transfer in flight) are collected: memory flat over 800 rounds
--EXTENSIONS--
wechatpay
--INI--
memory_limit=256M
--FILE--
<?php
require __DIR__ . '/inc/promise.inc';
$gw = wechatpay_gateway();
$config = wechatpay_test_config($gw);
$settled = wechatpay_test_promise('base');
$settled->wait();

// a client, a cached node holding a closure over itself and the client, a then() callback that
// captures the client and the promise it returns: every object is only reachable from the cycle
function round_of_cycles(array $config, WeChatPay\Http\Promise $settled): void
{
    $client = \WeChatPay\Builder::factory($config);
    $node = $client->v3->pay->transactions->outTradeNo->_out_trade_no_;
    $node['callback'] = function () use ($node, $client) { return [$node, $client]; };
    $node[] = $client;
    $promise = $settled->then(function ($value) use ($client, &$promise, $node) { return [$client, $promise, $node]; });
    $promise->wait();
    $other = $settled->then(function () use (&$other, $client) { return $client; });
    $client->getDriver();
}
// a client dropped while its request is in flight, its callback capturing the client and the promise
function round_in_flight(array $config): void
{
    $client = \WeChatPay\Builder::factory($config);
    $promise = $client->v3->inflight->getAsync(['headers' => ['X-Gateway-Mode' => 'sleep:1']]);
    $promise = $promise->then(function () use ($client, &$promise) { echo "never runs\n"; return [$client, $promise]; });
}

for ($n = 0; $n < 100; $n++) {
    round_of_cycles($config, $settled);
}
gc_collect_cycles();
$before = memory_get_usage();
$collected = gc_status()['collected'];
for ($n = 0; $n < 400; $n++) {
    round_of_cycles($config, $settled);
}
for ($n = 0; $n < 20; $n++) {
    round_in_flight($config);
}
wechatpay_test_drain();
$growth = memory_get_usage() - $before;
$collected = gc_status()['collected'] - $collected;
var_dump($collected >= 400 * 5 ? 'collected' : "collected only $collected");
var_dump($growth < 48 * 1024 ? 'flat' : "grew by $growth bytes");
// a second batch grows nothing either
$before = memory_get_usage();
for ($n = 0; $n < 400; $n++) {
    round_of_cycles($config, $settled);
}
wechatpay_test_drain();   // runs the last round's queued callback, which still holds its cycle, then collects
$growth = memory_get_usage() - $before;
var_dump($growth < 24 * 1024 ? 'flat' : "grew by $growth bytes");
?>
--EXPECT--
string(9) "collected"
string(4) "flat"
string(4) "flat"
