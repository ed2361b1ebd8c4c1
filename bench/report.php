<?php
// bench/report.php: turns the measurements bench/run.sh collected into its one table (Markdown): for
// every measure, each implementation's median [min-max] over the repeats, the ratio, the target and
// PASS/MISS. bench/README.md says what every row measures.
// Usage: php -n bench/report.php RESULTS_FILE REQUESTS LONG_REQUESTS FPM_WORKERS
// Input: one line per value, "WORKLOAD IMPLEMENTATION KEY VALUE", in the order of the repeats (the
// n-th line of one WORKLOAD IMPLEMENTATION KEY is from the n-th repeat).
declare(strict_types=1);

[, $file, $requests, $longRequests, $fpmWorkers] = $argv + [null, null, '2000', '0', '2'];
$values = [];
foreach (file($file, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) as $line) {
    [$workload, $implementation, $key, $value] = explode(' ', $line);
    $values["$workload $implementation $key"][] = (float) $value;
}
$withSdk = isset($values['sync_http sdk req_per_s']);

// The values of one workload, implementation and key, one per repeat ([] when not measured).
$get = static fn (string $workload, string $implementation, string $key): array =>
    $values["$workload $implementation $key"] ?? [];
// Per-repeat a - b (both measured in the same repeats).
$minus = static fn (array $a, array $b): array => count($a) === count($b) ? array_map(static fn ($x, $y) => $x - $y, $a, $b) : [];
$median = static function (array $v): float {
    sort($v);
    $middle = intdiv(count($v), 2);
    return count($v) % 2 ? $v[$middle] : ($v[$middle - 1] + $v[$middle]) / 2;
};
$cell = static fn (array $v, int $decimals = 0): string => $v === [] ? '—' : (count($v) === 1
    ? number_format($median($v), $decimals, '.', '')
    : sprintf("%.{$decimals}f [%.{$decimals}f–%.{$decimals}f]", $median($v), min($v), max($v)));

$rows = [];
// row(LABEL, EXTENSION, FLOOR, SDK, RATIO, TARGET_TEXT, PASSES, DECIMALS): RATIO null = no ratio;
// PASSES null = no target.
$row = static function (string $label, array $ext, array $floor, array $sdk, ?float $ratio, string $target,
        ?bool $passes, int $decimals = 0) use (&$rows, $cell, $median): void {
    $extVsSdk = $ext !== [] && $sdk !== [] && $median($sdk) != 0.0 ? sprintf('%.2f', $median($ext) / $median($sdk)) : '—';
    $rows[] = [$label, $cell($ext, $decimals), $cell($floor, $decimals), $cell($sdk, $decimals),
        $ratio === null ? '—' : sprintf('%.3f', $ratio), $target,
        $passes === null ? '' : ($passes ? 'PASS' : '**MISS**'), $extVsSdk];
};
$ratio = static fn (array $a, array $b): ?float => $a === [] || $b === [] ? null : $median($a) / $median($b);

foreach (['http' => 'HTTP', 'https' => 'HTTPS'] as $scheme => $name) {
    $r = $ratio($get("sync_$scheme", 'extension', 'req_per_s'), $get("sync_$scheme", 'floor', 'req_per_s'));
    $row("(a) $requests sync calls, $name keep-alive: req/s", $get("sync_$scheme", 'extension', 'req_per_s'),
        $get("sync_$scheme", 'floor', 'req_per_s'), $get("sync_$scheme", 'sdk', 'req_per_s'), $r, 'ext/floor ≥ 0.95', $r !== null && $r >= 0.95);
}
foreach (['http' => 'HTTP', 'https' => 'HTTPS'] as $scheme => $name) {
    $r = $ratio($get("sync_$scheme", 'extension', 'cpu_us_per_req'), $get("sync_$scheme", 'floor', 'cpu_us_per_req'));
    $row("(a) $requests sync calls, $name: client CPU µs/call", $get("sync_$scheme", 'extension', 'cpu_us_per_req'),
        $get("sync_$scheme", 'floor', 'cpu_us_per_req'), $get("sync_$scheme", 'sdk', 'cpu_us_per_req'), $r, 'ext/floor ≤ 1.05', $r !== null && $r <= 1.05);
}
$r = $ratio($get('async_http', 'extension', 'req_per_s'), $get('async_http', 'floor', 'req_per_s'));
$row("(b) $requests postAsync, 50 in flight, HTTP: req/s", $get('async_http', 'extension', 'req_per_s'),
    $get('async_http', 'floor', 'req_per_s'), $get('async_http', 'sdk', 'req_per_s'), $r, 'ext/floor ≥ 0.95', $r !== null && $r >= 0.95);
$r = $ratio($get('async_http', 'extension', 'cpu_us_per_req'), $get('async_http', 'floor', 'cpu_us_per_req'));
$row('(b) the same: client CPU µs/call', $get('async_http', 'extension', 'cpu_us_per_req'),
    $get('async_http', 'floor', 'cpu_us_per_req'), $get('async_http', 'sdk', 'cpu_us_per_req'), $r, '', null);

$row("(c) bare `php -r ''`, same ini: ms/process", $get('cold_http', 'extension-bare', 'ms'), [],
    $get('cold_http', 'sdk-bare', 'ms'), null, '', null, 1);
foreach (['http' => 'HTTP', 'https' => 'HTTPS'] as $scheme => $name) {
    $ext = $minus($get("cold_$scheme", 'extension', 'ms'), $get('cold_http', 'extension-bare', 'ms'));
    $sdk = $minus($get("cold_$scheme", 'sdk', 'ms'), $get('cold_http', 'sdk-bare', 'ms'));
    $r = $ratio($ext, $get("cold_$scheme", 'floor', 'ms'));
    $row("(c) cold start, one verified $name call: ms/process (PHP: minus bare)", $ext, $get("cold_$scheme", 'floor', 'ms'),
        $sdk, $r, '(ext−bare)/floor ≤ 1.5', $r !== null && $r <= 1.5, 1);
}

$heap = $get('sync_http', 'extension', 'peak_heap_kib');
$row("(d) peak PHP heap above start, after $requests sync HTTP: KiB", $heap, [], $get('sync_http', 'sdk', 'peak_heap_kib'),
    null, 'ext ≤ 300 KiB', $heap !== [] && $median($heap) <= 300);
$row("(d) peak PHP heap above start, after $requests async: KiB", $get('async_http', 'extension', 'peak_heap_kib'), [],
    $get('async_http', 'sdk', 'peak_heap_kib'), null, '', null);
foreach (['sync_http' => "$requests sync HTTP", 'sync_https' => "$requests sync HTTPS", 'async_http' => "$requests async"] as $workload => $name) {
    $row("(d) process RSS after $name: KiB", $get($workload, 'extension', 'rss_kib'), $get($workload, 'floor', 'rss_kib'),
        $get($workload, 'sdk', 'rss_kib'), $ratio($get($workload, 'extension', 'rss_kib'), $get($workload, 'floor', 'rss_kib')), '', null);
}
$growth = $minus($get('long_http', 'extension', 'rss_kib'), $get('long_http', 'extension', "rss_kib_at_$requests"));
$partial = (int) $longRequests < 100000 ? ' (PARTIAL: not the 100,000 of the target)' : '';
$row(sprintf('(d) RSS growth from call %s to call %s, one process: KiB%s', $requests, number_format((int) $longRequests), $partial),
    $growth, [], [], null, 'ext ≤ 1024 KiB', $growth !== [] && $median($growth) <= 1024);

$network = $get('net_http', 'floor', 'cpu_us_per_req');
$ext = $minus($get('sync_http', 'extension', 'cpu_us_per_req'), $network);
$floor = $minus($get('sync_http', 'floor', 'cpu_us_per_req'), $network);
$sdk = $minus($get('sync_http', 'sdk', 'cpu_us_per_req'), $network);
$r = $ratio($ext, $floor);
$row('(e) non-network CPU µs/call: (a) HTTP CPU minus the floor\'s network-only CPU', $ext, $floor, $sdk, $r,
    'ext/floor ≤ 1.05', $r !== null && $r <= 1.05);
$row('(e) the floor\'s network-only CPU µs/call (subtracted above)', [], $network, [], null, '', null);
$row('(e) check: the floor\'s sign + verify with no I/O, CPU µs/call', [], $get('cpu_only', 'floor', 'cpu_us_per_req'), [], null, '', null);

$fpmExt = $get('fpm', 'extension', 'req_per_s');
$fpmSdk = $get('fpm', 'sdk', 'req_per_s');
$r = $ratio($fpmExt, $fpmSdk);
$row("(f) PHP-FPM, $fpmWorkers workers, a page = factory from key files + 1 HTTPS call: pages/s", $fpmExt, [], $fpmSdk, $r,
    'ext/SDK ≥ 3', $r === null ? null : $r >= 3);
$handshakes = $get('fpm', 'extension', 'handshakes');
$row('(f) the same: TLS handshakes the gateway saw per timed run (new connections)', $handshakes, [],
    $get('fpm', 'sdk', 'handshakes'), null, "ext ≤ $fpmWorkers (one per worker)", $handshakes !== [] && $median($handshakes) <= (int) $fpmWorkers);
$row('(f) the same: of which full (not resumed) handshakes', $get('fpm', 'extension', 'full_handshakes'), [],
    $get('fpm', 'sdk', 'full_handshakes'), null, '', null);

$header = ['measure', 'extension median [min–max]', 'floor', 'SDK', 'ratio', 'target', 'result', 'ext/SDK'];
$print = static fn (array $cells): string => '| ' . implode(' | ', $cells) . " |\n";
echo $print($header), $print(array_fill(0, count($header), '---'));
foreach ($rows as $cells) {
    echo $print($cells);
}
if (!$withSdk) {
    echo "\nNo SDK columns: set WECHATPAY_SDK_AUTOLOAD to the autoload.php of a wechatpay/wechatpay copy.\n";
}
