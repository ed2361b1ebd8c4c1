--TEST--
Hardening: CR, LF or NUL in a header name or value, a path segment, base_uri or query string are rejected before anything is sent (the gateway log stays empty)
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/client.inc';
$log = tempnam(sys_get_temp_dir(), 'wechatpay-740-');
$gw = wechatpay_gateway(['WECHATPAY_GATEWAY_LOG' => $log]);
$i = wechatpay_test_instance($gw);
$base = $gw['base_uri'];
$port = $gw['port'];

foreach (['CR' => "\r", 'LF' => "\n", 'NUL' => "\0"] as $name => $c) {
    $cases = [
        'header name' => fn(string $verb) => $i->v3->echo->$verb(['headers' => ["X-A{$c}X-Injected" => 'v']]),
        'header value' => fn(string $verb) => $i->v3->echo->$verb(['headers' => ['X-A' => "v{$c}X-Injected: 1"]]),
        'header list item' => fn(string $verb) => $i->v3->echo->$verb(['headers' => ['X-A' => ['ok', "v{$c}"]]]),
        'configured header' => fn(string $verb) => wechatpay_test_instance($gw, ['headers' => ['X-A' => "v{$c}w"]])->v3->echo->$verb(),
        'segment (property)' => fn(string $verb) => $i->v3->{"echo{$c}x"}->$verb(),
        'segment (chain)' => fn(string $verb) => $i->chain("v3/echo{$c} HTTP/1.1")->$verb(),
        'segment (offset)' => fn(string $verb) => $i["v3/echo{$c}x"]->$verb(),
        'base_uri path' => fn(string $verb) => $i->v3->echo->$verb(['base_uri' => "{$base}x{$c}y/"]),
        'base_uri host' => fn(string $verb) => $i->v3->echo->$verb(['base_uri' => "http://127.0.0.1{$c}:$port/"]),
        'configured base_uri' => fn(string $verb) => wechatpay_test_instance($gw, ['base_uri' => "{$base}{$c}"])->v3->echo->$verb(),
        'query string' => fn(string $verb) => $i->v3->echo->$verb(['query' => "a=1{$c}"]),
    ];
    foreach ($cases as $case => $call) {
        foreach (['get', 'postAsync'] as $verb) {
            try {
                $result = $call($verb);
                if ($result instanceof \WeChatPay\Http\Promise) {
                    $result = $result->wait();
                }
                echo "$name $case $verb: SENT\n";
            } catch (\Throwable $e) {
                $messages[$name === 'CR' ? "$case: " . get_class($e) . ': ' . str_replace(["\r", "\n", "\0"], ['\r', '\n', '\0'], $e->getMessage()) : ''] = 1;
                $count = ($count ?? 0) + 1;
            }
        }
    }
}
unset($messages['']);
echo implode("\n", array_keys($messages)), "\n";
echo "rejected: $count of ", 3 * 11 * 2, "\n";
// nothing of the above reached the gateway; a well-formed request afterwards does, on a clean connection
var_dump(file_get_contents($log));
var_dump(wechatpay_echo($i->v3->echo->get(['headers' => ['X-A' => "tab\tand DEL-free text"]]))['headers']['x-a']);
echo file_get_contents($log);
unlink($log);
?>
--EXPECTF--
header name: WeChatPay\Exception\InvalidArgumentException: "(unprintable)" is not valid header name.
header value: WeChatPay\Exception\InvalidArgumentException: A header value must not contain CR, LF, NUL or other control characters.
header list item: WeChatPay\Exception\InvalidArgumentException: A header value must not contain CR, LF, NUL or other control characters.
configured header: WeChatPay\Exception\InvalidArgumentException: A header value must not contain CR, LF, NUL or other control characters.
segment (property): InvalidArgumentException: The request URI and query must not contain CR, LF or NUL bytes
segment (chain): InvalidArgumentException: The request URI and query must not contain CR, LF or NUL bytes
segment (offset): InvalidArgumentException: The request URI and query must not contain CR, LF or NUL bytes
base_uri path: InvalidArgumentException: The request URI and query must not contain CR, LF or NUL bytes
base_uri host: InvalidArgumentException: The request URI and query must not contain CR, LF or NUL bytes
configured base_uri: InvalidArgumentException: The request URI and query must not contain CR, LF or NUL bytes
query string: InvalidArgumentException: The request URI and query must not contain CR, LF or NUL bytes
rejected: 66 of 66
string(0) ""
string(21) "tab	and DEL-free text"
GET /v3/echo %d
