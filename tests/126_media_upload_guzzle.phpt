--TEST--
MediaUtil with Guzzle autoloadable: getStream() is a Psr\Http\Message\StreamInterface (Guzzle's FnStream over the native stream); uploads verified by the gateway on the native path and through a real Guzzle client (the Guzzle path: chunked, signed over the meta)
--EXTENSIONS--
wechatpay
--FILE--
<?php
require '/usr/share/php/GuzzleHttp/autoload.php';
require __DIR__ . '/inc/client.inc';
use WeChatPay\Util\MediaUtil;

$gw = wechatpay_gateway();
$dir = sys_get_temp_dir() . '/wechatpay-126-' . getmypid();
mkdir($dir);
file_put_contents($path = "$dir/photo.png", $bytes = random_bytes(50000));
$meta = json_encode(['filename' => 'photo.png', 'sha256' => hash('sha256', $bytes)]);

$media = new MediaUtil($path);
$stream = $media->getStream();
echo get_class($stream), ' ', var_export($stream instanceof \Psr\Http\Message\StreamInterface, true),
    ' string=meta: ', var_export((string) $stream === $meta, true), ' size: ', var_export($stream->getSize(), true), "\n";

// a Guzzle stream given as the file
$given = new MediaUtil('/nowhere/given.gif', \GuzzleHttp\Psr7\Utils::streamFor('GIF89a'));
echo 'given: ', $given->getMeta() === json_encode(['filename' => 'given.gif', 'sha256' => hash('sha256', 'GIF89a')]) ? 'ok' : 'bad', "\n";

function show(string $label, $response, string $expectedMeta, string $bytes): void
{
    $echo = json_decode((string) $response->getBody(), true);
    echo $label, ': ', $response->getStatusCode(), ' ', get_class($response),
        ' meta=', var_export($echo['meta'] === $expectedMeta, true),
        ' sha256=', var_export($echo['file_sha256'] === hash('sha256', $bytes), true),
        ' type=', $echo['file_type'], ' chunked=', var_export($echo['transfer_encoding'] === 'chunked', true), "\n";
}

$native = wechatpay_test_instance($gw);
show('native', $native->v3->merchant->media->upload->post(['body' => $stream, 'headers' => ['Content-Type' => $media->getContentType()]]), $meta, $bytes);
$media = new MediaUtil($path);
show('native async', $native->v3->merchant->media->upload->postAsync(['body' => $media->getStream(), 'headers' => ['Content-Type' => $media->getContentType()]])->wait(), $meta, $bytes);

// the Guzzle path: a HandlerStack in the config sends through GuzzleHttp\Client, as the SDK does
$guzzle = wechatpay_test_instance($gw, ['handler' => \GuzzleHttp\HandlerStack::create()]);
$media = new MediaUtil($path);
$media->setMeta($custom = json_encode(['bank_type' => 'LQT', 'filename' => 'photo.png', 'sha256' => hash('sha256', $bytes)]));
show('guzzle path', $guzzle->v3->merchant->media->upload->post(['body' => $media->getStream(), 'headers' => ['Content-Type' => $media->getContentType()]]), $custom, $bytes);

gc_collect_cycles();
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECT--
GuzzleHttp\Psr7\FnStream true string=meta: true size: NULL
given: ok
native: 200 GuzzleHttp\Psr7\Response meta=true sha256=true type=image/png chunked=false
native async: 200 GuzzleHttp\Psr7\Response meta=true sha256=true type=image/png chunked=false
guzzle path: 200 GuzzleHttp\Psr7\Response meta=true sha256=true type=image/png chunked=true
