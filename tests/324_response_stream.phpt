--TEST--
Stream: the semantics of Guzzle's Stream over php://temp
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/response.inc';

// The body stream behaves like Guzzle's Stream over php://temp (Utils::streamFor($body)):
// positions, eof only after a read hits the end, __toString() reading from 0 and leaving the
// position at the end, writes overwriting in place, php://temp's seek failures, close/detach.
function scenario(callable $make): array
{
    $s = $make('hello world');
    $steps = [
        ['tell'], ['eof'], ['read', 5], ['eof'], ['tell'], ['read', 6], ['eof'], ['read', 1], ['eof'],
        ['rewind'], ['read', 11], ['eof'], ['read', 0], ['getContents'], ['eof'],
        ['__toString'], ['tell'], ['eof'], ['seek', 6], ['getContents'], ['getContents'],
        ['seek', -5, SEEK_END], ['read', 100], ['seek', 2, SEEK_CUR], ['seek', -3, SEEK_CUR], ['tell'], ['read', 2],
        ['seek', 5], ['write', ', big'], ['tell'], ['getSize'], ['__toString'], ['write', '!'], ['getSize'], ['__toString'],
        ['seek', 100], ['tell'], ['read', 3], ['eof'], ['seek', 1, SEEK_CUR], ['seek', 0, SEEK_END], ['tell'],
        ['seek', 1, 9], ['seek', '2'], ['seek', 1, '0'], ['tell'],
        ['read', -1], ['read', '3'], ['read', 2.0], ['write', 42], ['write', ''],
        ['getMetadata'], ['getMetadata', 'uri'], ['getMetadata', 'mode'], ['getMetadata', 'nope'],
        ['isReadable'], ['isWritable'], ['isSeekable'],
        ['close'], ['getSize'], ['isReadable'], ['isWritable'], ['isSeekable'], ['getMetadata'], ['getMetadata', 'uri'],
        ['tell'], ['eof'], ['read', 1], ['write', 'x'], ['seek', 0], ['rewind'], ['getContents'], ['__toString'], ['detach'], ['close'],
    ];
    $out = [];
    foreach ($steps as $step) {
        $method = array_shift($step);
        $out[] = $method . '(' . implode(', ', array_map(fn($a) => var_export($a, true), $step)) . '): '
            . str_replace("\n", ' ', wechatpay_test_call($s, $method, $step));
    }
    $d = $make('detached');
    $d->read(3);
    $resource = $d->detach();
    $out[] = 'detach() gives a stream at the same position: ' . get_resource_type($resource) . ' ' . ftell($resource) . ' ' . stream_get_contents($resource)
        . ', then ' . wechatpay_test_call($d, 'detach') . ', ' . wechatpay_test_call($d, 'read', [1]);
    return $out;
}

$native = scenario(fn($content) => wechatpay_test_stream($content));
echo implode("\n", $native), "\n";
if (wechatpay_test_load_guzzle_psr7()) {
    $guzzle = scenario(fn($content) => GuzzleHttp\Psr7\Utils::streamFor($content));
    if ($guzzle !== $native) {
        echo "MISMATCH with Guzzle:\n", implode("\n", $guzzle), "\n";
    }
}
?>
--EXPECT--
tell(): 0
eof(): false
read(5): 'hello'
eof(): false
tell(): 5
read(6): ' world'
eof(): false
read(1): ''
eof(): true
rewind(): NULL
read(11): 'hello world'
eof(): false
read(0): ''
getContents(): ''
eof(): true
__toString(): 'hello world'
tell(): 11
eof(): true
seek(6): NULL
getContents(): 'world'
getContents(): ''
seek(-5, 2): NULL
read(100): 'world'
seek(2, 1): RuntimeException: Unable to seek to stream position 2 with whence 1
seek(-3, 1): RuntimeException: Unable to seek to stream position -3 with whence 1
tell(): RuntimeException: Unable to determine stream position
read(2): ''
seek(5): NULL
write(', big'): 5
tell(): 10
getSize(): 11
__toString(): 'hello, bigd'
write('!'): 1
getSize(): 12
__toString(): 'hello, bigd!'
seek(100): RuntimeException: Unable to seek to stream position 100 with whence 0
tell(): RuntimeException: Unable to determine stream position
read(3): ''
eof(): true
seek(1, 1): RuntimeException: Unable to seek to stream position 1 with whence 1
seek(0, 2): NULL
tell(): 12
seek(1, 9): RuntimeException: Unable to seek to stream position 1 with whence 9
seek('2'): TypeError
seek(1, '0'): NULL
tell(): 1
read(-1): RuntimeException: Length parameter cannot be negative
read('3'): TypeError
read(2.0): TypeError
write(42): TypeError
write(''): 0
getMetadata(): array (   'wrapper_type' => 'PHP',   'stream_type' => 'TEMP',   'mode' => 'w+b',   'unread_bytes' => 0,   'seekable' => true,   'uri' => 'php://temp', )
getMetadata('uri'): 'php://temp'
getMetadata('mode'): 'w+b'
getMetadata('nope'): NULL
isReadable(): true
isWritable(): true
isSeekable(): true
close(): NULL
getSize(): NULL
isReadable(): false
isWritable(): false
isSeekable(): false
getMetadata(): array ( )
getMetadata('uri'): NULL
tell(): RuntimeException: Stream is detached
eof(): RuntimeException: Stream is detached
read(1): RuntimeException: Stream is detached
write('x'): RuntimeException: Stream is detached
seek(0): RuntimeException: Stream is detached
rewind(): RuntimeException: Stream is detached
getContents(): RuntimeException: Stream is detached
__toString(): RuntimeException: Stream is detached
detach(): NULL
close(): NULL
detach() gives a stream at the same position: stream 3 ached, then NULL, RuntimeException: Stream is detached
