--TEST--
PemUtil certificates: loadCertificate() / loadCertificateFromString() give ext/openssl's OpenSSLCertificate; parseCertificateSerialNo() equals `openssl x509 -serial`; failures and TypeErrors as in the SDK
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/openssl.inc';
use WeChatPay\Util\PemUtil;

$k = wechatpay_openssl_keys();
$pem = file_get_contents($k['cert']);
$reference = wechatpay_openssl(['x509', '-in', $k['cert']]);

function attempt(string $label, callable $run): void
{
    try {
        $value = $run();
        $result = is_object($value) ? get_class($value) : var_export($value, true);
    } catch (Throwable $e) {
        $result = get_class($e) . ': ' . $e->getMessage();
    }
    echo $label, ': ', $result, "\n";
}

function same_certificate($certificate): string
{
    global $reference;
    return $certificate instanceof OpenSSLCertificate && openssl_x509_export($certificate, $exported) && $exported === $reference
        ? 'the certificate' : 'NOT THE CERTIFICATE';
}

echo "-- loading\n";
attempt('loadCertificate(path)', static fn() => same_certificate(PemUtil::loadCertificate($k['cert'])));
attempt('loadCertificate(file://path)', static fn() => same_certificate(PemUtil::loadCertificate('file://' . $k['cert'])));
attempt('loadCertificate(data://)', static fn() => same_certificate(PemUtil::loadCertificate('data://text/plain;base64,' . base64_encode($pem))));
chdir($k['dir']);
attempt('loadCertificate(relative path)', static fn() => same_certificate(PemUtil::loadCertificate(basename($k['cert']))));
attempt('loadCertificateFromString(PEM)', static fn() => same_certificate(PemUtil::loadCertificateFromString($pem)));
attempt('loadCertificateFromString(file://path)', static fn() => same_certificate(PemUtil::loadCertificateFromString('file://' . $k['cert'])));
$object = openssl_x509_read($pem);
attempt('loadCertificateFromString(OpenSSLCertificate)', static fn() => same_certificate(PemUtil::loadCertificateFromString($object)));

echo "-- serial numbers\n";
$serials = ['0x5A1E4F0C3B2D1A0908F7E6D5C4B3A29180706050', '0x7fffffffffffffffffffffffffffffffffffffff', '1', '0x0abc', '0xFF', '0x8000000000000000', '4096'];
foreach ($serials as $serial) {
    $path = $k['dir'] . '/serial.crt';
    wechatpay_openssl(['req', '-new', '-x509', '-key', $k['pkcs8'], '-days', '1', '-set_serial', $serial, '-subj', '/CN=serial', '-out', $path]);
    $cli = substr(trim(wechatpay_openssl(['x509', '-in', $path, '-noout', '-serial'])), strlen('serial='));
    $text = file_get_contents($path);
    $results = [PemUtil::parseCertificateSerialNo($text), PemUtil::parseCertificateSerialNo('file://' . $path),
                PemUtil::parseCertificateSerialNo(openssl_x509_read($text)), PemUtil::parseCertificateSerialNo(PemUtil::loadCertificate($path))];
    printf("%s: %s%s\n", $serial, $cli, count(array_unique($results)) === 1 && $results[0] === $cli ? ' (all forms equal the CLI)' : ' DIFFERS: ' . implode(',', $results));
}

echo "-- failures\n";
set_error_handler(static function (int $level, string $message): bool {
    echo "  warning: $message\n";
    return true;
});
$missing = $k['dir'] . '/missing.crt';
attempt('loadCertificate(missing)', static fn() => PemUtil::loadCertificate($missing) && false);
attempt('loadCertificate(a private key)', static fn() => PemUtil::loadCertificate($k['pkcs8']));
attempt('loadCertificate(empty)', static fn() => PemUtil::loadCertificate(''));
attempt('loadCertificate(NUL byte)', static fn() => PemUtil::loadCertificate($k['cert'] . "\0"));
attempt('loadCertificateFromString(garbage)', static fn() => PemUtil::loadCertificateFromString('garbage'));
attempt('loadCertificateFromString(file:// missing)', static fn() => PemUtil::loadCertificateFromString('file://' . $missing));
attempt('parseCertificateSerialNo(garbage)', static fn() => PemUtil::parseCertificateSerialNo('garbage'));
attempt('parseCertificateSerialNo(a private key PEM)', static fn() => PemUtil::parseCertificateSerialNo(file_get_contents($k['pkcs8'])));
attempt('parseCertificateSerialNo(path without file://)', static fn() => PemUtil::parseCertificateSerialNo($k['cert']));

echo "-- the SDK calls ext/openssl under strict_types: only a string or an OpenSSLCertificate\n";
$stringable = new class {
    public function __toString(): string
    {
        return 'stringable';
    }
};
$others = ['null' => null, 'int' => 1, 'float' => 1.5, 'bool' => true, 'array' => [], 'stdClass' => new stdClass(),
    'Stringable' => $stringable, 'OpenSSLAsymmetricKey' => openssl_pkey_get_private(file_get_contents($k['pkcs8']))];
foreach ($others as $label => $value) {
    attempt("loadCertificateFromString($label)", static fn() => PemUtil::loadCertificateFromString($value));
    attempt("parseCertificateSerialNo($label)", static fn() => PemUtil::parseCertificateSerialNo($value));
}
attempt('loadCertificate is typed', static fn() => PemUtil::loadCertificate([]));

echo "-- a warning an error handler turns into an exception surfaces as that exception\n";
set_error_handler(static function (int $level, string $message): bool {
    throw new ErrorException($message, 0, $level);
});
attempt('loadCertificate(missing)', static fn() => PemUtil::loadCertificate($missing));
attempt('loadCertificate(a private key)', static fn() => PemUtil::loadCertificate($k['pkcs8']));
attempt('loadCertificateFromString(garbage)', static fn() => PemUtil::loadCertificateFromString('garbage'));
?>
--EXPECTF--
-- loading
loadCertificate(path): 'the certificate'
loadCertificate(file://path): 'the certificate'
loadCertificate(data://): 'the certificate'
loadCertificate(relative path): 'the certificate'
loadCertificateFromString(PEM): 'the certificate'
loadCertificateFromString(file://path): 'the certificate'
loadCertificateFromString(OpenSSLCertificate): 'the certificate'
-- serial numbers
0x5A1E4F0C3B2D1A0908F7E6D5C4B3A29180706050: 5A1E4F0C3B2D1A0908F7E6D5C4B3A29180706050 (all forms equal the CLI)
0x7fffffffffffffffffffffffffffffffffffffff: 7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF (all forms equal the CLI)
1: 01 (all forms equal the CLI)
0x0abc: 0ABC (all forms equal the CLI)
0xFF: FF (all forms equal the CLI)
0x8000000000000000: 8000000000000000 (all forms equal the CLI)
4096: 1000 (all forms equal the CLI)
-- failures
  warning: file_get_contents(%s/missing.crt): Failed to open stream: No such file or directory
loadCertificate(missing): UnexpectedValueException: Loading the certificate failed, please checking your %s/missing.crt input.
  warning: openssl_x509_read(): X.509 Certificate cannot be retrieved
loadCertificate(a private key): false
loadCertificate(empty): ValueError: Path cannot be empty
loadCertificate(NUL byte): ValueError: file_get_contents(): Argument #1 ($filename) must not contain any null bytes
  warning: openssl_x509_read(): X.509 Certificate cannot be retrieved
loadCertificateFromString(garbage): false
  warning: openssl_x509_read(): X.509 Certificate cannot be retrieved
loadCertificateFromString(file:// missing): false
parseCertificateSerialNo(garbage): UnexpectedValueException: Read the $certificate failed, please check it whether or nor correct
parseCertificateSerialNo(a private key PEM): UnexpectedValueException: Read the $certificate failed, please check it whether or nor correct
parseCertificateSerialNo(path without file://): UnexpectedValueException: Read the $certificate failed, please check it whether or nor correct
-- the SDK calls ext/openssl under strict_types: only a string or an OpenSSLCertificate
loadCertificateFromString(null): TypeError: openssl_x509_read(): Argument #1 ($certificate) must be of type OpenSSLCertificate|string, null given
parseCertificateSerialNo(null): TypeError: openssl_x509_parse(): Argument #1 ($certificate) must be of type OpenSSLCertificate|string, null given
loadCertificateFromString(int): TypeError: openssl_x509_read(): Argument #1 ($certificate) must be of type OpenSSLCertificate|string, int given
parseCertificateSerialNo(int): TypeError: openssl_x509_parse(): Argument #1 ($certificate) must be of type OpenSSLCertificate|string, int given
loadCertificateFromString(float): TypeError: openssl_x509_read(): Argument #1 ($certificate) must be of type OpenSSLCertificate|string, float given
parseCertificateSerialNo(float): TypeError: openssl_x509_parse(): Argument #1 ($certificate) must be of type OpenSSLCertificate|string, float given
loadCertificateFromString(bool): TypeError: openssl_x509_read(): Argument #1 ($certificate) must be of type OpenSSLCertificate|string, bool given
parseCertificateSerialNo(bool): TypeError: openssl_x509_parse(): Argument #1 ($certificate) must be of type OpenSSLCertificate|string, bool given
loadCertificateFromString(array): TypeError: openssl_x509_read(): Argument #1 ($certificate) must be of type OpenSSLCertificate|string, array given
parseCertificateSerialNo(array): TypeError: openssl_x509_parse(): Argument #1 ($certificate) must be of type OpenSSLCertificate|string, array given
loadCertificateFromString(stdClass): TypeError: openssl_x509_read(): Argument #1 ($certificate) must be of type OpenSSLCertificate|string, stdClass given
parseCertificateSerialNo(stdClass): TypeError: openssl_x509_parse(): Argument #1 ($certificate) must be of type OpenSSLCertificate|string, stdClass given
loadCertificateFromString(Stringable): TypeError: openssl_x509_read(): Argument #1 ($certificate) must be of type OpenSSLCertificate|string, class@anonymous given
parseCertificateSerialNo(Stringable): TypeError: openssl_x509_parse(): Argument #1 ($certificate) must be of type OpenSSLCertificate|string, class@anonymous given
loadCertificateFromString(OpenSSLAsymmetricKey): TypeError: openssl_x509_read(): Argument #1 ($certificate) must be of type OpenSSLCertificate|string, OpenSSLAsymmetricKey given
parseCertificateSerialNo(OpenSSLAsymmetricKey): TypeError: openssl_x509_parse(): Argument #1 ($certificate) must be of type OpenSSLCertificate|string, OpenSSLAsymmetricKey given
loadCertificate is typed: TypeError: WeChatPay\Util\PemUtil::loadCertificate(): Argument #1 ($filepath) must be of type string, array given
-- a warning an error handler turns into an exception surfaces as that exception
loadCertificate(missing): ErrorException: file_get_contents(%s/missing.crt): Failed to open stream: No such file or directory
loadCertificate(a private key): ErrorException: openssl_x509_read(): X.509 Certificate cannot be retrieved
loadCertificateFromString(garbage): ErrorException: openssl_x509_read(): X.509 Certificate cannot be retrieved
