<?php
// router.php: owns what the local WeChat Pay APIv3 test gateway answers (README.md): the
// check of the merchant's Authorization signature, the seed endpoint, the echo of everything
// else, the platform signature on every reply and the X-Gateway-Mode faults. server.php
// serves it over HTTP and HTTPS; run directly by PHP's built-in server it is also a router:
//   php -n -S 127.0.0.1:PORT tests/gateway/router.php
// Needs only the openssl, json and zlib extensions (built into Debian's php, so -n works).
declare(strict_types=1);

require_once __DIR__ . '/media.php';

const SEED_PATH = '/v3/platsolution/ecommerce/insurance-compensation-contracts';
const AUTH_SCHEME = 'WECHATPAY2-SHA256-RSA2048';
const MAX_CLOCK_SKEW = 300;
const JSON_TYPE = 'application/json; charset=utf-8';
const JSON_FLAGS = JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_INVALID_UTF8_SUBSTITUTE;
const REDIRECT_PARAM = 'gateway_redirect';
const TRUNCATED_BYTES = 64;

// mode => regex its argument must match ('' = takes no argument)
const MODES = [
    'status' => '/^[2-5]\d\d$/',
    'html' => '/^[2-5]\d\d$/',
    'empty' => '/^[2-5]\d\d$/',
    'bad-signature' => '',
    'other-body' => '',
    'skew' => '/^[+-]\d{1,9}$/',
    'unknown-serial' => '',
    'missing' => '/^wechatpay-(timestamp|nonce|serial|signature)$/i',
    'pubkey-id' => '',
    'sleep' => '/^([0-5]?\d(\.\d+)?|60)$/',  // at most 60 s
    'drip' => '/^([1-9]\d{0,2}|1000)$/',      // 1..1000 ms per byte
    'truncate' => '',
    'gzip' => '',
    'redirect' => '/^(1?\d|20)$/',            // at most 20 hops
    'redirect-status' => '/^30[12378]$/',     // the status of those hops (default 302)
    'redirect-to' => '/^[a-z0-9-]{1,40}$/',   // hops go to /v3/<segment> instead of the same path
    'redirect-origin' => '/^(localhost|ftp)$/', // hops go to http://localhost:PORT (another origin), or ftp://
    'nosigncheck' => '',
];

function key_file(string $name): string
{
    $dir = getenv('WECHATPAY_GATEWAY_KEYS') ?: __DIR__ . '/../.keys';
    $content = file_get_contents("$dir/$name");
    if ($content === false) {
        throw new RuntimeException("missing $dir/$name: run tests/gateway/keygen.sh");
    }
    return $content;
}

function nonce(): string
{
    $alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    $nonce = '';
    for ($i = 0; $i < 32; $i++) {
        $nonce .= $alphabet[random_int(0, 61)];
    }
    return $nonce;
}

function error_body(string $code, string $message): string
{
    return json_encode(['code' => $code, 'message' => $message], JSON_FLAGS);
}

/** @return array<string, list<string>> mode name => its arguments, in request order */
function parse_modes(string $header): array
{
    $modes = [];
    foreach (explode(',', $header) as $item) {
        $item = trim($item);
        if ($item === '') {
            continue;
        }
        [$name, $arg] = explode(':', $item, 2) + [1 => ''];
        $pattern = MODES[$name] ?? null;
        if ($pattern === null || ($pattern === '' ? $arg !== '' : !preg_match($pattern, $arg))) {
            throw new InvalidArgumentException("unknown gateway mode `$item`");
        }
        $modes[$name][] = $arg;
    }
    return $modes;
}

/** The reason the merchant's Authorization header is refused, or null when it is valid. */
function authorization_error(string $header, string $method, string $target, string $body): ?string
{
    if ($header === '') {
        return 'Authorization header is missing';
    }
    [$scheme, $params] = explode(' ', $header, 2) + [1 => ''];
    if ($scheme !== AUTH_SCHEME) {
        return 'authorization scheme must be ' . AUTH_SCHEME;
    }
    $fields = [];
    foreach (explode(',', $params) as $pair) {
        if (!preg_match('/^\s*([a-z_]+)="([^"]*)"\s*$/', $pair, $m)) {
            return "malformed authorization parameter `$pair`";
        }
        $fields[$m[1]] = $m[2];
    }
    foreach (['mchid', 'serial_no', 'timestamp', 'nonce_str', 'signature'] as $name) {
        if (!isset($fields[$name]) || $fields[$name] === '') {
            return "authorization parameter $name is missing";
        }
    }
    $mchid = getenv('WECHATPAY_GATEWAY_MCHID') ?: '1900000109';
    if ($fields['mchid'] !== $mchid) {
        return "mchid `{$fields['mchid']}` is not the gateway's mchid";
    }
    if ($fields['serial_no'] !== key_file('merchant.serial')) {
        return "serial_no `{$fields['serial_no']}` is not the merchant certificate serial";
    }
    if (!preg_match('/^\d+$/', $fields['timestamp']) || abs(time() - (int) $fields['timestamp']) > MAX_CLOCK_SKEW) {
        return "timestamp `{$fields['timestamp']}` is more than " . MAX_CLOCK_SKEW . ' s away from the gateway clock';
    }
    $message = "$method\n$target\n{$fields['timestamp']}\n{$fields['nonce_str']}\n$body\n";
    $signature = base64_decode($fields['signature'], true);
    if ($signature === false || openssl_verify($message, $signature, key_file('merchant.crt'), OPENSSL_ALGO_SHA256) !== 1) {
        return 'signature verification failed';
    }
    return null;
}

/** @return array{int, string} status and JSON body of the seed endpoint */
function seed(string $body): array
{
    $request = json_decode($body, true);
    if (!is_array($request)) {
        return [400, error_body('PARAM_ERROR', 'request body must be a JSON object')];
    }
    foreach (['out_apply_no', 'sub_mchid'] as $name) {
        if (!is_string($request[$name] ?? null)) {
            return [400, error_body('PARAM_ERROR', "$name must be a string")];
        }
    }
    $list = $request['agreement_list'] ?? null;
    if (!is_array($list) || $list === [] || !array_is_list($list)) {
        return [400, error_body('PARAM_ERROR', 'agreement_list must be a non-empty array')];
    }
    foreach ($list as $i => $item) {
        foreach (['agreement_code', 'agreement_version', 'sign_organization', 'sign_time'] as $name) {
            if (!is_string($item[$name] ?? null)) {
                return [400, error_body('PARAM_ERROR', "agreement_list[$i].$name must be a string")];
            }
        }
    }
    $now = new DateTimeImmutable('now', new DateTimeZone('Asia/Shanghai'));
    return [200, json_encode([
        'sub_mchid' => $request['sub_mchid'],
        'opened' => true,
        'success_time' => $now->format(DATE_RFC3339),
    ], JSON_FLAGS)];
}

/**
 * What to answer, before signing and faults.
 * @return array{int, string, ?string, array<string, string>, array<string, list<string>>}
 *         status, body, Content-Type, extra headers, the modes that shape the reply
 */
function route(string $method, string $target, array $headers, string $body): array
{
    // absolute form (what a forward proxy receives): served as the origin it names
    $requestLine = $target;
    if (preg_match('#^https?://[^/?]*#i', $target, $origin)) {
        $target = substr($target, strlen($origin[0]));
        $target = $target === '' || $target[0] === '?' ? "/$target" : $target;
    }
    [$path, $query] = explode('?', $target, 2) + [1 => ''];
    if (($upload = media_upload($method, $target, $headers, $body)) !== null) {
        return $upload;
    }
    try {
        $modes = parse_modes($headers['x-gateway-mode'] ?? '');
        $modeError = null;
    } catch (InvalidArgumentException $e) {
        [$modes, $modeError] = [[], $e->getMessage()];
    }

    if (!isset($modes['nosigncheck'])) {
        $refusal = authorization_error($headers['authorization'] ?? '', $method, $target, $body);
        if ($refusal !== null) {
            return [401, error_body('SIGN_ERROR', $refusal), JSON_TYPE, [], []];
        }
    }
    if ($modeError !== null) {
        return [400, error_body('PARAM_ERROR', $modeError), JSON_TYPE, [], []];
    }
    if (($download = media_download($method, $path, $query, $modes)) !== null) {
        return $download;
    }
    if (isset($modes['status'])) {
        return [(int) $modes['status'][0], error_body('X', 'mode'), JSON_TYPE, [], $modes];
    }
    if (isset($modes['html'])) {
        $code = $modes['html'][0];
        $html = "<html><head><title>$code</title></head><body><h1>$code</h1></body></html>\n";
        return [(int) $code, $html, 'text/html; charset=utf-8', [], $modes];
    }
    if (isset($modes['empty'])) {
        return [(int) $modes['empty'][0], '', null, [], $modes];
    }
    if (isset($modes['redirect'])) {
        parse_str($query, $params);
        $hops = (int) ($params[REDIRECT_PARAM] ?? 0);
        if ($hops < (int) $modes['redirect'][0]) {
            $rest = preg_replace('/(^|&)' . REDIRECT_PARAM . '=\d*/', '', $query);
            $next = ltrim($rest . '&' . REDIRECT_PARAM . '=' . ($hops + 1), '&');
            $to = isset($modes['redirect-to']) ? '/v3/' . $modes['redirect-to'][0] : $path;
            $origin = match ($modes['redirect-origin'][0] ?? '') {
                'localhost' => 'http://localhost:' . explode(':', $headers['host'] ?? '', 2)[1],
                'ftp' => 'ftp://127.0.0.1',
                default => '',
            };
            return [(int) ($modes['redirect-status'][0] ?? 302), '', null, ['Location' => "$origin$to?$next"], $modes];
        }
    }
    if ($method === 'POST' && $path === SEED_PATH) {
        return [...seed($body), JSON_TYPE, [], $modes];
    }
    $echo = ['method' => $method, 'target' => $target, 'path' => $path, 'query' => $query, 'headers' => $headers, 'body' => $body];
    if ($requestLine !== $target) {
        $echo['proxy_target'] = $requestLine;
    }
    return [200, json_encode($echo, JSON_FLAGS), JSON_TYPE, [], $modes];
}

/**
 * Answers one request: the reply to send, signed like WeChat Pay and shaped by the modes.
 * @param array<string, string> $headers request headers, lower-cased names
 * @return array{status: int, headers: array<string, string>, body: string, drip: int, truncate: bool}
 *         drip = milliseconds per body byte (0: all at once); truncate = end the connection
 *         after the body (Content-Length already promises more)
 */
function gateway_reply(string $method, string $target, array $headers, string $body, string $peerPort): array
{
    if (($log = getenv('WECHATPAY_GATEWAY_LOG')) !== false && $log !== '') {
        file_put_contents($log, "$method $target $peerPort\n", FILE_APPEND | LOCK_EX);
    }
    [$status, $reply, $type, $extra, $modes] = route($method, $target, $headers, $body);

    if (isset($modes['sleep'])) {
        usleep((int) ((float) $modes['sleep'][0] * 1e6));
    }
    if (isset($modes['skew'])) {
        // answer early in a second, so that the client reads its clock within the same second and
        // the offset it sees is exactly the skew asked for
        $fraction = fmod(microtime(true), 1.0);
        if ($fraction > 0.5) {
            usleep((int) ((1.0 - $fraction) * 1e6) + 2000);
        }
    }
    $timestamp = (string) (time() + (int) ($modes['skew'][0] ?? 0));
    $nonce = nonce();
    $signed = isset($modes['other-body']) ? $reply . ' ' : media_signed_text($extra, $reply);
    $key = key_file(isset($modes['bad-signature']) ? 'other.key' : 'platform.key');
    openssl_sign("$timestamp\n$nonce\n$signed\n", $signature, $key, OPENSSL_ALGO_SHA256);
    $serial = match (true) {
        isset($modes['unknown-serial']) => 'UNKNOWNSERIAL0000',
        isset($modes['pubkey-id']) => key_file('platform.pubkeyid'),
        default => key_file('platform.serial'),
    };
    $extra += [
        'Wechatpay-Timestamp' => $timestamp,
        'Wechatpay-Nonce' => $nonce,
        'Wechatpay-Serial' => $serial,
        'Wechatpay-Signature' => base64_encode($signature),
        'Request-ID' => strtoupper(bin2hex(random_bytes(16))),
    ];
    if ($type !== null) {
        $extra['Content-Type'] = $type;
    }
    foreach ($modes['missing'] ?? [] as $missing) {
        $extra = array_filter($extra, fn ($name) => strcasecmp($name, $missing) !== 0, ARRAY_FILTER_USE_KEY);
    }
    if (isset($modes['gzip']) && preg_match('/\bgzip\b/i', $headers['accept-encoding'] ?? '')) {
        $reply = gzencode($reply);
        $extra['Content-Encoding'] = 'gzip';
    }
    $truncate = isset($modes['truncate']);
    $extra['Content-Length'] = (string) (strlen($reply) + ($truncate ? TRUNCATED_BYTES : 0));

    return ['status' => $status, 'headers' => $extra, 'body' => $reply, 'drip' => (int) ($modes['drip'][0] ?? 0), 'truncate' => $truncate];
}

/** Writes the reply body through $write (false: the client is gone), at once or dripping. */
function send_body(array $reply, callable $write): void
{
    if ($reply['drip'] === 0) {
        $write($reply['body']);
        return;
    }
    foreach (str_split($reply['body']) as $byte) {
        if (!$write($byte)) {
            return;
        }
        usleep($reply['drip'] * 1000);
    }
}

if (PHP_SAPI === 'cli-server') {
    ini_set('default_mimetype', '');  // no Content-Type unless the reply has one
    header_remove('X-Powered-By');
    $reply = gateway_reply(
        $_SERVER['REQUEST_METHOD'],
        $_SERVER['REQUEST_URI'],
        array_change_key_case(getallheaders(), CASE_LOWER),
        (string) file_get_contents('php://input'),
        (string) $_SERVER['REMOTE_PORT'],
    );
    http_response_code($reply['status']);
    foreach ($reply['headers'] as $name => $value) {
        header("$name: $value");
    }
    send_body($reply, function (string $bytes): bool {
        echo $bytes;
        flush();
        return !connection_aborted();
    });
}
