--TEST--
Util\MediaUtil: the SDK's meta JSON (json_encode flags 0, sha256 of the file), Content-Type with a 40-hex boundary, a multipart body byte-identical to Guzzle's MultipartStream, setMeta/getMeta, the stream's string form is the meta (without Guzzle: the native MediaStream)
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Util\MediaUtil;

$dir = sys_get_temp_dir() . '/wechatpay-124-' . getmypid();
mkdir($dir);
$png = "$dir/图片.png";
file_put_contents($png, $bytes = "\x89PNG\r\n\x1a\n" . random_bytes(3000));
$m = new MediaUtil($png);

// the SDK's default meta, derived here with json_encode() and hash() (values the reference SDK gives)
$expected = json_encode(['filename' => '图片.png', 'sha256' => hash('sha256', $bytes)]);
echo 'meta: ', var_export($m->getMeta() === $expected, true), ' ', substr($m->getMeta(), 0, 32), "\n";
echo 'meta again: ', var_export($m->getMeta() === $expected, true), "\n";
$type = $m->getContentType();
echo 'content type: ', preg_match('/^multipart\/form-data; boundary=([0-9a-f]{40})$/', $type, $b) ? 'ok' : $type, "\n";
$stream = $m->getStream();
echo get_class($stream), ' same object: ', var_export($stream === $m->getStream(), true), "\n";
echo 'string form is the meta: ', var_export((string) $stream === $expected, true), "\n";
echo 'size: ', var_export($stream->getSize(), true), ' seekable: ', var_export($stream->isSeekable(), true),
    ' writable: ', var_export($stream->isWritable(), true), ' readable: ', var_export($stream->isReadable(), true), "\n";

// the body, against Guzzle's own MultipartStream with the same boundary (loaded only now: the
// extension decided "no Guzzle" for this request already)
require '/usr/share/php/GuzzleHttp/autoload.php';
function guzzle_multipart(string $boundary, string $meta, string $filename, string $contents): string
{
    return (string) new \GuzzleHttp\Psr7\MultipartStream([
        // the SDK's meta part is a buffer of unknown size: no Content-Length
        ['name' => 'meta', 'contents' => \GuzzleHttp\Psr7\FnStream::decorate(\GuzzleHttp\Psr7\Utils::streamFor($meta), ['getSize' => fn () => null]),
            'headers' => ['Content-Type' => 'application/json']],
        ['name' => 'file', 'filename' => $filename, 'contents' => \GuzzleHttp\Psr7\Utils::streamFor($contents)],
    ], $boundary);
}
$first = $stream->read(10);
$body = $first . $stream->getContents();
echo 'body = Guzzle MultipartStream: ', var_export($body === guzzle_multipart($b[1], $expected, '图片.png', $bytes), true), "\n";
echo 'eof: ', var_export($stream->eof(), true), ' tell: ', $stream->tell() === strlen($body) ? 'end' : $stream->tell(), "\n";
echo 'meta after the body was read (the SDK drains it): ', var_export($m->getMeta(), true), "\n";

// custom meta, unknown extension, empty file, a given stream (Stringable) instead of the path
file_put_contents("$dir/bill.wxq", '');
$m = new MediaUtil("$dir/bill.wxq");
echo 'empty: ', $m->getMeta() === json_encode(['filename' => 'bill.wxq', 'sha256' => hash('sha256', '')]) ? 'ok' : $m->getMeta(), "\n";
echo 'setMeta: ', $m->setMeta($custom = '{"bank_type":"LQT","filename":"bill.wxq"}'), ' ', $m->getMeta(), "\n";
echo 'setMeta(null): ', $m->setMeta(null), ' ', var_export($m->getMeta() === json_encode(['filename' => 'bill.wxq', 'sha256' => hash('sha256', '')]), true), "\n";
$m->setMeta($custom);
preg_match('/boundary=(\w+)/', $m->getContentType(), $b);
echo 'no Content-Type/Length parts: ', var_export($m->getStream()->getContents() === guzzle_multipart($b[1], $custom, 'bill.wxq', ''), true), "\n";
$m = new MediaUtil('/virtual/path/Video.MP4', \GuzzleHttp\Psr7\Utils::streamFor('given bytes'));
preg_match('/boundary=(\w+)/', $m->getContentType(), $b);
echo 'given stream: ', $m->getMeta() === json_encode(['filename' => 'Video.MP4', 'sha256' => hash('sha256', 'given bytes')]) ? 'ok' : 'bad',
    ' ', var_export(str_contains($m->getStream()->getContents(), "Content-Type: video/mp4\r\n\r\ngiven bytes"), true), "\n";
echo 'boundaries differ: ', var_export((new MediaUtil($png))->getContentType() !== (new MediaUtil($png))->getContentType(), true), "\n";

// errors
foreach ([
    fn () => new MediaUtil("$dir/missing.png"),
    fn () => new MediaUtil(null),
    fn () => new MediaUtil($png, new ArrayObject()),
    fn () => (new MediaUtil($png))->getStream()->write('x'),
    fn () => (new MediaUtil($png))->getStream()->rewind(),
    fn () => (new ReflectionClass(\WeChatPay\Util\MediaStream::class))->newInstance(),
] as $case) {
    try {
        $case();
        echo "no exception\n";
    } catch (\Throwable $e) {
        echo get_class($e), ': ', str_replace($dir, 'DIR', $e->getMessage()), "\n";
    }
}
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECT--
meta: true {"filename":"\u56fe\u7247.png","
meta again: true
content type: ok
WeChatPay\Util\MediaStream same object: true
string form is the meta: true
size: NULL seekable: false writable: false readable: true
body = Guzzle MultipartStream: true
eof: true tell: end
meta after the body was read (the SDK drains it): ''
empty: ok
setMeta: 41 {"bank_type":"LQT","filename":"bill.wxq"}
setMeta(null): 99 true
no Content-Type/Length parts: true
given stream: ok true
boundaries differ: true
RuntimeException: Unable to open "DIR/missing.png" using mode "rb": fopen(DIR/missing.png): Failed to open stream: No such file or directory
TypeError: WeChatPay\Util\MediaUtil::__construct(): Argument #1 ($filepath) must be of type string, null given
TypeError: WeChatPay\Util\MediaUtil::__construct(): Argument #2 ($fileStream) must be of type ?Psr\Http\Message\StreamInterface, ArrayObject given
RuntimeException: Cannot write to an AppendStream
RuntimeException: This AppendStream is not seekable
ReflectionException: Access to non-public constructor of class WeChatPay\Util\MediaStream
