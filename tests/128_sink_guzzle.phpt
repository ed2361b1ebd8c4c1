--TEST--
Option `sink` with Guzzle autoloadable: the body is Guzzle's stream over the sink (a path, a resource, or the caller's PSR-7 stream itself), streamed with low peak memory, sha256 = the gateway's bytes; sync and async; the Guzzle path (real Guzzle client) keeps Guzzle's own sink handling
--EXTENSIONS--
wechatpay
--FILE--
<?php
require '/usr/share/php/GuzzleHttp/autoload.php';
require __DIR__ . '/inc/client.inc';
$gw = wechatpay_gateway();
$i = wechatpay_test_instance($gw);
$dir = sys_get_temp_dir() . '/wechatpay-128-' . getmypid();
mkdir($dir);

$size = 3 << 20;
$expected = hash_init('sha256');
for ($n = 0, $made = 0; $made < $size; $n++) {
    $block = substr(hash('sha256', (string) $n, true), 0, $size - $made);
    hash_update($expected, $block);
    $made += strlen($block);
}
$expected = hash_final($expected);
$query = ['gateway_big' => (string) $size];

\GuzzleHttp\Psr7\Utils::streamFor('warm up the autoloader');
memory_reset_peak_usage();
$base = memory_get_usage();
$r = $i->v3->billdownload->file->get(['query' => $query, 'sink' => "$dir/path.bin"]);
echo 'path: ', get_class($r), ' ', get_class($r->getBody()), ' sha256=', var_export(hash_file('sha256', "$dir/path.bin") === $expected, true),
    ' peak<1MiB=', var_export(memory_get_peak_usage() - $base < (1 << 20), true), ' size=', $r->getBody()->getSize(), "\n";
echo 'first bytes: ', var_export($r->getBody()->read(32) === hash('sha256', '0', true), true), "\n";
unset($r);

$psr = \GuzzleHttp\Psr7\Utils::streamFor(fopen("$dir/psr.bin", 'w+'));
$r = $i->v3->billdownload->file->getAsync(['query' => $query, 'sink' => $psr])->wait();
echo 'psr-7 stream: body is the sink: ', var_export($r->getBody() === $psr, true),
    ' sha256=', var_export(hash('sha256', (string) $psr) === $expected, true), "\n";

$h = fopen('php://temp', 'w+');
$r = $i->v3->merchant->media->upload->get(['sink' => $h]);
echo 'resource, verified: ', $r->getStatusCode(), ' ', json_decode((string) $r->getBody())->path, "\n";

try {
    $i->v3->x->get(['sink' => new \GuzzleHttp\Psr7\NoSeekStream(\GuzzleHttp\Psr7\Utils::streamFor(fopen('php://memory', 'r')))]);
} catch (\Throwable $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}

// the Guzzle path: Guzzle's own sink
$g = wechatpay_test_instance($gw, ['handler' => \GuzzleHttp\HandlerStack::create()]);
$r = $g->v3->billdownload->file->get(['query' => $query, 'sink' => "$dir/guzzle.bin"]);
echo 'guzzle path: ', $r->getStatusCode(), ' sha256=', var_export(hash_file('sha256', "$dir/guzzle.bin") === $expected, true), "\n";
unset($r, $psr);
gc_collect_cycles();
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECT--
path: GuzzleHttp\Psr7\Response GuzzleHttp\Psr7\Stream sha256=true peak<1MiB=true size=3145728
first bytes: true
psr-7 stream: body is the sink: true sha256=true
resource, verified: 200 /v3/merchant/media/upload
WeChatPay\Exception\InvalidArgumentException: The "sink" stream object is not writable.
guzzle path: 200 sha256=true
