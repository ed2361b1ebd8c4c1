--TEST--
Connections: synchronous and asynchronous calls share the process's connections (sync, async, sync on one connection; an async batch uses it and opens more, which later calls and other clients reuse)
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/client.inc';
$log = tempnam(sys_get_temp_dir(), 'wechatpay-log-');
$gw = wechatpay_gateway(['WECHATPAY_GATEWAY_LOG' => $log]);
/** [target, client port] of each request the gateway saw since the last look, in order */
$requests = static function () use ($log): array {
    $seen = [];
    foreach (file($log, FILE_IGNORE_NEW_LINES) as $line) {
        [, $target, $port] = explode(' ', $line);
        $seen[] = [$target, $port];
    }
    file_put_contents($log, '');
    return $seen;
};

$first = wechatpay_test_instance($gw);
$first->v3->one->get();
$first->v3->two->getAsync()->wait();
$first->v3->three->get();
$second = wechatpay_test_instance($gw);
$second->v3->four->getAsync()->wait();
$seen = $requests();
echo 'sync, async, sync, another client async: ', count($seen), ' requests on ',
    count(array_unique(array_column($seen, 1))), " connection\n";
$opened = $seen[0][1];

// a batch in flight at once: libcurl opens connections for the calls that overlap (how many depends
// on timing: fewer when the process is slow, as under valgrind); the one already open is among them
$batch = [];
for ($n = 0; $n < 5; $n++) {
    $batch[] = $second->v3->batch->_n_->getAsync(['n' => $n, 'headers' => ['X-Gateway-Mode' => 'sleep:0.2']]);
}
foreach ($batch as $promise) {
    $promise->wait();
}
$batchPorts = array_column($requests(), 1);
echo 'batch of 5, the open connection among theirs: ',
    var_export(in_array($opened, $batchPorts, true), true), "\n";

// afterwards every call, sync or async, from any client, goes over one of those connections
$third = wechatpay_test_instance($gw);
$third->v3->after->get();
$first->v3->after->getAsync()->wait();
$second->v3->after->get();
$later = array_column($requests(), 1);
echo 'later calls on batch connections: ', var_export(array_diff($later, $batchPorts) === [], true), "\n";
unlink($log);
?>
--EXPECT--
sync, async, sync, another client async: 4 requests on 1 connection
batch of 5, the open connection among theirs: true
later calls on batch connections: true
