<?php

/**
 * Stub for wechatpay_exception.c: the SDK's exception types and message constants, and the
 * native transport exceptions used when Guzzle is not installed.
 * @generate-class-entries
 */

namespace WeChatPay\Exception;

/** @var string */
const DEP_XML_PROTOCOL_IS_REACHABLE_EOL = 'New features are all in `APIv3`, there\'s no reason to continue use this kind client since v2.0.';
/** @var string */
const ERR_INIT_MCHID_IS_MANDATORY = 'The merchant\' ID aka `mchid` is required, usually numerical.';
/** @var string */
const ERR_INIT_SERIAL_IS_MANDATORY = 'The serial number of the merchant\'s certificate aka `serial` is required, usually hexadecial.';
/** @var string */
const ERR_INIT_PRIVATEKEY_IS_MANDATORY = 'The merchant\'s private key aka `privateKey` is required, usual as pem format.';
/** @var string */
const ERR_INIT_CERTS_IS_MANDATORY = 'The platform certificate(s) aka `certs` is required, paired as of `[$serial => $certificate]`.';
/** @var string */
const ERR_INIT_CERTS_EXCLUDE_MCHSERIAL = 'The `certs(%1$s)` contains the merchant\'s certificate serial number(%2$s) which is not allowed here.';
/** @var string */
const EV2_REQ_XML_NOTMATCHED_MCHID = 'The xml\'s structure[mch_id(%1$s)] doesn\'t matched the init one mchid(%2$s).';
/** @var string */
const EV3_RES_HEADERS_INCOMPLETE = 'The response\'s Headers incomplete, must have(`%1$s`, `%2$s`, `%3$s` and `%4$s`).';
/** @var string */
const EV3_RES_HEADER_TIMESTAMP_OFFSET = 'It\'s allowed time offset in ± %1$s seconds, the response was on %2$s, your\'s localtime on %3$s.';
/** @var string */
const EV3_RES_HEADER_PLATFORM_SERIAL = 'Cannot found the serial(`%1$s`)\'s configuration, which\'s from the response(header:%2$s), your\'s %3$s.';
/** @var string */
const EV3_RES_HEADER_SIGNATURE_DIGEST = 'Verify the response\'s data with: timestamp=%1$s, nonce=%2$s, signature=%3$s, cert=[%4$s => ...] failed.';

interface WeChatPayException
{
    /** @var string */
    public const DEP_XML_PROTOCOL_IS_REACHABLE_EOL = 'New features are all in `APIv3`, there\'s no reason to continue use this kind client since v2.0.';
    /** @var string */
    public const EV3_RES_HEADERS_INCOMPLETE = 'The response\'s Headers incomplete, must have(`%1$s`, `%2$s`, `%3$s` and `%4$s`).';
    /** @var string */
    public const EV3_RES_HEADER_TIMESTAMP_OFFSET = 'It\'s allowed time offset in ± %1$s seconds, the response was on %2$s, your\'s localtime on %3$s.';
    /** @var string */
    public const EV3_RES_HEADER_PLATFORM_SERIAL = 'Cannot found the serial(`%1$s`)\'s configuration, which\'s from the response(header:%2$s), your\'s %3$s.';
    /** @var string */
    public const EV3_RES_HEADER_SIGNATURE_DIGEST = 'Verify the response\'s data with: timestamp=%1$s, nonce=%2$s, signature=%3$s, cert=[%4$s => ...] failed.';
}

class InvalidArgumentException extends \InvalidArgumentException implements WeChatPayException
{
}

/** A request could not be completed (the native stand-in for GuzzleHttp\Exception\TransferException). */
class TransferException extends \RuntimeException implements WeChatPayException
{
}

/** No usable connection: refused, unresolvable, TLS failure, timeout. The code is curl's error number. */
class ConnectException extends TransferException
{
    private array $handlerContext = [];

    public function getHandlerContext(): array {}
}

/** The exchange happened but its result is unacceptable; carries the response when there was one. */
class RequestException extends TransferException
{
    private ?\WeChatPay\Http\Response $response = null;
    private array $handlerContext = [];

    public function getResponse(): ?\WeChatPay\Http\Response {}

    public function hasResponse(): bool {}

    public function getHandlerContext(): array {}
}

class BadResponseException extends RequestException
{
}

/** More redirects than `allow_redirects`' max (the native stand-in for Guzzle's TooManyRedirectsException). */
class TooManyRedirectsException extends RequestException
{
}

/** A 4xx reply. */
class ClientException extends BadResponseException
{
}

/** A 5xx reply. */
class ServerException extends BadResponseException
{
}

/** wait() on a promise rejected with a reason that is not a Throwable. */
class RejectionException extends \RuntimeException implements WeChatPayException
{
    private mixed $reason = null;

    public function getReason(): mixed {}
}

class CancellationException extends RejectionException
{
}
