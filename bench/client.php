<?php
// bench/client.php: the PHP side of bench/run.sh. Runs the seed request of examples/seed.php, written
// as merchant code for wechatpay/wechatpay is, N times, and prints one line in bench/floor.c's format:
//   requests=N failures=F seconds=S req_per_s=R cpu_us_per_req=C rss_kib=K peak_heap_kib=H [rss_kib_at_M=K2]
// The same script measures the extension (php -n -d extension=wechatpay.so) and the PHP SDK
// (php -n -d extension=curl, WECHATPAY_AUTOLOAD=the SDK's autoload.php).
//
// Usage: php bench/client.php sync N [M]      N sequential post() calls; with M, also the RSS after
//                                             the first M timed calls (rss_kib_at_M)
//        php bench/client.php async N WINDOW  N postAsync() calls, WINDOW in flight: the oldest is
//                                             waited on before the next one starts
//        php bench/client.php once            a cold process: build the client, one verified call,
//                                             print nothing (exit status 2 if it fails)
// Config: the WECHATPAY_* environment variables examples/seed.php reads; WECHATPAY_AUTOLOAD optional;
// WECHATPAY_CAINFO optional (the CA bundle for an https:// base URI: the `verify` option).
// The client is built once and one untimed warm-up call precedes the timed ones (exit status 2 if it
// fails). Only the timed calls count in seconds and CPU (getrusage user+sys of this process). Exit
// status 1 when any timed call failed. rss_kib: VmRSS after the timed calls; peak_heap_kib:
// memory_get_peak_usage() at the end minus memory_get_usage() at the first line of this script (what
// the client, its calls and any autoloaded code added to the PHP heap at its peak).
declare(strict_types=1);

$heapAtStart = memory_get_usage();

if ($autoload = getenv('WECHATPAY_AUTOLOAD')) {
    require $autoload;
}

$mode = $argv[1] ?? '';
[$calls, $window] = $mode === 'once' ? [1, 1] : [(int) ($argv[2] ?? 0), (int) ($argv[3] ?? ($mode === 'sync' ? 0 : 1))];
if (!in_array($mode, ['sync', 'async', 'once'], true) || $calls < 1 || $window < 0 || ($mode === 'async' && $window < 1)) {
    fwrite(STDERR, "usage: php bench/client.php sync N [M] | async N WINDOW | once\n");
    exit(2);
}
$checkpoint = $mode === 'sync' ? $window : 0; // sync: the RSS checkpoint M (0: none)

$config = [
    'mchid' => getenv('WECHATPAY_MCHID'),
    'serial' => getenv('WECHATPAY_MERCHANT_SERIAL'),
    'privateKey' => file_get_contents(getenv('WECHATPAY_MERCHANT_KEY')),
    'certs' => [getenv('WECHATPAY_PLATFORM_SERIAL') => file_get_contents(getenv('WECHATPAY_PLATFORM_CERT'))],
    'base_uri' => getenv('WECHATPAY_BASE_URI'),
];
if ($cainfo = getenv('WECHATPAY_CAINFO')) {
    $config['verify'] = $cainfo;
}
$instance = \WeChatPay\Builder::factory($config);

$json = ['out_apply_no' => 'No123456', 'sub_mchid' => '1900000109', 'agreement_list' => [[
    'agreement_code' => '微信支付运营功能服务协议（平台二级商户）', 'agreement_version' => '20240815',
    'sign_organization' => '温州名优贸易', 'sign_time' => '2024-08-08T10:34:56+08:00']]];

$failures = 0;
// Counts a call that did not end in a verified 200 reply; tells the first one on stderr.
$settle = static function (callable $call) use (&$failures): void {
    try {
        $response = $call();
        $problem = $response->getStatusCode() === 200 ? null : 'HTTP ' . $response->getStatusCode();
    } catch (\Throwable $e) {
        $problem = get_class($e) . ': ' . $e->getMessage();
    }
    if ($problem !== null && $failures++ === 0) {
        fwrite(STDERR, "client: call failed: $problem\n");
    }
};

$rssKib = static function (): int {
    return preg_match('/^VmRSS:\s+(\d+)/m', (string) @file_get_contents('/proc/self/status'), $m) ? (int) $m[1] : 0;
};
$rssAtCheckpoint = null;

$runSync = static function (int $calls) use ($instance, $json, $settle, $checkpoint, $rssKib, &$rssAtCheckpoint): void {
    for ($i = 0; $i < $calls; $i++) {
        $settle(static fn () => $instance->v3->platsolution->ecommerce->insuranceCompensationContracts->post(['json' => $json]));
        if ($i + 1 === $checkpoint) {
            $rssAtCheckpoint = $rssKib();
        }
    }
};

$runAsync = static function (int $calls) use ($instance, $json, $settle, $window): void {
    $inFlight = []; // slot => promise; slot i % WINDOW holds the oldest promise when call i starts
    for ($i = 0; $i < $calls; $i++) {
        $slot = $i % $window;
        if (isset($inFlight[$slot])) {
            $settle(static fn () => $inFlight[$slot]->wait());
        }
        $inFlight[$slot] = $instance->v3->platsolution->ecommerce->insuranceCompensationContracts->postAsync(['json' => $json]);
    }
    for ($i = $calls; $i < $calls + $window; $i++) { // the rest, oldest first
        if (isset($inFlight[$i % $window])) {
            $settle(static fn () => $inFlight[$i % $window]->wait());
        }
    }
};

$cpuSeconds = static function (): float {
    $usage = getrusage();
    return $usage['ru_utime.tv_sec'] + $usage['ru_utime.tv_usec'] / 1e6
        + $usage['ru_stime.tv_sec'] + $usage['ru_stime.tv_usec'] / 1e6;
};

$run = $mode === 'async' ? $runAsync : $runSync;
$run(1); // warm-up (in `once` mode, the one call)
if ($failures) {
    fwrite(STDERR, "client: the warm-up call failed\n");
    exit(2);
}
if ($mode === 'once') {
    exit(0);
}
$wall = hrtime(true);
$cpu = $cpuSeconds();
$run($calls);
$wall = (hrtime(true) - $wall) / 1e9;
$cpu = $cpuSeconds() - $cpu;

printf("requests=%d failures=%d seconds=%.6f req_per_s=%.1f cpu_us_per_req=%.1f rss_kib=%d peak_heap_kib=%.1f%s\n",
    $calls, $failures, $wall, $calls / $wall, $cpu * 1e6 / $calls, $rssKib(),
    (memory_get_peak_usage() - $heapAtStart) / 1024,
    $rssAtCheckpoint === null ? '' : " rss_kib_at_$checkpoint=$rssAtCheckpoint");
exit($failures ? 1 : 0);
