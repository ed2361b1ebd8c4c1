<?php
// scripts/soak.php: a long run against the bundled local gateway to show that memory stays flat. Runs N
// requests (default 100000; a mix of sync gets, signed JSON posts and async batches with then() chains)
// through one client and prints the process's resident set (VmRSS from /proc/self/status) and
// memory_get_usage() at the start, after 2000 requests and at the end. Not part of the phpt suite:
//   php -d extension=modules/wechatpay.so scripts/soak.php [N]
require __DIR__ . '/../tests/inc/client.inc';

$total = (int) ($argv[1] ?? 100000);
if ($total < 2000) {
    fwrite(STDERR, "usage: php scripts/soak.php [N >= 2000]\n");
    exit(2);
}

function rss_kib(): int
{
    preg_match('/^VmRSS:\s+(\d+) kB$/m', file_get_contents('/proc/self/status'), $m);
    return (int) $m[1];
}

function report(string $when, int $done, float $started): void
{
    printf("%-13s requests=%-7d VmRSS=%6d KiB  memory_get_usage=%8d B  %.1f s\n",
        $when, $done, rss_kib(), memory_get_usage(), microtime(true) - $started);
}

// the bundled gateway stops after 600 s (tests/inc/gateway.inc): a fresh one takes over every 500 s,
// reached through the per-request base_uri, so one client serves the whole run
$gw = wechatpay_gateway();
$gatewayStarted = microtime(true);
$instance = wechatpay_test_instance($gw);
$base = ['base_uri' => $gw['base_uri']];
$started = microtime(true);
report('start', 0, $started);
$done = 0;
$failures = 0;
$batch = 8;
while ($done < $total) {
    if (microtime(true) - $gatewayStarted > 500) {
        $base = ['base_uri' => wechatpay_gateway()['base_uri']];
        $gatewayStarted = microtime(true);
    }
    $kind = intdiv($done, $batch) % 3;
    try {
        if ($kind === 0) {
            for ($n = 0; $n < $batch; $n++) {
                $echo = wechatpay_echo($instance->v3->soak->_id_->get($base + ['id' => "ORDER$done-$n", 'query' => ['n' => $n]]));
                $failures += $echo['method'] !== 'GET';
            }
        } elseif ($kind === 1) {
            for ($n = 0; $n < $batch; $n++) {
                $echo = wechatpay_echo($instance->chain('v3/soak/post')->post($base + ['json' => ['n' => $n, 'text' => str_repeat('中', 64)]]));
                $failures += $echo['method'] !== 'POST';
            }
        } else {
            $promises = [];
            for ($n = 0; $n < $batch; $n++) {
                $promises[] = $instance['v3/soak/async']->getAsync($base)->then(static fn($response) => $response->getStatusCode());
            }
            foreach ($promises as $promise) {
                $failures += $promise->wait() !== 200;
            }
        }
    } catch (\Throwable $e) {
        $failures++;
        if ($failures <= 10) {
            fwrite(STDERR, get_class($e) . ': ' . $e->getMessage() . "\n");
        }
    }
    $before = $done;
    $done += $batch;
    if ($before < 2000 && $done >= 2000) {
        report('after 2000', $done, $started);
    }
}
report('end', $done, $started);
echo "failures: $failures\n";
exit($failures === 0 ? 0 : 1);
