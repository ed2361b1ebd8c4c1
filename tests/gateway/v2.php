<?php
// v2.php: owns the APIv2 (XML) side of the local test gateway (README.md, "APIv2"). A request
// without an Authorization header whose path is not under /v3/ is an APIv2 call: its data (the
// XML body, or a GET's query) must carry a valid `sign` (MD5, or HMAC-SHA256 when `sign_type` says
// so) made with the gateway's APIv2 secret; the reply is signed XML that echoes the request. Signs
// are computed here with PHP's own md5() / hash_hmac(), independently of the extension.
// The X-Gateway-V2 header picks faults. Flat XML documents only (nested elements are not read).
declare(strict_types=1);

const V2_DEFAULT_SECRET = 'extWechatpayApiV2TestSecret32chr';
const V2_XML_TYPE = 'text/xml; charset=utf-8';
const V2_MODES = ['fail-return', 'fail-result', 'bad-sign', 'no-sign', 'hmac', 'csv', 'malformed', 'nosigncheck', 'redirect'];
const V2_REDIRECT_PARAM = 'gateway_redirect';

function v2_secret(): string
{
    return getenv('WECHATPAY_GATEWAY_SECRET') ?: V2_DEFAULT_SECRET;
}

/** The APIv2 sign of $data: sorted byte-wise by key, `sign`/null/'' skipped, "&key=SECRET" appended. */
function v2_sign(array $data, string $type, string $secret): string
{
    ksort($data, SORT_STRING);
    $pairs = [];
    foreach ($data as $key => $value) {
        if ($key === 'sign' || $value === null || $value === '') {
            continue;
        }
        $pairs[] = "$key=$value";
    }
    $message = implode('&', $pairs) . '&key=' . $secret;
    return strtoupper($type === 'HMAC-SHA256' ? hash_hmac('sha256', $message, $secret) : md5($message));
}

/** name => text of a flat `<xml>…</xml>` document, or null when it is not one. */
function v2_parse(string $xml): ?array
{
    if (!preg_match('~^\s*<xml>(.*)</xml>\s*$~s', $xml, $root)) {
        return null;
    }
    preg_match_all('~<([A-Za-z_][\w.:-]*)>(?:<!\[CDATA\[(.*?)\]\]>|([^<]*))</\1>|<([A-Za-z_][\w.:-]*)/>~s', $root[1], $all, PREG_SET_ORDER);
    $data = [];
    foreach ($all as $m) {
        if (($m[4] ?? '') !== '') {
            $data[$m[4]] = '';
        } else {
            $data[$m[1]] = ($m[2] ?? '') !== '' ? $m[2] : html_entity_decode($m[3] ?? '', ENT_XML1 | ENT_QUOTES, 'UTF-8');
        }
    }
    return $data;
}

function v2_xml(array $data): string
{
    $xml = '<xml>';
    foreach ($data as $name => $value) {
        $xml .= "<$name>" . htmlspecialchars((string) $value, ENT_XML1 | ENT_QUOTES, 'UTF-8') . "</$name>";
    }
    return "$xml</xml>";
}

/**
 * The APIv2 answer to a request, or null when the request is not an APIv2 call.
 * @return array{int, string, ?string, array<string, string>, array}|null as router.php's route()
 */
function v2_route(string $method, string $path, string $query, array $headers, string $body): ?array
{
    if (isset($headers['authorization']) || str_starts_with($path, '/v3/')) {
        return null;
    }
    $modes = array_filter(array_map('trim', explode(',', $headers['x-gateway-v2'] ?? '')), 'strlen');
    foreach ($modes as $mode) {
        if (!in_array($mode, V2_MODES, true)) {
            return [400, v2_xml(['return_code' => 'FAIL', 'return_msg' => "unknown X-Gateway-V2 mode `$mode`"]), V2_XML_TYPE, [], []];
        }
    }
    $has = fn (string $mode): bool => in_array($mode, $modes, true);
    $secret = v2_secret();

    if ($method === 'GET') {
        $data = [];
        foreach ($query === '' ? [] : explode('&', $query) as $pair) {
            [$key, $value] = explode('=', $pair, 2) + [1 => ''];
            $data[rawurldecode($key)] = rawurldecode($value);
        }
    } else {
        $data = v2_parse($body);
        if ($data === null) {
            return [200, v2_xml(['return_code' => 'FAIL', 'return_msg' => 'request body is not an XML document']), V2_XML_TYPE, [], []];
        }
    }
    $type = $data['sign_type'] ?? 'MD5';
    if (!$has('nosigncheck')) {
        $expected = v2_sign($data, $type, $secret);
        if (!isset($data['sign']) || !hash_equals($expected, $data['sign'])) {
            // what WeChat Pay answers to a bad signature: unsigned
            return [200, v2_xml(['return_code' => 'FAIL', 'return_msg' => 'SIGNERROR']), V2_XML_TYPE, [], []];
        }
    }

    if ($has('redirect') && !str_contains($query, V2_REDIRECT_PARAM . '=')) {
        // once, 307 (method and body kept) to the same path with one more query parameter
        $location = $path . '?' . ($query === '' ? '' : "$query&") . V2_REDIRECT_PARAM . '=1';
        return [307, '', null, ['Location' => $location], []];
    }
    if ($has('csv')) {
        $csv = "交易时间,公众账号ID,商户号,总金额\n`2026-01-01 00:00:00,`wx8888888888888888,`{$path},`0.01\n";
        return [200, $csv, 'text/plain;charset=utf-8', [], []];
    }
    if ($has('malformed')) {
        return [200, '<xml><return_code>SUCCESS</return_code><unclosed>', V2_XML_TYPE, [], []];
    }
    if ($has('fail-return')) {
        return [200, v2_xml(['return_code' => 'FAIL', 'return_msg' => 'mode fail-return']), V2_XML_TYPE, [], []];
    }
    $reply = [
        'return_code' => 'SUCCESS',
        'return_msg' => 'OK',
        'result_code' => $has('fail-result') ? 'FAIL' : 'SUCCESS',
    ];
    if ($has('fail-result')) {
        $reply += ['err_code' => 'ORDERNOTEXIST', 'err_code_des' => 'mode fail-result'];
    }
    $reply += [
        'nonce_str' => nonce(),
        'method' => $method,
        'target' => $query === '' ? $path : "$path?$query",
        'content_type' => $headers['content-type'] ?? '',
        'accept' => $headers['accept'] ?? '',
        'request_sign_type' => $type,
        'request_fields' => json_encode($data, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES),
        'request_body' => base64_encode($body),
    ];
    if (!$has('no-sign')) {
        $replyType = $has('hmac') || $type === 'HMAC-SHA256' ? 'HMAC-SHA256' : 'MD5';
        $reply['sign'] = v2_sign($reply, $replyType, $has('bad-sign') ? strrev($secret) : $secret);
    }
    return [200, v2_xml($reply), V2_XML_TYPE, [], []];
}
