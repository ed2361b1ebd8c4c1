--TEST--
Reply verification failures: each surfaces as the SDK's RequestException message, sync and async (spec §7)
--EXTENSIONS--
wechatpay
--FILE--
<?php
require '/usr/share/php/GuzzleHttp/autoload.php';
require __DIR__ . '/inc/client.inc';
$gw = wechatpay_gateway();
$i = wechatpay_test_instance($gw);
$modes = ['bad-signature', 'other-body', 'skew:+301', 'skew:-301', 'skew:+299', 'unknown-serial',
    'missing:Wechatpay-Nonce', 'missing:Wechatpay-Serial', 'missing:Wechatpay-Signature', 'missing:Wechatpay-Timestamp'];
$normalise = static function (string $message): string {
    // timestamps, nonces and signatures differ per run
    return preg_replace(['/\b1\d{9}\b/', '/nonce=\w+/', '/signature=[^,]+/'], ['<ts>', 'nonce=<nonce>', 'signature=<sig>'], $message);
};
foreach ($modes as $mode) {
    $options = ['headers' => ['X-Gateway-Mode' => $mode]];
    try {
        $r = $i->v3->echo->get($options);
        echo "$mode sync: verified ", $r->getStatusCode(), "\n";
    } catch (\GuzzleHttp\Exception\RequestException $e) {
        echo "$mode sync: ", get_class($e), ' ', $e->hasResponse() ? $e->getResponse()->getStatusCode() : '-', ' ', $normalise($e->getMessage()), "\n";
    }
    $state = $i->v3->echo->getAsync($options)->then(
        static fn($r) => 'fulfilled',
        static fn($e) => 'rejected ' . get_class($e) . ' ' . $normalise($e->getMessage())
    )->wait();
    echo "$mode async: $state\n";
}
// the exact clock text, with the numbers: ±300 and the header's timestamp
try {
    $i->v3->echo->get(['headers' => ['X-Gateway-Mode' => 'skew:+301']]);
} catch (\GuzzleHttp\Exception\RequestException $e) {
    preg_match('/the response was on (\d+), your\'s localtime on (\d+)\./', $e->getMessage(), $m);
    var_dump($m[1] - $m[2] >= 300 && $m[1] - $m[2] <= 302);
}
// the unknown-serial message lists the configured serials
$j = wechatpay_test_instance($gw, ['certs' => [$gw['platform_serial'] => $gw['platform_cert'], 'OTHER' => $gw['other_pub']]]);
try {
    $j->v3->echo->get(['headers' => ['X-Gateway-Mode' => 'unknown-serial']]);
} catch (\GuzzleHttp\Exception\RequestException $e) {
    var_dump(str_ends_with($e->getMessage(), "your's {$gw['platform_serial']},OTHER."));
}
?>
--EXPECTF--
bad-signature sync: GuzzleHttp\Exception\RequestException 200 Verify the response's data with: timestamp=<ts>, nonce=<nonce>, signature=<sig>, cert=[%s => ...] failed.
bad-signature async: rejected GuzzleHttp\Exception\RequestException Verify the response's data with: timestamp=<ts>, nonce=<nonce>, signature=<sig>, cert=[%s => ...] failed.
other-body sync: GuzzleHttp\Exception\RequestException 200 Verify the response's data with: timestamp=<ts>, nonce=<nonce>, signature=<sig>, cert=[%s => ...] failed.
other-body async: rejected GuzzleHttp\Exception\RequestException Verify the response's data with: timestamp=<ts>, nonce=<nonce>, signature=<sig>, cert=[%s => ...] failed.
skew:+301 sync: GuzzleHttp\Exception\RequestException 200 It's allowed time offset in ± 300 seconds, the response was on <ts>, your's localtime on <ts>.
skew:+301 async: rejected GuzzleHttp\Exception\RequestException It's allowed time offset in ± 300 seconds, the response was on <ts>, your's localtime on <ts>.
skew:-301 sync: GuzzleHttp\Exception\RequestException 200 It's allowed time offset in ± 300 seconds, the response was on <ts>, your's localtime on <ts>.
skew:-301 async: rejected GuzzleHttp\Exception\RequestException It's allowed time offset in ± 300 seconds, the response was on <ts>, your's localtime on <ts>.
skew:+299 sync: verified 200
skew:+299 async: fulfilled
unknown-serial sync: GuzzleHttp\Exception\RequestException 200 Cannot found the serial(`UNKNOWNSERIAL0000`)'s configuration, which's from the response(header:Wechatpay-Serial), your's %s.
unknown-serial async: rejected GuzzleHttp\Exception\RequestException Cannot found the serial(`UNKNOWNSERIAL0000`)'s configuration, which's from the response(header:Wechatpay-Serial), your's %s.
missing:Wechatpay-Nonce sync: GuzzleHttp\Exception\RequestException 200 The response's Headers incomplete, must have(`Wechatpay-Nonce`, `Wechatpay-Serial`, `Wechatpay-Signature` and `Wechatpay-Timestamp`).
missing:Wechatpay-Nonce async: rejected GuzzleHttp\Exception\RequestException The response's Headers incomplete, must have(`Wechatpay-Nonce`, `Wechatpay-Serial`, `Wechatpay-Signature` and `Wechatpay-Timestamp`).
missing:Wechatpay-Serial sync: GuzzleHttp\Exception\RequestException 200 The response's Headers incomplete, must have(`Wechatpay-Nonce`, `Wechatpay-Serial`, `Wechatpay-Signature` and `Wechatpay-Timestamp`).
missing:Wechatpay-Serial async: rejected GuzzleHttp\Exception\RequestException The response's Headers incomplete, must have(`Wechatpay-Nonce`, `Wechatpay-Serial`, `Wechatpay-Signature` and `Wechatpay-Timestamp`).
missing:Wechatpay-Signature sync: GuzzleHttp\Exception\RequestException 200 The response's Headers incomplete, must have(`Wechatpay-Nonce`, `Wechatpay-Serial`, `Wechatpay-Signature` and `Wechatpay-Timestamp`).
missing:Wechatpay-Signature async: rejected GuzzleHttp\Exception\RequestException The response's Headers incomplete, must have(`Wechatpay-Nonce`, `Wechatpay-Serial`, `Wechatpay-Signature` and `Wechatpay-Timestamp`).
missing:Wechatpay-Timestamp sync: GuzzleHttp\Exception\RequestException 200 The response's Headers incomplete, must have(`Wechatpay-Nonce`, `Wechatpay-Serial`, `Wechatpay-Signature` and `Wechatpay-Timestamp`).
missing:Wechatpay-Timestamp async: rejected GuzzleHttp\Exception\RequestException The response's Headers incomplete, must have(`Wechatpay-Nonce`, `Wechatpay-Serial`, `Wechatpay-Signature` and `Wechatpay-Timestamp`).
bool(true)
bool(true)
