--TEST--
Connections after pcntl_fork(): the child opens its own (HTTP and HTTPS), never touches the parent's, and the parent keeps using its connections (TLS intact) afterwards; a transfer in flight at the fork completes in the parent only
--EXTENSIONS--
wechatpay
pcntl
--FILE--
<?php
require __DIR__ . '/inc/client.inc';
$log = tempnam(sys_get_temp_dir(), 'wechatpay-log-');
$childReport = tempnam(sys_get_temp_dir(), 'wechatpay-child-');
$gw = wechatpay_gateway(['WECHATPAY_GATEWAY_LOG' => $log]);
$tls = wechatpay_tls_gateway($gw);
$http = wechatpay_test_instance($gw);
$https = wechatpay_test_instance($gw, ['base_uri' => $tls['base_uri'], 'verify' => $gw['tls_ca']]);

$http->v3->parent->before->get();
$https->v3->tls->parent->before->get();
$inFlight = $http->v3->parent->inflight->getAsync(['headers' => ['X-Gateway-Mode' => 'sleep:0.3']]);

$pid = pcntl_fork();
if ($pid === 0) {
    $report = [];
    try {
        $inFlight->wait();
        $report[] = 'in flight: fulfilled in the child';
    } catch (\Throwable $e) {
        $report[] = 'in flight: ' . get_class($e) . ' in the child';
    }
    $report[] = 'inherited client: ' . $http->v3->child->inherited->get()->getStatusCode();
    $report[] = 'fresh client: ' . wechatpay_test_instance($gw)->v3->child->fresh->get()->getStatusCode();
    $report[] = 'inherited https client: ' . $https->v3->tls->child->inherited->get()->getStatusCode();
    $report[] = 'child async: ' . $http->v3->child->async->getAsync()->wait()->getStatusCode();
    file_put_contents($childReport, implode("\n", $report) . "\n");
    exit(0);
}
pcntl_waitpid($pid, $status);
echo file_get_contents($childReport), 'child exit status: ', pcntl_wexitstatus($status), "\n";
echo 'in flight, in the parent: ', $inFlight->wait()->getStatusCode(), "\n";
echo 'parent after: ', $http->v3->parent->after->get()->getStatusCode(), ' ',
    $https->v3->tls->parent->after->get()->getStatusCode(), "\n";

$port = [];
foreach (file($log, FILE_IGNORE_NEW_LINES) as $line) {
    [, $target, $client] = explode(' ', $line);
    $port[$target] = $client;
}
$targets = array_keys($port);
sort($targets);
echo 'requests seen: ', implode(' ', $targets), "\n";
$parentPorts = [$port['/v3/parent/before'], $port['/v3/parent/inflight'], $port['/v3/parent/after'],
    $port['/v3/tls/parent/before'], $port['/v3/tls/parent/after']];
$childPorts = [$port['/v3/child/inherited'], $port['/v3/child/fresh'], $port['/v3/child/async'], $port['/v3/tls/child/inherited']];
echo 'parent kept its connections: ', var_export($port['/v3/parent/before'] === $port['/v3/parent/after']
    && $port['/v3/tls/parent/before'] === $port['/v3/tls/parent/after'], true), "\n";
echo 'child used none of them: ', var_export(array_intersect($childPorts, $parentPorts) === [], true), "\n";
echo 'child reused its own: ', var_export($port['/v3/child/inherited'] === $port['/v3/child/fresh']
    && $port['/v3/child/fresh'] === $port['/v3/child/async'], true), "\n";
unlink($log);
unlink($childReport);
?>
--EXPECT--
in flight: WeChatPay\Exception\RequestException in the child
inherited client: 200
fresh client: 200
inherited https client: 200
child async: 200
child exit status: 0
in flight, in the parent: 200
parent after: 200 200
requests seen: /v3/child/async /v3/child/fresh /v3/child/inherited /v3/parent/after /v3/parent/before /v3/parent/inflight /v3/tls/child/inherited /v3/tls/parent/after /v3/tls/parent/before
parent kept its connections: true
child used none of them: true
child reused its own: true
