<?php
// faults.php: owns the gateway's transport-level and malformed-reply faults (README.md,
// "Faults on the wire"): a reply of N bytes, a redirect to itself, chunked framing, header
// values with a NUL, a bare CR or an obs-fold, and a connection reset while the head or the
// body is on its way. router.php looks its modes up in FAULT_MODES and calls fault_body()
// before it signs a reply and fault_shape() after; server.php calls fault_reset() to send a
// reply that ends in a TCP reset. Needs ext/sockets for the reset only (SO_LINGER 0); the
// gateway runs as `php -n`, so it is loaded then with dl() (Debian's php8.2-common ships it).
declare(strict_types=1);

const FAULT_BIG_MAX = 64 * 1024 * 1024;
const FAULT_CHUNK_SIZE = 1000;
const FAULT_BAD_HEADER = 'X-Gateway-Fault';
const FAULT_BAD_HEADER_VALUES = [
    'nul' => "a\0b",
    'cr' => "a\rSet-Cookie: injected=1",
    'fold' => "a\r\n Set-Cookie: injected=1",
    'name' => 'a',  // under the name FAULT_BAD_HEADER_NAME
];
const FAULT_BAD_HEADER_NAME = 'X-Gateway Fault';

// mode => regex its argument must match ('' = takes no argument), as router.php's MODES
const FAULT_MODES = [
    'big' => '/^[1-9]\d{0,7}$/',         // a body of exactly N bytes (at most FAULT_BIG_MAX)
    'loop' => '',                         // 302 to the very same target, every time
    'chunked' => '',                      // Transfer-Encoding: chunked instead of Content-Length
    'bad-header' => '/^(nul|cr|fold|name)$/', // X-Gateway-Fault with a NUL, a bare CR or an obs-fold; a space in the name
    'reset' => '/^(headers|body)$/',      // TCP reset after part of the head, or of the body
];

/** The body of `big:N`: N bytes of a 16-byte pattern, what a test can rebuild to compare. */
function fault_big_body(int $size): string
{
    $pattern = '0123456789abcdef';
    $body = str_repeat($pattern, intdiv($size, 16));
    $body .= substr($pattern, 0, $size % 16);
    return $body;
}

/**
 * Before signing: the status, body and extra headers that `big` and `loop` replace.
 * @param array<string, list<string>> $modes
 * @return array{int, string, ?string, array<string, string>}
 */
function fault_body(array $modes, string $target, int $status, string $body, ?string $type, array $extra): array
{
    if (isset($modes['loop'])) {
        return [302, '', null, ['Location' => $target]];
    }
    if (isset($modes['big'])) {
        ini_set('memory_limit', '1G');  // the body, its signed copy, its gzip or chunked form (php -n: 128M)
        return [$status, fault_big_body(min((int) $modes['big'][0], FAULT_BIG_MAX)), 'application/octet-stream', $extra];
    }
    return [$status, $body, $type, $extra];
}

/**
 * After signing: the framing and header faults, on the reply gateway_reply() built.
 * @param array<string, list<string>> $modes
 */
function fault_shape(array $modes, array $reply): array
{
    if (isset($modes['bad-header'])) {
        $kind = $modes['bad-header'][0];
        $reply['headers'][$kind === 'name' ? FAULT_BAD_HEADER_NAME : FAULT_BAD_HEADER] = FAULT_BAD_HEADER_VALUES[$kind];
    }
    if (isset($modes['chunked'])) {
        unset($reply['headers']['Content-Length']);
        $reply['headers']['Transfer-Encoding'] = 'chunked';
        $chunked = '';
        foreach (str_split($reply['body'], FAULT_CHUNK_SIZE) as $chunk) {
            $chunked .= sprintf("%x\r\n%s\r\n", strlen($chunk), $chunk);
        }
        $reply['body'] = $chunked . "0\r\n\r\n";
    }
    $reply['reset'] = $modes['reset'][0] ?? null;
    return $reply;
}

/**
 * Sends the first half of the head (`reset:headers`) or the whole head and the first half of
 * the body (`reset:body`), then resets the connection: SO_LINGER 0 makes close() send RST.
 */
function fault_reset($client, string $head, array $reply): void
{
    if (!extension_loaded('sockets')) {
        dl('sockets.so');
    }
    fwrite($client, $reply['reset'] === 'headers'
        ? substr($head, 0, intdiv(strlen($head), 2))
        : $head . substr($reply['body'], 0, intdiv(strlen($reply['body']), 2)));
    fflush($client);
    socket_set_option(socket_import_stream($client), SOL_SOCKET, SO_LINGER, ['l_onoff' => 1, 'l_linger' => 0]);
    fclose($client);
}
