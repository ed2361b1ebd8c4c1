--TEST--
Option `sink` without Guzzle: a multi-MiB bill download streamed to a file path and to a resource (sync and async) with peak memory far below the body size, the file's sha256 = the gateway's bytes; the body reads the sink (WeChatPay\Http\SinkStream); verified replies read back from the sink; unusable sinks throw before sending
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/client.inc';
$gw = wechatpay_gateway(['WECHATPAY_GATEWAY_LOG' => $log = tempnam(sys_get_temp_dir(), 'wechatpay-127-log')]);
$i = wechatpay_test_instance($gw);
$dir = sys_get_temp_dir() . '/wechatpay-127-' . getmypid();
mkdir($dir);

// the gateway's deterministic body, generated here independently: sha256("0") . sha256("1") . … cut at N
$size = 6 << 20;
$expected = hash_init('sha256');
$made = 0;
for ($n = 0; $made < $size; $n++) {
    $block = substr(hash('sha256', (string) $n, true), 0, $size - $made);
    hash_update($expected, $block);
    $made += strlen($block);
}
$expected = hash_final($expected);

$query = ['gateway_big' => (string) $size];
$base = memory_get_usage();
$r = $i->v3->billdownload->file->get(['query' => $query, 'sink' => "$dir/bill.bin"]);
$peak = memory_get_peak_usage() - $base;
echo 'sync path: ', $r->getStatusCode(), ' ', get_class($r->getBody()), ' size=', filesize("$dir/bill.bin"),
    ' sha256=', var_export(hash_file('sha256', "$dir/bill.bin") === $expected, true),
    ' peak<1MiB=', var_export($peak < (1 << 20), true), ' body size=', $r->getBody()->getSize(), ' tell=', $r->getBody()->tell(), "\n";
$chunk = $r->getBody()->read(32);
echo 'reads the sink: ', var_export($chunk === hash('sha256', '0', true), true), "\n";
unset($r);

$h = fopen("$dir/resource.bin", 'w+');
$base = memory_get_usage();
memory_reset_peak_usage();
$r = $i->v3->billdownload->file->getAsync(['query' => $query, 'sink' => $h])->wait();
$peak = memory_get_peak_usage() - $base;
fflush($h);
echo 'async resource: ', $r->getStatusCode(), ' sha256=', var_export(hash_file('sha256', "$dir/resource.bin") === $expected, true),
    ' peak<1MiB=', var_export($peak < (1 << 20), true), ' rewound=', var_export(ftell($h) === 0, true), "\n";

// concurrent downloads into two files
memory_reset_peak_usage();
$base = memory_get_usage();
$p1 = $i->v3->billdownload->file->getAsync(['query' => $query, 'sink' => "$dir/a.bin"]);
$p2 = $i->v3->billdownload->file->getAsync(['query' => $query, 'sink' => "$dir/b.bin"]);
$p1->wait();
$p2->wait();
echo 'concurrent: ', var_export(hash_file('sha256', "$dir/a.bin") === $expected && hash_file('sha256', "$dir/b.bin") === $expected, true),
    ' peak<2MiB=', var_export(memory_get_peak_usage() - $base < (2 << 20), true), "\n";

// a verified (signed) reply: the verifier reads the sink back; gzip decoded before the sink
$r = $i->v3->pay->transactions->id->_transaction_id_->get(['transaction_id' => 'T1', 'sink' => "$dir/echo.json",
    'headers' => ['X-Gateway-Mode' => 'gzip'], 'decode_content' => 'gzip']);
$echo = json_decode(file_get_contents("$dir/echo.json"), true);
echo 'verified: ', $r->getStatusCode(), ' ', $echo['path'], ' body=file: ', var_export((string) $r->getBody() === file_get_contents("$dir/echo.json"), true), "\n";
try {
    $i->v3->pay->transactions->id->_transaction_id_->get(['transaction_id' => 'T1', 'sink' => "$dir/bad.json", 'headers' => ['X-Gateway-Mode' => 'bad-signature']]);
} catch (\WeChatPay\Exception\RequestException $e) {
    echo 'bad signature with a sink: ', substr($e->getMessage(), 0, 40), "\n";
}

// errors, thrown before anything is sent
$closed = fopen('php://memory', 'w');
fclose($closed);
$lines = count(file($log));
foreach ([
    'unwritable path' => "$dir/missing/dir/x.bin",
    'read-only resource' => fopen("$dir/bill.bin", 'r'),
    'closed resource' => $closed,
    'wrong type' => 42,
    'array' => ['x'],
    'object' => new ArrayObject(),
    'empty path' => '',
] as $name => $sink) {
    foreach (['get', 'getAsync'] as $verb) {
        try {
            $i->v3->billdownload->file->$verb(['sink' => $sink]);
            echo "$name: no exception\n";
        } catch (\Throwable $e) {
            echo "$name ($verb): ", get_class($e), ': ', str_replace($dir, 'DIR', $e->getMessage()), "\n";
        }
    }
}
echo 'requests sent for them: ', count(file($log)) - $lines, "\n";
array_map('unlink', glob("$dir/*"));
rmdir($dir);
unlink($log);
?>
--EXPECT--
sync path: 200 WeChatPay\Http\SinkStream size=6291456 sha256=true peak<1MiB=true body size=6291456 tell=0
reads the sink: true
async resource: 200 sha256=true peak<1MiB=true rewound=true
concurrent: true peak<2MiB=true
verified: 200 /v3/pay/transactions/id/T1 body=file: true
bad signature with a sink: Verify the response's data with: timesta
unwritable path (get): RuntimeException: Unable to open "DIR/missing/dir/x.bin" using mode "w+": fopen(DIR/missing/dir/x.bin): Failed to open stream: No such file or directory
unwritable path (getAsync): RuntimeException: Unable to open "DIR/missing/dir/x.bin" using mode "w+": fopen(DIR/missing/dir/x.bin): Failed to open stream: No such file or directory
read-only resource (get): WeChatPay\Exception\InvalidArgumentException: The "sink" stream resource is not writable (opened with mode "r").
read-only resource (getAsync): WeChatPay\Exception\InvalidArgumentException: The "sink" stream resource is not writable (opened with mode "r").
closed resource (get): WeChatPay\Exception\InvalidArgumentException: The "sink" request option must be a file path, a writable stream resource or a stream object, a closed resource given.
closed resource (getAsync): WeChatPay\Exception\InvalidArgumentException: The "sink" request option must be a file path, a writable stream resource or a stream object, a closed resource given.
wrong type (get): WeChatPay\Exception\InvalidArgumentException: The "sink" request option must be a file path, a writable stream resource or a stream object, int given.
wrong type (getAsync): WeChatPay\Exception\InvalidArgumentException: The "sink" request option must be a file path, a writable stream resource or a stream object, int given.
array (get): WeChatPay\Exception\InvalidArgumentException: The "sink" request option must be a file path, a writable stream resource or a stream object, array given.
array (getAsync): WeChatPay\Exception\InvalidArgumentException: The "sink" request option must be a file path, a writable stream resource or a stream object, array given.
object (get): WeChatPay\Exception\InvalidArgumentException: The "sink" request option must be a file path, a writable stream resource or a stream object, ArrayObject given.
object (getAsync): WeChatPay\Exception\InvalidArgumentException: The "sink" request option must be a file path, a writable stream resource or a stream object, ArrayObject given.
empty path (get): WeChatPay\Exception\InvalidArgumentException: The "sink" request option must be a file path, a writable stream resource or a stream object, an empty string given.
empty path (getAsync): WeChatPay\Exception\InvalidArgumentException: The "sink" request option must be a file path, a writable stream resource or a stream object, an empty string given.
requests sent for them: 0
