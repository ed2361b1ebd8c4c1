--TEST--
Hardening: after pcntl_fork() parent and child each complete sync and async requests on their own connections (distinct client ports in the gateway log, the parent keeps its keep-alive connection); a transfer in flight at the fork fails in the child instead of hanging
--EXTENSIONS--
wechatpay
pcntl
--FILE--
<?php
require __DIR__ . '/inc/client.inc';
$log = tempnam(sys_get_temp_dir(), 'wechatpay-746-');
$gw = wechatpay_gateway(['WECHATPAY_GATEWAY_LOG' => $log]);
$i = wechatpay_test_instance($gw);
$target = fn($response) => wechatpay_echo($response)['target'];

echo $target($i->v3->parent->beforeSync->get()), ' ', $target($i->v3->parent->beforeAsync->getAsync()->wait()), "\n";
$inflight = $i->v3->parent->inflight->getAsync(['headers' => ['X-Gateway-Mode' => 'sleep:0.5']]);
$cancelled = $i->v3->parent->cancelled->getAsync(['headers' => ['X-Gateway-Mode' => 'sleep:0.5']]);
$pid = pcntl_fork();
if ($pid === 0) {
    pcntl_alarm(20);   // a hang fails the test instead of blocking it
    $cancelled->cancel();   // first thing: the parent's handles are not touched
    $out = ['cancelled in the child: ' . $cancelled->getState(), $target($i->v3->child->sync->get()), $target($i->v3->child->async->getAsync()->wait())];
    $batch = [$i->v3->child->a1->getAsync(), $i->v3->child->a2->getAsync(), $i->v3->child->a3->getAsync()];
    foreach ($batch as $promise) {
        $out[] = $target($promise->wait());
    }
    try {
        $inflight->wait();
        $out[] = 'inherited transfer: fulfilled in the child';
    } catch (\Throwable $e) {
        $out[] = 'inherited transfer: ' . get_class($e) . ': ' . $e->getMessage();
    }
    $out[] = $target($i->v3->child->last->get());
    file_put_contents("$log.child", implode("\n", $out) . "\n");
    exit(0);   // the gateway belongs to the parent (gateway.inc's shutdown function knows)
}
echo $target($inflight->wait()), ' ', $target($cancelled->wait()), "\n";
$asyncAfter = $i->v3->parent->afterAsync->getAsync();
echo $target($i->v3->parent->afterSync->get()), ' ', $target($asyncAfter->wait()), "\n";
pcntl_waitpid($pid, $status);
var_dump(pcntl_wifexited($status) && pcntl_wexitstatus($status) === 0);
echo file_get_contents("$log.child");

// who used which client port
$ports = ['parent' => [], 'child' => []];
foreach (file($log, FILE_IGNORE_NEW_LINES) as $line) {
    [, $path, $port] = explode(' ', $line);
    $ports[explode('/', $path)[2]][$path][] = (int) $port;
}
$parentPorts = array_merge(...array_values($ports['parent']));
$childPorts = array_merge(...array_values($ports['child']));
var_dump(count($ports['child']), array_intersect($parentPorts, $childPorts));
// the parent's connections survived the child: after the fork its sync call reuses one opened before it
// (connections are pooled process-wide, so which one is libcurl's choice)
$beforeFork = array_merge($ports['parent']['/v3/parent/before-sync'], $ports['parent']['/v3/parent/before-async'],
    $ports['parent']['/v3/parent/inflight'], $ports['parent']['/v3/parent/cancelled']);
var_dump(in_array($ports['parent']['/v3/parent/after-sync'][0], $beforeFork, true));
unlink($log);
unlink("$log.child");
?>
--EXPECTF--
/v3/parent/before-sync /v3/parent/before-async
/v3/parent/inflight /v3/parent/cancelled
/v3/parent/after-sync /v3/parent/after-async
bool(true)
cancelled in the child: rejected
/v3/child/sync
/v3/child/async
/v3/child/a1
/v3/child/a2
/v3/child/a3
inherited transfer: WeChatPay\Exception\RequestException: cURL error 56: The request was in flight when the process forked; its reply goes to the parent process (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for %s/v3/parent/inflight
/v3/child/last
int(6)
array(0) {
}
bool(true)
