--TEST--
Transformer::toArray(): internal entities expand where their text is read; exponential (libxml2's own check) and quadratic (the extension's bound, libxml2 2.11's rule) blow-ups fail with the notice instead of exhausting memory
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Transformer;

$slow = getenv('USE_ZEND_ALLOC') === '0' ? 60 : 2;  // seconds; -m (valgrind) runs are far slower
$show = static function (string $xml) use ($slow) {
    error_clear_last();
    $start = hrtime(true);
    $result = Transformer::toArray($xml);
    $notice = error_get_last()['message'] ?? null;
    echo json_encode(array_map(fn($v) => is_string($v) && strlen($v) > 40 ? strlen($v) . ' bytes' : $v, $result)),
        $notice === null ? '' : ' ' . json_encode($notice),
        (hrtime(true) - $start) / 1e9 < $slow ? '' : ' SLOW', "\n";
};

$show('<!DOCTYPE x [<!ENTITY a "A"><!ENTITY b "&a;&a;&a;">]><x><v>&b;</v><w u="&b;">&b;&b;</w></x>');

// a billion laughs: libxml2 refuses it while parsing
$decl = '<!ENTITY l0 "lol">';
for ($i = 1; $i <= 9; $i++) {
    $decl .= "<!ENTITY l$i \"" . str_repeat('&l' . ($i - 1) . ';', 10) . '">';
}
$show("<!DOCTYPE x [$decl]><x><v>&l9;</v></x>");

// chains of empty entities: as many nodes as laughs, no text
$decl = '<!ENTITY e0 "">';
for ($i = 1; $i <= 12; $i++) {
    $decl .= "<!ENTITY e$i \"" . str_repeat('&e' . ($i - 1) . ';', 10) . '">';
}
$show("<!DOCTYPE x [$decl]><x><v>&e12;</v></x>");

// quadratic: one 100 kB entity referenced 10,000 times would be 1 GB of text (the SDK builds it)
$big = str_repeat('A', 100000);
$show('<!DOCTYPE x [<!ENTITY a "' . $big . '">]><x><v>' . str_repeat('&a;', 10000) . '</v></x>');
// ...spread over many leaves and attributes
$show('<!DOCTYPE x [<!ENTITY a "' . $big . '">]><x>' . str_repeat('<v w="&a;">&a;</v>', 2000) . '</x>');

// within the bound: up to 1 MB of expanded text, or five times the input
$show('<!DOCTYPE x [<!ENTITY a "' . str_repeat('B', 1000) . '">]><x><v>' . str_repeat('&a;', 990) . '</v></x>');
$show('<!DOCTYPE x [<!ENTITY a "' . str_repeat('C', 10) . '">]><x><v>' . str_repeat('&a;', 200000) . '</v></x>');
echo memory_get_peak_usage() < 64 << 20 ? "peak memory under 64 MB\n" : "peak memory too high\n";
?>
--EXPECT--
{"v":"AAA","w":"AAAAAA"}
[] "Parsing the $xml failed with the last error(level=3,code=89,message=Detected an entity reference loop\n)."
[] "Parsing the $xml failed with the last error(level=3,code=89,message=Detected an entity reference loop\n)."
[] "Parsing the $xml failed with the last error(level=3,code=89,message=Maximum entity amplification factor exceeded\n)."
[] "Parsing the $xml failed with the last error(level=3,code=89,message=Maximum entity amplification factor exceeded\n)."
{"v":"990000 bytes"}
{"v":"2000000 bytes"}
peak memory under 64 MB
