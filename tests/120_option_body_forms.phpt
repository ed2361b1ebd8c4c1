--TEST--
Request options: `body` as string, stream resource, Guzzle stream, `form_params`: the gateway checks the signature over exactly the bytes it received, and they are what Guzzle would send
--EXTENSIONS--
wechatpay
--FILE--
<?php
require '/usr/share/php/GuzzleHttp/autoload.php';
require __DIR__ . '/inc/client.inc';
$gw = wechatpay_gateway();
$i = wechatpay_test_instance($gw);

// what Guzzle itself makes of the same options (a handler that returns the request it was given)
function guzzle_body(array $options): array
{
    $seen = null;
    $client = new \GuzzleHttp\Client(['handler' => \GuzzleHttp\HandlerStack::create(function ($request) use (&$seen) {
        $seen = $request;
        return \GuzzleHttp\Promise\Create::promiseFor(new \GuzzleHttp\Psr7\Response(200));
    }), 'headers' => ['Content-Type' => 'application/json; charset=utf-8']]);
    $client->post('http://127.0.0.1/', $options);
    return [(string) $seen->getBody(), $seen->getHeaderLine('Content-Type')];
}

$file = tmpfile();
fwrite($file, "from a file \xE4\xB8\xAD");
fseek($file, 5); // read whole, from the start, as Guzzle's Stream::__toString() does
$memory = fopen('php://memory', 'w+');
fwrite($memory, '{"a":1}');
$cases = [
    'string' => ['body' => 'plain text'],
    'int' => ['body' => 42],
    'resource' => ['body' => $file],
    'memory' => ['body' => $memory],
    'guzzle stream' => ['body' => \GuzzleHttp\Psr7\Utils::streamFor('psr7 stream')],
    'form_params' => ['form_params' => ['a' => 'x y', 'b' => ['1', '2'], 'c' => '中&=']],
    'form_params over body' => ['form_params' => ['k' => 'v'], 'body' => 'ignored'],
    'json over form_params' => ['form_params' => ['k' => 'v'], 'json' => ['j' => 1]],
    'form_params, caller type' => ['form_params' => ['k' => 'v'], 'headers' => ['Content-Type' => 'text/plain']],
];
foreach ($cases as $name => $options) {
    $echo = wechatpay_echo($i->v3->echo->post($options));
    if (isset($options['body']) && is_resource($options['body'])) {
        rewind($options['body']);
    }
    [$body, $type] = guzzle_body($options);
    printf("%s: %s | %s | same as Guzzle: %s\n", $name, $echo['body'], $echo['headers']['content-type'],
        var_export($body === $echo['body'] && $type === $echo['headers']['content-type'], true));
}
// async too
$echo = wechatpay_echo($i->v3->echo->postAsync(['form_params' => ['async' => '1']])->wait());
echo $echo['body'], ' ', $echo['headers']['content-type'], "\n";

// bad values are refused before anything is sent
foreach ([
    'form_params string' => ['form_params' => 'a=1'],
    'form_params and multipart' => ['form_params' => ['a' => 1], 'multipart' => []],
    'closed resource' => ['body' => (function () { $f = fopen('php://memory', 'r'); fclose($f); return $f; })()],
    'non-stream resource' => ['body' => stream_context_create()],
] as $name => $options) {
    try {
        $i->v3->echo->post($options);
        echo "$name: SENT\n";
    } catch (\Throwable $e) {
        echo "$name: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
string: plain text | application/json; charset=utf-8 | same as Guzzle: true
int: 42 | application/json; charset=utf-8 | same as Guzzle: true
resource: from a file 中 | application/json; charset=utf-8 | same as Guzzle: true
memory: {"a":1} | application/json; charset=utf-8 | same as Guzzle: true
guzzle stream: psr7 stream | application/json; charset=utf-8 | same as Guzzle: true
form_params: a=x+y&b%5B0%5D=1&b%5B1%5D=2&c=%E4%B8%AD%26%3D | application/x-www-form-urlencoded | same as Guzzle: true
form_params over body: k=v | application/x-www-form-urlencoded | same as Guzzle: true
json over form_params: {"j":1} | application/json | same as Guzzle: true
form_params, caller type: k=v | text/plain | same as Guzzle: true
async=1 application/x-www-form-urlencoded
form_params string: WeChatPay\Exception\InvalidArgumentException: The "form_params" request option must be an array, string given.
form_params and multipart: InvalidArgumentException: You cannot use form_params and multipart at the same time. Use the form_params option if you want to send application/x-www-form-urlencoded requests, and the multipart option to send multipart/form-data requests.
closed resource: WeChatPay\Exception\InvalidArgumentException: The "body" request option must be a string, a stream resource or a stream object, a resource that is not a stream given.
non-stream resource: WeChatPay\Exception\InvalidArgumentException: The "body" request option must be a string, a stream resource or a stream object, a resource that is not a stream given.
