<?php
// media.php: the gateway's uploads and downloads (README.md, "Uploads and downloads"), required by
// router.php. Uploads: a multipart/form-data request is checked as WeChat Pay checks a media upload
// (the Authorization signature covers the `meta` part's JSON, not the body; the `file` part's
// sha256 must match the meta's), then echoed. Downloads: `gateway_big=N` answers N deterministic
// bytes (big_body()); `gateway_statement` answers a CSV signed the way WeChat Pay signs statements
// (/v3/global/statements, /hk/v3/statements), over {"sha1":"<Wechatpay-Statement-Sha1>"}, not the body.
declare(strict_types=1);

const BIG_MAX = 64 << 20;

/** N deterministic bytes: sha256("0"), sha256("1"), … (raw) concatenated, cut at N. */
function big_body(int $bytes): string
{
    $body = '';
    for ($i = 0; strlen($body) < $bytes; $i++) {
        $body .= hash('sha256', (string) $i, true);
    }
    return substr($body, 0, $bytes);
}

/** @return list<array{headers: array<string, string>, name: ?string, filename: ?string, body: string}>|null */
function multipart_parts(string $contentType, string $body): ?array
{
    if (!preg_match('/^multipart\/form-data;\s*boundary="?([^";]+)"?$/i', $contentType, $m)) {
        return null;
    }
    $delimiter = "--{$m[1]}";
    if (!str_starts_with($body, "$delimiter\r\n") || !str_ends_with($body, "\r\n$delimiter--\r\n")) {
        return null;
    }
    $inner = substr($body, strlen($delimiter) + 2, -strlen("\r\n$delimiter--\r\n"));
    $parts = [];
    foreach (explode("\r\n$delimiter\r\n", $inner) as $raw) {
        $split = strpos($raw, "\r\n\r\n");
        if ($split === false) {
            return null;
        }
        $headers = [];
        foreach (explode("\r\n", substr($raw, 0, $split)) as $line) {
            [$name, $value] = explode(':', $line, 2) + [1 => ''];
            $headers[strtolower(trim($name))] = trim($value);
        }
        $disposition = $headers['content-disposition'] ?? '';
        $parts[] = [
            'headers' => $headers,
            'name' => preg_match('/;\s*name="([^"]*)"/', $disposition, $n) ? $n[1] : null,
            'filename' => preg_match('/;\s*filename="([^"]*)"/', $disposition, $f) ? $f[1] : null,
            'body' => substr($raw, $split + 4),
        ];
    }
    return $parts;
}

/**
 * A media upload (multipart/form-data), checked and echoed; null for any other request.
 * @return array{int, string, ?string, array<string, string>, array<string, list<string>>}|null
 */
function media_upload(string $method, string $target, array $headers, string $body): ?array
{
    $contentType = $headers['content-type'] ?? '';
    if (stripos($contentType, 'multipart/form-data') !== 0) {
        return null;
    }
    $parts = multipart_parts($contentType, $body);
    if ($parts === null || count($parts) !== 2 || $parts[0]['name'] !== 'meta' || $parts[1]['name'] !== 'file') {
        return [400, error_body('PARAM_ERROR', 'the body must be a `meta` part then a `file` part'), JSON_TYPE, [], []];
    }
    [$meta, $file] = $parts;
    $refusal = authorization_error($headers['authorization'] ?? '', $method, $target, $meta['body']);
    if ($refusal !== null) {
        return [401, error_body('SIGN_ERROR', $refusal), JSON_TYPE, [], []];
    }
    $decoded = json_decode($meta['body'], true);
    if (!is_array($decoded) || !is_string($decoded['filename'] ?? null) || !is_string($decoded['sha256'] ?? null)) {
        return [400, error_body('PARAM_ERROR', 'meta must be JSON with string filename and sha256'), JSON_TYPE, [], []];
    }
    $sha256 = hash('sha256', $file['body']);
    if (!hash_equals($sha256, $decoded['sha256'])) {
        return [400, error_body('PARAM_ERROR', "the file's sha256 $sha256 is not the meta's"), JSON_TYPE, [], []];
    }
    if (isset($file['headers']['content-length']) && (int) $file['headers']['content-length'] !== strlen($file['body'])) {
        return [400, error_body('PARAM_ERROR', "the file part's Content-Length is not its size"), JSON_TYPE, [], []];
    }
    return [200, json_encode([
        'media_id' => 'MEDIA' . substr($sha256, 0, 16),
        'meta' => $meta['body'],
        'meta_type' => $meta['headers']['content-type'] ?? null,
        'filename' => $file['filename'],
        'file_type' => $file['headers']['content-type'] ?? null,
        'file_length' => strlen($file['body']),
        'file_sha256' => $sha256,
        'transfer_encoding' => $headers['transfer-encoding'] ?? null,
    ], JSON_FLAGS), JSON_TYPE, [], []];
}

/**
 * A download (after the Authorization check): `gateway_big=N` bytes, or a statement CSV; null otherwise.
 * @return array{int, string, ?string, array<string, string>, array<string, list<string>>}|null
 */
function media_download(string $method, string $path, string $query, array $modes): ?array
{
    parse_str($query, $params);
    if (isset($params['gateway_big']) && is_string($params['gateway_big'])) {
        $bytes = (int) $params['gateway_big'];
        if (!preg_match('/^\d{1,9}$/', $params['gateway_big']) || $bytes > BIG_MAX) {
            return [400, error_body('PARAM_ERROR', 'gateway_big must be 0..' . BIG_MAX), JSON_TYPE, [], $modes];
        }
        return [200, big_body($bytes), 'application/octet-stream', [], $modes];
    }
    if ($method === 'GET' && isset($params['gateway_statement'])) {
        $csv = "date,amount\n" . ($params['date'] ?? '2025-01-01') . ",100\n";
        $sha1 = match ($params['gateway_sha1'] ?? '') {
            'wrong' => sha1("$csv."),  // signed all the same: the SDK does not compare it with the CSV
            'none' => null,            // no Wechatpay-Statement-Sha1: the body itself is signed
            default => sha1($csv),
        };
        return [200, $csv, 'text/csv', $sha1 === null ? [] : ['Wechatpay-Statement-Sha1' => $sha1], $modes];
    }
    return null;
}

/** What a reply's signature covers: {"sha1":…} for a statement, else its body. */
function media_signed_text(array $extra, string $body): string
{
    return isset($extra['Wechatpay-Statement-Sha1']) ? '{"sha1":"' . $extra['Wechatpay-Statement-Sha1'] . '"}' : $body;
}
