--TEST--
Async: 50 requests in flight at once on one multi handle, each verified; sync calls reuse one keep-alive connection
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/client.inc';
$log = tempnam(sys_get_temp_dir(), 'wechatpay-log-');
$gw = wechatpay_gateway(['WECHATPAY_GATEWAY_LOG' => $log]);
$i = wechatpay_test_instance($gw);
$connections = static function () use ($log): array {
    $ports = [];
    foreach (file($log, FILE_IGNORE_NEW_LINES) as $line) {
        [, $target, $port] = explode(' ', $line);
        $ports[$target][$port] = true;
    }
    file_put_contents($log, '');
    return array_map('count', $ports);
};

// 50 promises created before any is waited on; each request holds the gateway for 0.2 s
$promises = [];
for ($n = 0; $n < 50; $n++) {
    $promises[] = $i->v3->batch->_n_->getAsync(['n' => $n, 'headers' => ['X-Gateway-Mode' => 'sleep:0.2']]);
}
$states = array_count_values(array_map(static fn($p) => $p->getState(), $promises));
echo 'before wait: ', json_encode($states), "\n";
$targets = [];
foreach ($promises as $n => $promise) {
    $targets[] = $promise->then(static fn($r) => wechatpay_echo($r)['target'])->wait();
}
echo 'answers in order: ', var_export($targets === array_map(static fn($n) => "/v3/batch/$n", range(0, 49)), true), "\n";
$seen = $connections();
// all 50 were open at once: one connection each (sequential keep-alive calls would share one)
echo 'async connections: ', array_sum($seen) >= 40 ? 'one per request in flight' : json_encode($seen), "\n";

for ($n = 0; $n < 20; $n++) {
    $i->v3->sequential->get();
}
echo 'sync connections for 20 calls: ', $connections()['/v3/sequential'], "\n";

// a failing member of the batch rejects alone
$mixed = [
    $i->v3->ok->getAsync(),
    $i->v3->bad->getAsync(['headers' => ['X-Gateway-Mode' => 'bad-signature']]),
    $i->v3->gone->getAsync(['headers' => ['X-Gateway-Mode' => 'status:404']]),
];
foreach ($mixed as $promise) {
    echo $promise->then(static fn($r) => 'fulfilled ' . $r->getStatusCode(), static fn($e) => 'rejected ' . get_class($e))->wait(), "\n";
}
unlink($log);
?>
--EXPECT--
before wait: {"pending":50}
answers in order: true
async connections: one per request in flight
sync connections for 20 calls: 1
fulfilled 200
rejected WeChatPay\Exception\RequestException
rejected WeChatPay\Exception\ClientException
