--TEST--
Transformer::sanitize(): removes what is not an XML 1.0 Char (C0 controls but TAB/LF/CR, U+FFFE, U+FFFF); input that is not UTF-8 gives ''; same as a PCRE reference over generated strings
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Transformer;

$show = static fn(string $s) => print(bin2hex(Transformer::sanitize($s)) . "\n");
$show('');
$show("plain \t\n\r text");
$show("\x00\x01\x08\x0b\x0c\x0e\x1f a \x7f");                  // DEL stays
$show("\u{80}\u{9f}\u{a0}\u{d7ff}\u{e000}\u{fffd}");             // C1 controls and the BMP edges stay
$show("x\u{fffe}y\u{ffff}z");                                    // the two BMP non-characters go
$show("\u{10000}\u{1fffe}\u{10ffff}");                           // the supplementary planes stay
$show("<a>\x01bad\x02</a>");
foreach (["\x80", "\xc0\x80", "\xc1\xbf", "\xe0\x80\x80", "\xe0\x9f\xbf", "\xed\xa0\x80", "\xed\xbf\xbf", "\xf0\x8f\xbf\xbf",
          "\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\xf8\x88\x80\x80\x80", "\xfe", "\xff", "\xc3", "\xe4\xb8", "\xf0\x9f\x98",
          "ok\xe4\xb8", "\x01\xff"] as $invalid) {
    echo bin2hex($invalid), ' -> ', var_export(Transformer::sanitize($invalid), true), "\n";
}

// generated strings against PHP's PCRE
$reference = static fn(string $s) => preg_replace('/[^\t\n\r\x{20}-\x{D7FF}\x{E000}-\x{FFFD}\x{10000}-\x{10FFFF}]+/u', '', $s) ?? '';
mt_srand(508);
$same = 0;
for ($i = 0; $i < 20000; $i++) {
    $s = '';
    for ($n = mt_rand(0, 10); $n > 0; $n--) {
        $s .= match (mt_rand(0, 5)) {
            0 => chr(mt_rand(0, 0x7f)),
            1 => mb_chr(mt_rand(0x80, 0xd7ff)),
            2 => mb_chr([0xfffe, 0xffff, 0xfffd, 0xe000, mt_rand(0xe000, 0xffff)][mt_rand(0, 4)]),
            3 => mb_chr(mt_rand(0x10000, 0x10ffff)),
            4 => chr(mt_rand(0x80, 0xff)),
            5 => substr(mb_chr(mt_rand(0x800, 0x10ffff)), 0, mt_rand(1, 3)),
        };
    }
    $same += Transformer::sanitize($s) === $reference($s);
}
echo $same, " of 20000 identical\n";

// unlike the SDK's preg_replace(), sanitize() leaves preg_last_error() alone
preg_match('/x/u', "\xff");
Transformer::sanitize("\xff");
Transformer::sanitize('ok');
var_dump(preg_last_error() === PREG_BAD_UTF8_ERROR);
?>
--EXPECT--

706c61696e20090a0d2074657874
2061207f
c280c29fc2a0ed9fbfee8080efbfbd
78797a
f0908080f09fbfbef48fbfbf
3c613e6261643c2f613e
80 -> ''
c080 -> ''
c1bf -> ''
e08080 -> ''
e09fbf -> ''
eda080 -> ''
edbfbf -> ''
f08fbfbf -> ''
f4908080 -> ''
f5808080 -> ''
f888808080 -> ''
fe -> ''
ff -> ''
c3 -> ''
e4b8 -> ''
f09f98 -> ''
6f6be4b8 -> ''
01ff -> ''
20000 of 20000 identical
bool(true)
