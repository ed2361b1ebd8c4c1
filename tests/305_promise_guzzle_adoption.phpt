--TEST--
Promise: adoption both ways with Guzzle's promises
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
use GuzzleHttp\Promise\Promise as GuzzlePromise;
use GuzzleHttp\Promise\Utils;

function scenario(): void
{
    // Guzzle adopting ours: a Guzzle promise resolved with one of ours, or following it through
    // Create::promiseFor(), gets its outcome once ours is waited on.
    $ours = wechatpay_test_promise('ours');
    $guzzle = new GuzzlePromise();
    $guzzleChild = $guzzle->then(fn($v) => 'guzzle child got ' . wechatpay_test_describe($v));
    $guzzle->resolve($ours);
    echo 'ours waited: ', wechatpay_test_wait($ours), "\n";
    Utils::queue()->run();
    echo $guzzleChild->getState(), ', ', wechatpay_test_wait($guzzleChild), "\n";
    $follower = GuzzleHttp\Promise\Create::promiseFor(wechatpay_test_promise('followed'));
    echo get_class($follower), ': ', wechatpay_test_wait($follower), "\n";
    $refused = GuzzleHttp\Promise\Create::promiseFor(wechatpay_test_promise('refused', true));
    echo 'rejected, followed: ', wechatpay_test_wait($refused, false), ' ', $refused->getState(), ', ', wechatpay_test_wait($refused), "\n";

    // Ours adopting Guzzle's: a callback returning a Guzzle promise, fulfilled or rejected, and
    // then() on ours once it holds an already settled Guzzle promise.
    $resolving = new GuzzlePromise(function () use (&$resolving) { $resolving->resolve('from guzzle'); });
    $adopter = wechatpay_test_promise('x')->then(fn() => $resolving);
    echo 'adopts fulfilled: ', wechatpay_test_wait($adopter->then(fn($v) => "then $v")), ', ', wechatpay_test_wait($adopter), "\n";
    $refusing = new GuzzlePromise(function () use (&$refusing) { $refusing->reject(new RuntimeException('guzzle refused')); });
    $rejecter = wechatpay_test_promise('y')->then(fn() => $refusing);
    echo 'adopts rejected: ', wechatpay_test_wait($rejecter), "\n";
    echo 'recovers later: ', wechatpay_test_wait($rejecter->then(fn($v) => 'no')->otherwise(fn($e) => 'recovered ' . $e->getMessage())), "\n";
    $plain = new GuzzlePromise(function () use (&$plain) { $plain->reject('plain reason'); });
    echo 'non-Throwable: ', wechatpay_test_wait(wechatpay_test_promise('z')->then(fn() => $plain)->otherwise(fn($r) => "otherwise got $r")), "\n";
    $manual = wechatpay_test_manual();
    $manual->resolve(new GuzzlePromise(function () use (&$g) { }));
    echo 'never settled: ', wechatpay_test_wait($manual->then(fn($v) => $v)), "\n";
    $fulfilledGuzzle = new GuzzleHttp\Promise\FulfilledPromise('already');
    $holder = wechatpay_test_manual();
    $holder->resolve($fulfilledGuzzle);
    echo 'settled Guzzle result: ', wechatpay_test_wait($holder), ', ', wechatpay_test_wait($holder->then(fn($v) => "then $v")), "\n";
}
scenario();
wechatpay_test_drain();
?>
--EXPECT--
ours waited: value 'ours'
fulfilled, value 'guzzle child got \'ours\''
GuzzleHttp\Promise\Promise: value 'followed'
rejected, followed: value NULL rejected, throws RejectionException(The promise was rejected with reason: refused)
adopts fulfilled: value 'then from guzzle', value 'from guzzle'
adopts rejected: throws RuntimeException(guzzle refused)
recovers later: value 'recovered guzzle refused'
non-Throwable: value 'otherwise got plain reason'
never settled: throws RejectionException(The promise was rejected with reason: Invoking the wait callback did not resolve the promise)
settled Guzzle result: value 'already', value 'then already'
