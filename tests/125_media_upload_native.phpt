--TEST--
MediaUtil uploads, native path without Guzzle: only the meta JSON is signed, the body is the multipart (meta then file); the gateway checks the signature over the meta and the file's sha256 against it (sync, async, custom meta, a meta that lies)
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/client.inc';
use WeChatPay\Util\MediaUtil;

$gw = wechatpay_gateway();
$i = wechatpay_test_instance($gw);
$dir = sys_get_temp_dir() . '/wechatpay-125-' . getmypid();
mkdir($dir);
file_put_contents($path = "$dir/商品.jpg", $bytes = random_bytes(200000));

function show(string $label, $response, string $expectedMeta, string $bytes): void
{
    $echo = json_decode((string) $response->getBody(), true);
    echo $label, ': ', $response->getStatusCode(), ' ', get_class($response),
        ' meta=', var_export($echo['meta'] === $expectedMeta, true),
        ' sha256=', var_export($echo['file_sha256'] === hash('sha256', $bytes), true),
        ' length=', $echo['file_length'], ' filename=', $echo['filename'], ' type=', $echo['file_type'],
        ' meta_type=', $echo['meta_type'], ' chunked=', var_export($echo['transfer_encoding'] !== null, true), "\n";
}

$media = new MediaUtil($path);
$meta = json_encode(['filename' => '商品.jpg', 'sha256' => hash('sha256', $bytes)]);
$r = $i->v3->merchant->media->upload->post([
    'body' => $media->getStream(),
    'headers' => ['Content-Type' => $media->getContentType()],
]);
show('sync', $r, $meta, $bytes);

$media = new MediaUtil($path);
$media->setMeta($custom = json_encode(['bank_type' => 'LQT', 'filename' => '商品.jpg', 'sha256' => hash('sha256', $bytes)]));
$r = $i->chain('v3/merchant/media/video_upload')->postAsync([
    'body' => $media->getStream(),
    'headers' => ['content-type' => $media->getContentType()],
])->wait();
show('async, custom meta', $r, $custom, $bytes);

// several uploads in flight at once
$promises = [];
foreach (['a.png', 'b.mp4', 'c.csv'] as $n => $name) {
    file_put_contents("$dir/$name", $content[$name] = str_repeat(chr(65 + $n), 1000 * ($n + 1)));
    $m = new MediaUtil("$dir/$name");
    $promises[$name] = $i->v3->marketing->favor->media->imageUpload->postAsync(['body' => $m->getStream(), 'headers' => ['Content-Type' => $m->getContentType()]]);
}
foreach ($promises as $name => $p) {
    show("concurrent $name", $p->wait(), json_encode(['filename' => $name, 'sha256' => hash('sha256', $content[$name])]), $content[$name]);
}

// a meta whose sha256 is not the file's: the gateway says so (the signature over that meta was fine)
$media = new MediaUtil($path);
$media->setMeta('{"filename":"x.jpg","sha256":"' . hash('sha256', 'other') . '"}');
try {
    $i->v3->merchant->media->upload->post(['body' => $media->getStream(), 'headers' => ['Content-Type' => $media->getContentType()]]);
} catch (\WeChatPay\Exception\ClientException $e) {
    echo 'lying meta: ', $e->getResponse()->getStatusCode(), ' ', json_decode((string) $e->getResponse()->getBody())->message === "the file's sha256 " . hash('sha256', $bytes) . " is not the meta's" ? 'sha256 mismatch' : 'other', "\n";
}
// the signature covers the meta, not the multipart: signing the whole body is refused by the gateway
$media = new MediaUtil($path);
try {
    $i->v3->merchant->media->upload->post(['body' => $media->getStream()->getContents(), 'headers' => ['Content-Type' => $media->getContentType()]]);
} catch (\WeChatPay\Exception\ClientException $e) {
    echo 'whole body signed: ', $e->getResponse()->getStatusCode(), ' ', json_decode((string) $e->getResponse()->getBody())->message, "\n";
}
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECT--
sync: 200 WeChatPay\Http\Response meta=true sha256=true length=200000 filename=商品.jpg type=image/jpeg meta_type=application/json chunked=false
async, custom meta: 200 WeChatPay\Http\Response meta=true sha256=true length=200000 filename=商品.jpg type=image/jpeg meta_type=application/json chunked=false
concurrent a.png: 200 WeChatPay\Http\Response meta=true sha256=true length=1000 filename=a.png type=image/png meta_type=application/json chunked=false
concurrent b.mp4: 200 WeChatPay\Http\Response meta=true sha256=true length=2000 filename=b.mp4 type=video/mp4 meta_type=application/json chunked=false
concurrent c.csv: 200 WeChatPay\Http\Response meta=true sha256=true length=3000 filename=c.csv type=text/csv meta_type=application/json chunked=false
lying meta: 400 sha256 mismatch
whole body signed: 401 signature verification failed
