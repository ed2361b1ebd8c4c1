--TEST--
Response/Stream: random operation sequences give the same results as Guzzle's
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php
require __DIR__ . '/inc/response.inc';
if (!wechatpay_test_load_guzzle_psr7()) die('skip guzzlehttp/psr7 is not installed');
?>
--FILE--
<?php
require __DIR__ . '/inc/response.inc';
wechatpay_test_load_guzzle_psr7();
use GuzzleHttp\Psr7\Response as GuzzleResponse;
use GuzzleHttp\Psr7\Utils;

// Random operation sequences on a native stream / response and on Guzzle's, compared step by
// step (TypeErrors compare by class only: Guzzle's come from fread()/fseek()/strtolower()).
function outcome(object $object, string $method, array $args): string
{
    $line = wechatpay_test_call($object, $method, $args);
    if ($method === 'detach' && $line === 'resource') {
        return 'resource';
    }
    return $line;
}
mt_srand(20240601);
$differences = 0;
$streamOps = ['read', 'write', 'seek', 'tell', 'eof', 'getContents', '__toString', 'rewind', 'getSize', 'getMetadata', 'close', 'detach'];
for ($round = 0; $round < 400 && $differences < 3; $round++) {
    $content = substr('abcdefghijklmnopqrstuvwxyz', 0, mt_rand(0, 20));
    $native = wechatpay_test_stream($content);
    $guzzle = Utils::streamFor($content);
    $trace = ['content ' . var_export($content, true)];
    for ($step = 0; $step < 12; $step++) {
        $method = $streamOps[mt_rand(0, count($streamOps) - 1)];
        if (in_array($method, ['close', 'detach'], true) && mt_rand(0, 4)) {
            continue;
        }
        $args = match ($method) {
            'read' => [[mt_rand(-1, 25), 0, '3', 2.0][mt_rand(0, 3)]],
            'write' => [[substr('XYZWV', 0, mt_rand(0, 5)), 7][mt_rand(0, 1)]],
            'seek' => [[mt_rand(-25, 25), '1'][mt_rand(0, 1)], [SEEK_SET, SEEK_CUR, SEEK_END, 5, '2'][mt_rand(0, 4)]],
            'getMetadata' => [[null, 'uri', 'seekable', 'nope', ''][mt_rand(0, 4)]],
            default => [],
        };
        $a = outcome($native, $method, $args);
        $b = outcome($guzzle, $method, $args);
        $trace[] = "$method(" . json_encode($args) . ") native $a" . ($a === $b ? '' : ", guzzle $b");
        if ($a !== $b) {
            $differences++;
            echo implode("\n  ", $trace), "\n";
            break;
        }
    }
}
echo "streams: $round sequences, $differences differences\n";

$names = ['Content-Type', 'content-type', 'X-Foo', 'x-FOO', 'Set-Cookie', '123', 'bad name', '', 7];
$values = ['v', ' padded ', ['a', 'b'], [], [1, 2.5, true, null], "bad\nvalue", new stdClass()];
$responseOps = ['getHeaders', 'hasHeader', 'getHeader', 'getHeaderLine', 'withHeader', 'withAddedHeader', 'withoutHeader', 'withStatus', 'getReasonPhrase', 'withProtocolVersion'];
$differences = 0;
for ($round = 0; $round < 300 && $differences < 3; $round++) {
    $headers = [];
    foreach (['Content-Type', 'content-type', 'X-Foo', 'Date', 'Set-Cookie', 'set-cookie'] as $name) {
        if (mt_rand(0, 1)) {
            $headers[$name] = mt_rand(0, 1) ? ["$name 1"] : ["$name 1", "$name 2"];
        }
    }
    $status = [200, 201, 404, 500, 299][mt_rand(0, 4)];
    $native = wechatpay_test_response($status, $headers, 'body');
    $guzzle = new GuzzleResponse($status, $headers, 'body');
    $trace = ['headers ' . json_encode($headers)];
    for ($step = 0; $step < 10; $step++) {
        $method = $responseOps[mt_rand(0, count($responseOps) - 1)];
        $args = match ($method) {
            'hasHeader', 'getHeader', 'getHeaderLine', 'withoutHeader' => [$names[mt_rand(0, count($names) - 1)]],
            'withHeader', 'withAddedHeader' => [$names[mt_rand(0, count($names) - 1)], $values[mt_rand(0, count($values) - 1)]],
            'withStatus' => [[201, '404', 99, 'x', 599][mt_rand(0, 4)], ['', 'Why', null][mt_rand(0, 2)]],
            'withProtocolVersion' => [['1.0', '1.1', '2'][mt_rand(0, 2)]],
            default => [],
        };
        $a = addcslashes(outcome($native, $method, $args), "\0..\37");
        $b = addcslashes(outcome($guzzle, $method, $args), "\0..\37");
        $trace[] = "$method(" . json_encode($args) . ") native $a" . ($a === $b ? '' : ", guzzle $b");
        if ($a !== $b) {
            $differences++;
            echo implode("\n  ", $trace), "\n";
            break;
        }
        if (str_starts_with($method, 'with') && str_starts_with($a, 'response') && mt_rand(0, 1)) {
            $native = $native->$method(...$args);
            $guzzle = $guzzle->$method(...$args);
        }
    }
}
echo "responses: $round sequences, $differences differences\n";
?>
--EXPECT--
streams: 400 sequences, 0 differences
responses: 300 sequences, 0 differences
