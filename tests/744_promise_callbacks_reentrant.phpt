--TEST--
Hardening: exceptions and errors thrown inside then() callbacks, callbacks that wait() re-entrantly (on themselves, their parent, other in-flight requests, new requests), promises dropped before settling: as Guzzle's promises and the SDK
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/promise.inc';
wechatpay_test_load_guzzle_promises();
$gw = wechatpay_gateway();
$i = wechatpay_test_instance($gw);
function show($label, $fn) { try { $v = $fn(); echo "$label: ", is_scalar($v) ? var_export($v, true) : get_debug_type($v), "\n"; } catch (Throwable $e) { echo "$label: ", get_class($e), ': ', $e->getMessage(), "\n"; } }
foreach (['ours' => fn($v='ok') => wechatpay_test_promise($v), 'guzzle' => fn($v='ok') => wechatpay_test_guzzle_promise($v)] as $kind => $make) {
  // (a) a callback that waits on the promise it is about to settle
  show("$kind self-wait", function () use ($make) { $p = $make(); $q = $p->then(function ($v) use (&$q) { return $q->wait(); }); return $q->wait(); });
  // (b) a callback that waits on its own (settled) parent
  show("$kind parent-wait", function () use ($make) { $p = $make('pv'); $q = $p->then(function ($v) use ($p) { return 'cb:' . $p->wait(); }); return $q->wait(); });
  // (c) exceptions
  show("$kind throws", function () use ($make) { $p = $make(); return $p->then(function () { throw new DomainException('from then'); })->then(fn() => 'skipped', fn($e) => 'otherwise got ' . get_class($e) . ' ' . $e->getMessage())->wait(); });
  show("$kind throws-unwrapped", function () use ($make) { $p = $make(); return $p->then(function () { throw new DomainException('from then'); })->wait(); });
  show("$kind error", function () use ($make) { $p = $make(); return $p->then(function () { return strlen(); })->wait(); });
  show("$kind otherwise-throws", function () use ($make) { $p = $make(); return $p->then(function () { throw new DomainException('one'); })->otherwise(function ($e) { throw new LogicException('two', 0, $e); })->wait(); });
}
// (d) inside a callback of a real request, another real request, sync and async
show('nested sync', fn() => $i->v3->a->getAsync()->then(fn($r) => wechatpay_echo($i->v3->b->get())['target'])->wait());
show('nested async', fn() => $i->v3->a->getAsync()->then(fn($r) => wechatpay_echo($i->v3->c->getAsync()->wait())['target'])->wait());
show('nested adopt', fn() => $i->v3->a->getAsync()->then(fn($r) => $i->v3->d->getAsync())->then(fn($r) => wechatpay_echo($r)['target'])->wait());
show('self wait real', function () use ($i) { $q = $i->v3->a->getAsync()->then(function ($r) use (&$q) { return $q->wait(); }); return $q->wait(); });
$n = 0; 
show('reentrant other', function () use ($i, &$n) { $a = $i->v3->a->getAsync(['headers' => ['X-Gateway-Mode' => 'sleep:0.2']]); $b = $i->v3->b->getAsync()->then(function () use ($a, &$n) { $n++; return wechatpay_echo($a->wait())['target']; }); return $b->wait() . " $n"; });
// a promise nobody holds still settles, and its callbacks run, when another wait drives the transfers (as under the SDK)
$i->v3->dropped->getAsync()->then(function ($r) { echo "dropped callback ran: ", wechatpay_echo($r)["target"], "\n"; });
echo "before wait\n";
echo wechatpay_echo($i->v3->kept->getAsync(["headers" => ["X-Gateway-Mode" => "sleep:0.2"]])->wait())["target"], "\n";
// one still pending at the end of the script is dropped without running (see also 095)
$i->v3->late->getAsync(["headers" => ["X-Gateway-Mode" => "sleep:1"]])->then(function () { echo "never runs\n"; });
wechatpay_test_drain();
echo "done\n";
?>
--EXPECT--
ours self-wait: LogicException: The promise is already rejected.
ours parent-wait: 'cb:pv'
ours throws: 'otherwise got DomainException from then'
ours throws-unwrapped: DomainException: from then
ours error: ArgumentCountError: strlen() expects exactly 1 argument, 0 given
ours otherwise-throws: LogicException: two
guzzle self-wait: LogicException: The promise is already rejected.
guzzle parent-wait: 'cb:pv'
guzzle throws: 'otherwise got DomainException from then'
guzzle throws-unwrapped: DomainException: from then
guzzle error: ArgumentCountError: strlen() expects exactly 1 argument, 0 given
guzzle otherwise-throws: LogicException: two
nested sync: '/v3/b'
nested async: '/v3/c'
nested adopt: '/v3/d'
self wait real: LogicException: The promise is already rejected.
reentrant other: '/v3/a 1'
before wait
dropped callback ran: /v3/dropped
/v3/kept
done
