<?php
// bench/fpm.php: the merchant page of workload (f) in bench/run.sh, run by PHP-FPM behind nginx. Every
// request does what a merchant's page does with wechatpay/wechatpay: load the keys from their FILES,
// build the client with Builder::factory, make one HTTPS call (the seed request) and use the reply.
// It prints "OK" (2 bytes, so that ab can compare lengths) or answers 500 with the failure.
// Config: the pool's env[] (WECHATPAY_MCHID, WECHATPAY_MERCHANT_SERIAL, WECHATPAY_MERCHANT_KEY,
// WECHATPAY_PLATFORM_CERT, WECHATPAY_BASE_URI, WECHATPAY_CAINFO, optional WECHATPAY_AUTOLOAD: the
// SDK pool's autoloader; the extension's pool has none).
declare(strict_types=1);

use WeChatPay\Builder;
use WeChatPay\Crypto\Rsa;
use WeChatPay\Util\PemUtil;

if ($autoload = getenv('WECHATPAY_AUTOLOAD')) {
    require $autoload;
}

try {
    $merchantPrivateKey = Rsa::from('file://' . getenv('WECHATPAY_MERCHANT_KEY'), Rsa::KEY_TYPE_PRIVATE);
    $platformCertificateFile = 'file://' . getenv('WECHATPAY_PLATFORM_CERT');
    $platformPublicKey = Rsa::from($platformCertificateFile, Rsa::KEY_TYPE_PUBLIC);
    $platformSerial = PemUtil::parseCertificateSerialNo($platformCertificateFile);

    $instance = Builder::factory([
        'mchid' => getenv('WECHATPAY_MCHID'),
        'serial' => getenv('WECHATPAY_MERCHANT_SERIAL'),
        'privateKey' => $merchantPrivateKey,
        'certs' => [$platformSerial => $platformPublicKey],
        'base_uri' => getenv('WECHATPAY_BASE_URI'),
        'verify' => getenv('WECHATPAY_CAINFO'),
    ]);

    $response = $instance->v3->platsolution->ecommerce->insuranceCompensationContracts->post(['json' => [
        'out_apply_no' => 'No123456', 'sub_mchid' => '1900000109', 'agreement_list' => [[
            'agreement_code' => '微信支付运营功能服务协议（平台二级商户）', 'agreement_version' => '20240815',
            'sign_organization' => '温州名优贸易', 'sign_time' => '2024-08-08T10:34:56+08:00']]]]);
    $reply = json_decode((string) $response->getBody(), true);
    if ($response->getStatusCode() !== 200 || ($reply['opened'] ?? null) !== true) {
        throw new UnexpectedValueException('unexpected reply: HTTP ' . $response->getStatusCode());
    }
    echo 'OK';
} catch (Throwable $e) {
    http_response_code(500);
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
