<?php
// bench/report.php: turns the measurements bench/run.sh collected into its tables (Markdown).
// Usage: php -n bench/report.php RESULTS_FILE
// Input: one line per run, "WORKLOAD IMPLEMENTATION REQ_PER_S CPU_US_PER_REQ", where WORKLOAD is sync or
// async and IMPLEMENTATION is extension, floor or sdk (sdk only when the SDK was measured).
declare(strict_types=1);

$runs = [];
foreach (file($argv[1], FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) as $line) {
    [$workload, $implementation, $rate, $cpu] = explode(' ', $line);
    $runs[$workload][$implementation]['rate'][] = (float) $rate;
    $runs[$workload][$implementation]['cpu'][] = (float) $cpu;
}

$median = static function (array $values): float {
    sort($values);
    $middle = intdiv(count($values), 2);
    return count($values) % 2 ? $values[$middle] : ($values[$middle - 1] + $values[$middle]) / 2;
};
$spread = static fn (array $values): string =>
    sprintf('%.0f [%.0f-%.0f]', $median($values), min($values), max($values));
$ratio = static fn (array $a, array $b): string => sprintf('%.2f', $median($a) / $median($b));
$row = static fn (array $cells): string => '| ' . implode(' | ', $cells) . " |\n";

$labels = ['sync' => '(a) sync, sequential post()', 'async' => '(b) async, postAsync() 50 in flight'];
$withSdk = isset($runs['sync']['sdk']);

// One table of one metric: each implementation's median [min-max], and the extension's ratios to the others.
$table = static function (string $title, string $metric, string $unit) use ($runs, $labels, $withSdk, $spread, $ratio, $row): void {
    $header = [$title, "extension $unit median [min-max]", "floor $unit", 'extension/floor'];
    if ($withSdk) {
        array_push($header, "SDK $unit", 'extension/SDK');
    }
    echo $row($header), $row(array_fill(0, count($header), '---'));
    foreach ($labels as $workload => $label) {
        $extension = $runs[$workload]['extension'][$metric];
        $floor = $runs[$workload]['floor'][$metric];
        $cells = [$label, $spread($extension), $spread($floor), $ratio($extension, $floor)];
        if ($withSdk) {
            $sdk = $runs[$workload]['sdk'][$metric];
            array_push($cells, $spread($sdk), $ratio($extension, $sdk));
        }
        echo $row($cells);
    }
};

$table('workload', 'rate', 'req/s');
echo "\n";
$table('client CPU per request', 'cpu', 'µs');
