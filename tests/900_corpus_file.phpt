--TEST--
Endpoint corpus: tests/corpus/endpoints.tsv is well-formed, the v2 and v3 parts cover every row once, and the test-side expansion matches the SDK's documented targets
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/corpus.inc';
$rows = wechatpay_corpus_rows();
echo count($rows), " rows\n";
$count = [];
foreach ($rows as $row) {
    $count["{$row['api']} {$row['method']}"] = ($count["{$row['api']} {$row['method']}"] ?? 0) + 1;
}
ksort($count);
echo json_encode($count), "\n";

// each row: the chain and the path name one endpoint; its placeholders are the path's {names}, in order
$bad = 0;
foreach ($rows as $id => $row) {
    preg_match_all('/\{([a-z0-9_]+)\}/', $row['declarative'], $names);
    $segments = explode('->', $row['chain']);
    $holes = array_values(array_filter($segments, static fn(string $s): bool => preg_match('/^_.+_$/', $s) === 1));
    $problems = array_filter([
        'method' => !in_array($row['method'], ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'], true),
        'api' => !in_array($row['api'], ['v2', 'v3'], true) || $segments[0] !== $row['api'] || !str_starts_with($row['declarative'], "{$row['api']}/"),
        'placeholders' => $names[1] !== $row['placeholders'],
        'chain placeholders' => array_map(static fn(string $s): string => substr($s, 1, -1), $holes) !== $row['placeholders'],
        'segments' => count($segments) !== substr_count($row['declarative'], '/') + 1,
    ]);
    if ($problems) {
        $bad++;
        echo "row $id: ", implode(', ', array_keys($problems)), "\n";
    }
}
echo "malformed rows: $bad\n";

// the v2 and v3 parts partition the rows of their API, and each part has its phpt file
foreach (['v2' => WECHATPAY_CORPUS_V2_PARTS, 'v3' => WECHATPAY_CORPUS_V3_PARTS] as $api => $parts) {
    $covered = [];
    for ($part = 1; $part <= $parts; $part++) {
        foreach (array_keys(wechatpay_corpus_part($api, $part, $parts)) as $id) {
            $covered[$id] = ($covered[$id] ?? 0) + 1;
        }
    }
    $all = array_keys(array_filter($rows, static fn(array $row): bool => $row['api'] === $api));
    printf("%s: %d parts, every row once: %s, files: %d\n", $api, $parts, var_export(array_keys($covered) === $all && max($covered) === 1, true),
        count(glob(__DIR__ . "/9[0-9][0-9]_corpus_{$api}_part[0-9][0-9].phpt")));
}

// placeholder values: distinct across the whole corpus, and made of what rawurlencode() escapes
$values = [];
foreach ($rows as $id => $row) {
    foreach ($row['placeholders'] as $name) {
        $values[] = wechatpay_corpus_value($id, $name);
    }
}
var_dump(count($values) === count(array_unique($values)));
echo wechatpay_corpus_expand('v3/x/{a}/y/{b}', ['a' => wechatpay_corpus_value(7, 'a')]), "\n";
// the SDK's documented targets (sdk-behaviour §4.4 rows 7, 28, 30)
echo wechatpay_corpus_expand('v3/pay/transactions/id/{transaction_id}', ['transaction_id' => '1217752501201407033233368018']), "\n";
echo wechatpay_corpus_expand('v3/marketing/favor/users/{openid}/coupons', ['openid' => 'Ab/c d+e%2F中']), "\n";
echo wechatpay_corpus_expand('v3/applyment4sub/applyment/{empty}', []), "\n";
?>
--EXPECT--
685 rows
{"v2 GET":2,"v2 POST":77,"v3 DELETE":8,"v3 GET":245,"v3 PATCH":15,"v3 POST":334,"v3 PUT":4}
malformed rows: 0
v2: 2 parts, every row once: true, files: 2
v3: 10 parts, every row once: true, files: 10
bool(true)
v3/x/a%3Dr7%20%E4%B8%AD%2F%3F%23%5B%5D%40%21%24%26%27%28%29%2A%2B%2C%3B%25~./y/
v3/pay/transactions/id/1217752501201407033233368018
v3/marketing/favor/users/Ab%2Fc%20d%2Be%252F%E4%B8%AD/coupons
v3/applyment4sub/applyment/
