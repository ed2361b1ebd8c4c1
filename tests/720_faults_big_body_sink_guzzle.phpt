--TEST--
Faults, Guzzle autoloadable: a 50 MiB signed reply written to a `sink` (a file path sync, a stream resource async) as it arrives, verified over all its bytes read back from the sink
--INI--
memory_limit=512M
--EXTENSIONS--
wechatpay
--FILE--
<?php
require '/usr/share/php/GuzzleHttp/autoload.php';
require __DIR__ . '/inc/faults.inc';
require_once __DIR__ . '/gateway/faults.php';
$gw = wechatpay_gateway();
$i = wechatpay_test_instance($gw);
// 50 MiB; 4 MiB when USE_ZEND_ALLOC=0 (valgrind, ASan), where hashing and copying 50 MiB take minutes
$size = getenv('USE_ZEND_ALLOC') === '0' ? 4 << 20 : 50 << 20;
$md5 = md5(fault_big_body($size));
$options = ['headers' => ['X-Gateway-Mode' => "big:$size"]];
$path = tempnam(sys_get_temp_dir(), 'wechatpay-720-');
$r = $i->v3->echo->get($options + ['sink' => $path]);
echo 'sync path: ', get_class($r), ' ', $r->getStatusCode(), ' ', filesize($path) === $size ? 'size' : 'SIZE ' . filesize($path),
    ' ', md5_file($path) === $md5 ? 'same bytes' : 'DIFFERENT', "\n";
unset($r);
$h = fopen($path, 'w+');
$r = $i->v3->echo->getAsync($options + ['sink' => $h])->wait();
fflush($h);
clearstatcache();
echo 'async resource: ', get_class($r), ' ', $r->getStatusCode(), ' ', filesize($path) === $size ? 'size' : 'SIZE ' . filesize($path),
    ' ', md5_file($path) === $md5 ? 'same bytes' : 'DIFFERENT', "\n";
unset($r);
if (is_resource($h)) {
    fclose($h); // Guzzle's Stream over it closed it with the response
}
// the sink does not spare verification: a smaller body signed over one byte more is refused
$e = wechatpay_fault_catch(static fn () => $i->v3->echo->get(['headers' => ['X-Gateway-Mode' => 'big:' . ($size >> 5) . ',other-body'], 'sink' => $path]));
clearstatcache();
echo get_class($e), ' ', $e->getResponse()->getStatusCode(), ' ', filesize($path) === $size >> 5 ? 'written' : 'NOT WRITTEN', ' ',
    str_starts_with($e->getMessage(), "Verify the response's data with: timestamp="), "\n";
unset($e);
unlink($path);
?>
--EXPECT--
sync path: GuzzleHttp\Psr7\Response 200 size same bytes
async resource: GuzzleHttp\Psr7\Response 200 size same bytes
GuzzleHttp\Exception\RequestException 200 written 1
