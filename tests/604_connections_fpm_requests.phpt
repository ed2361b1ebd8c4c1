--TEST--
Connections and keys across real PHP-FPM requests: one FPM worker serves five requests, each building the client from file:// keys and making one call; all five go over one connection
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/client.inc';
$log = tempnam(sys_get_temp_dir(), 'wechatpay-log-');
$gw = wechatpay_gateway(['WECHATPAY_GATEWAY_LOG' => $log]);
$dir = sys_get_temp_dir() . '/wechatpay-fpm-' . getmypid();
mkdir($dir);

// what runs in every FPM request: the merchant's code, client built afresh
$config = [
    'mchid' => $gw['mchid'],
    'serial' => $gw['merchant_serial'],
    'privateKey' => 'file://' . $gw['merchant_key_path'],
    'certs' => [$gw['platform_serial'] => 'file://' . $gw['platform_cert_path']],
    'base_uri' => $gw['base_uri'],
];
file_put_contents("$dir/pay.php", '<?php
$instance = \WeChatPay\Builder::factory(' . var_export($config, true) . ');
echo getmypid(), " ", $instance->chain("v3/fpm/" . $_GET["n"])->get()->getStatusCode();
');
// one worker (the extension as built, without any php.ini), on a unix socket
file_put_contents("$dir/fpm.conf", "[global]
error_log = $dir/fpm.log
daemonize = no
[www]
listen = $dir/fpm.sock
pm = static
pm.max_children = 1
" . (posix_getuid() === 0 ? "user = root\n" : ''));
$module = dirname(__DIR__) . '/modules/wechatpay.so';
$fpm = proc_open(['timeout', '60', '/usr/sbin/php-fpm' . PHP_MAJOR_VERSION . '.' . PHP_MINOR_VERSION, '-n', '-F', '-R', '-y', "$dir/fpm.conf",
    '-d', "extension=$module", '-d', 'display_errors=stderr'],
    [0 => ['file', '/dev/null', 'r'], 1 => ['file', '/dev/null', 'w'], 2 => ['file', "$dir/fpm.err", 'w']], $pipes);
for ($i = 0; $i < 500 && !file_exists("$dir/fpm.sock"); $i++) {
    usleep(10000);
}

/** One FastCGI request (responder role) for $script?$query; returns the body of the reply. */
function fastcgi_get(string $socket, string $script, string $query): string
{
    $record = static fn(int $type, string $content): string => pack('CCnnCx', 1, $type, 1, strlen($content), 0) . $content;
    $pair = static function (string $name, string $value): string {
        $length = static fn(string $s): string => strlen($s) < 128 ? chr(strlen($s)) : pack('N', strlen($s) | 0x80000000);
        return $length($name) . $length($value) . $name . $value;
    };
    $params = '';
    foreach (['SCRIPT_FILENAME' => $script, 'REQUEST_METHOD' => 'GET', 'QUERY_STRING' => $query,
              'SERVER_PROTOCOL' => 'HTTP/1.1', 'GATEWAY_INTERFACE' => 'CGI/1.1'] as $name => $value) {
        $params .= $pair($name, $value);
    }
    $connection = stream_socket_client("unix://$socket", $errno, $error, 10);
    fwrite($connection, $record(1, pack('nCx5', 1, 0)) . $record(4, $params) . $record(4, '') . $record(5, ''));
    $stdout = '';
    while (($header = fread($connection, 8)) !== false && strlen($header) === 8) {
        ['type' => $type, 'length' => $length, 'padding' => $padding] = unpack('Cversion/Ctype/nid/nlength/Cpadding', $header);
        $content = $length ? stream_get_contents($connection, $length) : '';
        if ($padding) {
            fread($connection, $padding);
        }
        if ($type === 6) {
            $stdout .= $content;
        } elseif ($type === 3) {
            break;
        }
    }
    fclose($connection);
    return substr($stdout, strpos($stdout, "\r\n\r\n") + 4);
}

$workers = [];
for ($n = 0; $n < 5; $n++) {
    [$pid, $status] = explode(' ', fastcgi_get("$dir/fpm.sock", "$dir/pay.php", "n=$n")) + [1 => 'no reply'];
    $workers[$pid] = true;
    echo "FPM request $n: $status\n";
}
proc_terminate($fpm);
proc_close($fpm);
$ports = [];
foreach (file($log, FILE_IGNORE_NEW_LINES) as $line) {
    [, $target, $port] = explode(' ', $line);
    $ports[$target] = $port;
}
echo count($workers), ' worker, ', count($ports), ' requests at the gateway over ', count(array_unique($ports)), " connection\n";
echo file_get_contents("$dir/fpm.err") === '' ? '' : file_get_contents("$dir/fpm.err");
array_map('unlink', glob("$dir/*"));
rmdir($dir);
unlink($log);
?>
--EXPECT--
FPM request 0: 200
FPM request 1: 200
FPM request 2: 200
FPM request 3: 200
FPM request 4: 200
1 worker, 5 requests at the gateway over 1 connection
