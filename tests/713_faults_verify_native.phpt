--TEST--
Faults, without Guzzle: replies failing verification (wrong key, signature over another body, timestamp 301 s off both ways, unknown serial, each of the four headers missing) give the native RequestException (code 0, as for every native verification failure) with the SDK's exact message, built here from the reply's own headers, the reply kept on it; sync and async
--EXTENSIONS--
wechatpay
--FILE--
<?php
require __DIR__ . '/inc/faults.inc';
$gw = wechatpay_gateway();
$i = wechatpay_test_instance($gw, ['certs' => [$gw['platform_serial'] => $gw['platform_cert'], 'PUB_KEY_ID_OTHER' => $gw['other_pub']]]);
$expected = static function (string $mode, $r) use ($gw): string|array {
    [$timestamp, $nonce, $signature] = [$r->getHeaderLine('Wechatpay-Timestamp'), $r->getHeaderLine('Wechatpay-Nonce'), $r->getHeaderLine('Wechatpay-Signature')];
    return match (true) {
        // the gateway answers early in a second so that the clock reads exactly N off; a slow client
        // (valgrind) may read it a second later
        str_starts_with($mode, 'skew:') => array_map(static fn (int $late) => sprintf("It's allowed time offset in ± 300 seconds, the response was on %s, your's localtime on %d.",
            $timestamp, (int) $timestamp - (int) substr($mode, 5) + $late), [0, 1]),
        $mode === 'unknown-serial' => "Cannot found the serial(`UNKNOWNSERIAL0000`)'s configuration, which's from the response(header:Wechatpay-Serial), your's {$gw['platform_serial']},PUB_KEY_ID_OTHER.",
        str_starts_with($mode, 'missing:') => "The response's Headers incomplete, must have(`Wechatpay-Nonce`, `Wechatpay-Serial`, `Wechatpay-Signature` and `Wechatpay-Timestamp`).",
        default => "Verify the response's data with: timestamp=$timestamp, nonce=$nonce, signature=$signature, cert=[{$gw['platform_serial']} => ...] failed.",
    };
};
foreach (['bad-signature', 'other-body', 'skew:+301', 'skew:-301', 'unknown-serial', 'missing:Wechatpay-Timestamp',
        'missing:Wechatpay-Nonce', 'missing:Wechatpay-Serial', 'missing:Wechatpay-Signature'] as $mode) {
    $options = ['headers' => ['X-Gateway-Mode' => $mode]];
    foreach (['sync' => static fn () => $i->v3->echo->get($options), 'async' => static fn () => $i->v3->echo->getAsync($options)->wait()] as $how => $call) {
        $e = wechatpay_fault_catch($call);
        $r = $e->getResponse();
        echo "$mode $how: ", get_class($e), ' code=', $e->getCode(), ' response=', $r->getStatusCode(), ' ',
            in_array($e->getMessage(), (array) $expected($mode, $r), true) ? 'exact' : 'MESSAGE ' . $e->getMessage(), ' ',
            wechatpay_echo($r)['target'], $e->getPrevious() ? ' previous' : '', "\n";
    }
}
?>
--EXPECT--
bad-signature sync: WeChatPay\Exception\RequestException code=0 response=200 exact /v3/echo
bad-signature async: WeChatPay\Exception\RequestException code=0 response=200 exact /v3/echo
other-body sync: WeChatPay\Exception\RequestException code=0 response=200 exact /v3/echo
other-body async: WeChatPay\Exception\RequestException code=0 response=200 exact /v3/echo
skew:+301 sync: WeChatPay\Exception\RequestException code=0 response=200 exact /v3/echo
skew:+301 async: WeChatPay\Exception\RequestException code=0 response=200 exact /v3/echo
skew:-301 sync: WeChatPay\Exception\RequestException code=0 response=200 exact /v3/echo
skew:-301 async: WeChatPay\Exception\RequestException code=0 response=200 exact /v3/echo
unknown-serial sync: WeChatPay\Exception\RequestException code=0 response=200 exact /v3/echo
unknown-serial async: WeChatPay\Exception\RequestException code=0 response=200 exact /v3/echo
missing:Wechatpay-Timestamp sync: WeChatPay\Exception\RequestException code=0 response=200 exact /v3/echo
missing:Wechatpay-Timestamp async: WeChatPay\Exception\RequestException code=0 response=200 exact /v3/echo
missing:Wechatpay-Nonce sync: WeChatPay\Exception\RequestException code=0 response=200 exact /v3/echo
missing:Wechatpay-Nonce async: WeChatPay\Exception\RequestException code=0 response=200 exact /v3/echo
missing:Wechatpay-Serial sync: WeChatPay\Exception\RequestException code=0 response=200 exact /v3/echo
missing:Wechatpay-Serial async: WeChatPay\Exception\RequestException code=0 response=200 exact /v3/echo
missing:Wechatpay-Signature sync: WeChatPay\Exception\RequestException code=0 response=200 exact /v3/echo
missing:Wechatpay-Signature async: WeChatPay\Exception\RequestException code=0 response=200 exact /v3/echo
