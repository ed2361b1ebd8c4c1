<?php
// server.php: owns serving the test gateway (router.php) over HTTP/1.1 or HTTPS, with
// keep-alive and true parallelism: one forked child per connection. (php -S cannot do
// either: it closes every connection, and one of its workers accepts a burst of connections
// and then serves them one after another.) Usage:
//   php -n tests/gateway/server.php [--tls=CERT] [--parent=PID] [HOST:PORT]
// HOST:PORT defaults to 127.0.0.1:0. CERT names CERT.crt/CERT.key in $WECHATPAY_GATEWAY_KEYS
// (default tests/.keys): tls-server, or tls-wrong-host for a hostname mismatch. The address
// is announced on stderr the way php -S does it. The server stops accepting after 10 minutes
// or once process PID is gone; SIGTERM ends it; signalling the process group (Ctrl-C, or
// gateway.inc's `timeout`) ends the connection children too, which otherwise idle out.
declare(strict_types=1);

require __DIR__ . '/router.php';

const LIFETIME = 600;        // seconds the server runs
const IDLE_TIMEOUT = 15;     // seconds a keep-alive connection may wait for its next request
const MAX_HEADER_LINES = 200;
const REASONS = [
    200 => 'OK', 201 => 'Created', 202 => 'Accepted', 204 => 'No Content', 206 => 'Partial Content',
    301 => 'Moved Permanently', 302 => 'Found', 303 => 'See Other', 304 => 'Not Modified',
    307 => 'Temporary Redirect', 308 => 'Permanent Redirect',
    400 => 'Bad Request', 401 => 'Unauthorized', 403 => 'Forbidden', 404 => 'Not Found',
    405 => 'Method Not Allowed', 406 => 'Not Acceptable', 408 => 'Request Timeout', 409 => 'Conflict',
    410 => 'Gone', 411 => 'Length Required', 413 => 'Payload Too Large', 415 => 'Unsupported Media Type',
    422 => 'Unprocessable Entity', 429 => 'Too Many Requests',
    500 => 'Internal Server Error', 501 => 'Not Implemented', 502 => 'Bad Gateway',
    503 => 'Service Unavailable', 504 => 'Gateway Timeout',
];

/**
 * Reads one request; null ends the connection (EOF, idle timeout, malformed).
 * @return array{string, string, array<string, string>, string, bool}|null
 *         method, target, lower-cased headers, body, keep-alive
 */
function read_request($client): ?array
{
    stream_set_timeout($client, IDLE_TIMEOUT);
    $start = fgets($client, 16384);
    if ($start === false || !preg_match('~^([A-Z]+) (\S+) HTTP/1\.([01])\r?\n$~', $start, $line)) {
        return null;
    }
    $headers = [];
    for ($lines = 0; $lines < MAX_HEADER_LINES; $lines++) {
        $header = fgets($client, 16384);
        if ($header === false || ($header = rtrim($header, "\r\n")) === '') {
            break;
        }
        [$name, $value] = explode(':', $header, 2) + [1 => ''];
        $name = strtolower(trim($name));
        $headers[$name] = isset($headers[$name]) ? "{$headers[$name]}, " . trim($value) : trim($value);
    }
    if ($header !== '') {
        return null;  // EOF, timeout, or too many header lines
    }
    $chunked = strcasecmp($headers['transfer-encoding'] ?? '', 'chunked') === 0;
    if (isset($headers['transfer-encoding']) && !$chunked) {  // only chunked request bodies are supported
        fwrite($client, "HTTP/1.1 411 Length Required\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        return null;
    }
    if (strcasecmp($headers['expect'] ?? '', '100-continue') === 0) {
        fwrite($client, "HTTP/1.1 100 Continue\r\n\r\n");
    }
    if ($chunked) {  // what Guzzle sends for a body of unknown size (a MediaUtil upload)
        $body = read_chunked($client);
        if ($body === null) {
            return null;
        }
        $length = strlen($body);
    } else {
        $length = (int) ($headers['content-length'] ?? 0);
        $body = $length > 0 ? (string) stream_get_contents($client, $length) : '';
    }
    $keepAlive = $line[3] === '1' && strcasecmp($headers['connection'] ?? '', 'close') !== 0;
    return strlen($body) === $length ? [$line[1], $line[2], $headers, $body, $keepAlive] : null;
}

/** A chunked request body, decoded (trailers are skipped); null when malformed or cut short. */
function read_chunked($client): ?string
{
    $body = '';
    while (($line = fgets($client, 1024)) !== false && preg_match('/^([0-9a-fA-F]{1,8})(;[^\r\n]*)?\r?\n$/', $line, $m)) {
        $size = hexdec($m[1]);
        if ($size === 0) {
            while (($trailer = fgets($client, 16384)) !== false && rtrim($trailer, "\r\n") !== '') {
            }
            return $trailer === false ? null : $body;
        }
        $chunk = (string) stream_get_contents($client, $size);
        if (strlen($chunk) !== $size || rtrim((string) fgets($client, 3), "\r\n") !== '') {
            return null;
        }
        $body .= $chunk;
    }
    return null;
}

/** Serves one connection until it closes, idles out, or the server's lifetime ends. */
function serve($client, string $peer, int $deadline, bool $tls): void
{
    stream_set_timeout($client, 10);
    if ($tls && !@stream_socket_enable_crypto($client, true, STREAM_CRYPTO_METHOD_TLS_SERVER)) {
        return;  // e.g. the client refused our certificate
    }
    $peerPort = substr(strrchr($peer, ':'), 1);
    while (time() < $deadline && ($request = read_request($client)) !== null) {
        [$method, $target, $headers, $body, $keepAlive] = $request;
        $reply = gateway_reply($method, $target, $headers, $body, $peerPort);
        $keepAlive = $keepAlive && !$reply['truncate'];
        $head = sprintf("HTTP/1.1 %d %s\r\nDate: %s\r\n", $reply['status'], REASONS[$reply['status']] ?? '', gmdate(DATE_RFC7231));
        foreach ($reply['headers'] + ['Connection' => $keepAlive ? 'keep-alive' : 'close'] as $name => $value) {
            $head .= "$name: $value\r\n";
        }
        fwrite($client, "$head\r\n");
        if ($method !== 'HEAD') {
            send_body($reply, fn (string $bytes) => fwrite($client, $bytes) !== false);
        }
        if (!$keepAlive) {
            return;
        }
    }
}

$options = getopt('', ['tls:', 'parent:'], $rest);
$address = $argv[$rest] ?? '127.0.0.1:0';
$cert = $options['tls'] ?? null;
$parent = (int) ($options['parent'] ?? 0);
$keys = getenv('WECHATPAY_GATEWAY_KEYS') ?: __DIR__ . '/../.keys';
$context = stream_context_create(['socket' => ['tcp_nodelay' => true]] + ($cert === null ? [] : ['ssl' => ['local_cert' => "$keys/$cert.crt", 'local_pk' => "$keys/$cert.key"]]));
$server = @stream_socket_server("tcp://$address", $errno, $error, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $context);
if ($server === false || ($cert !== null && !is_file("$keys/$cert.crt"))) {
    fwrite(STDERR, "usage: php -n server.php [--tls=CERT] [--parent=PID] [HOST:PORT] ($error)\n");
    exit(1);
}
fprintf(STDERR, "[%d] [%s] PHP %s Development Server (%s://%s) started\n",
    getmypid(), date('D M j H:i:s Y'), PHP_VERSION, $cert === null ? 'http' : 'https', stream_socket_get_name($server, false));

$deadline = time() + LIFETIME;
while (time() < $deadline && ($parent === 0 || file_exists("/proc/$parent"))) {
    while (pcntl_waitpid(-1, $status, WNOHANG) > 0);  // reap finished connections
    $ready = [$server];
    $none = [];
    if (!@stream_select($ready, $none, $none, 1)) {
        continue;
    }
    $client = @stream_socket_accept($server, 0, $peer);
    if ($client === false) {
        continue;
    }
    if (pcntl_fork() === 0) {
        fclose($server);
        serve($client, $peer, $deadline, $cert !== null);
        exit(0);
    }
    fclose($client);
}
