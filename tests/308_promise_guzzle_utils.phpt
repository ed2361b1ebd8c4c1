--TEST--
Promise: Guzzle's Utils::all/settle/some/any/unwrap and Each accept native promises
--EXTENSIONS--
wechatpay
--SKIPIF--
<?php
require __DIR__ . '/inc/promise.inc';
if (!wechatpay_test_load_guzzle_promises()) die('skip guzzlehttp/promises is not installed');
?>
--FILE--
<?php
require __DIR__ . '/inc/promise.inc';
wechatpay_test_load_guzzle_promises();
use GuzzleHttp\Promise\Each;
use GuzzleHttp\Promise\Utils;

// Guzzle's combinators take our promises (through Create::promiseFor(), which waits on them
// with wait()); every line must be what the same calls give with Guzzle's own promises.
function scenario(callable $make): array
{
    $out = [];
    $out[] = 'all: ' . wechatpay_test_wait(Utils::all([$make(1), 'k' => $make(2), $make(3)->then(fn($v) => $v * 10)]));
    $out[] = 'all, one rejected: ' . wechatpay_test_wait(Utils::all([$make(1), $make('bad', true), $make(3)]));
    $out[] = 'all, exception: ' . wechatpay_test_wait(Utils::all([$make(1), $make(new RuntimeException('boom'), true)]));
    $out[] = 'settle: ' . wechatpay_test_wait(Utils::settle([$make(1), $make('bad', true), $make(new LogicException('boom'), true), $make(4)])->then(
        fn($results) => array_map(fn($r) => $r['state'] . ':' . wechatpay_test_describe($r['value'] ?? $r['reason']), $results)));
    $out[] = 'settle, Error: ' . wechatpay_test_wait(Utils::settle([$make(new Error('engine'), true)])->then(fn($r) => $r[0]['state'] . ':' . wechatpay_test_describe($r[0]['reason'])));
    $out[] = 'some: ' . wechatpay_test_wait(Utils::some(2, [$make('a', true), $make('b'), $make('c')]));
    $out[] = 'any: ' . wechatpay_test_wait(Utils::any([$make('x', true), $make('y')]));
    $out[] = 'unwrap: ' . wechatpay_test_describe(Utils::unwrap([$make(1), $make(2)]));
    $log = [];
    $generator = (function () use ($make) { for ($i = 0; $i < 5; $i++) { yield "k$i" => $make("v$i", $i === 3); } })();
    $each = Each::ofLimit($generator, 2, function ($v, $k) use (&$log) { $log[] = "$k=$v"; }, function ($r, $k) use (&$log) { $log[] = "$k!$r"; });
    $result = wechatpay_test_wait($each);
    sort($log); // requests in flight together may complete in either order
    $out[] = 'Each::ofLimit: ' . $result . ' ' . implode(' ', $log);
    return $out;
}
$native = scenario('wechatpay_test_promise');
wechatpay_test_drain();
echo implode("\n", $native), "\n";
$guzzle = scenario('wechatpay_test_guzzle_promise');
wechatpay_test_drain();
echo $guzzle === $native ? "same as with Guzzle's promises\n" : "MISMATCH:\n" . implode("\n", $guzzle) . "\n";
?>
--EXPECT--
all: value {"0":1,"1":30,"k":2}
all, one rejected: throws RejectionException(The promise was rejected with reason: bad)
all, exception: throws RuntimeException(boom)
settle: value ["fulfilled:1","rejected:'bad'","rejected:LogicException(boom)","fulfilled:4"]
settle, Error: value 'rejected:Error(engine)'
some: value ["b","c"]
any: value 'y'
unwrap: [1,2]
Each::ofLimit: value NULL k0=v0 k1=v1 k2=v2 k3!v3 k4=v4
same as with Guzzle's promises
