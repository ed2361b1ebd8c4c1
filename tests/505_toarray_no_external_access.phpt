--TEST--
Transformer::toArray(): nothing is ever fetched: external general and parameter entities, external DTD subsets, over file:// and http:// (no connection is made), with or without a user entity loader
--EXTENSIONS--
wechatpay
--FILE--
<?php
use WeChatPay\Transformer;

$dir = sys_get_temp_dir() . '/wechatpay-505-' . getmypid();
@mkdir($dir);
file_put_contents("$dir/secret.txt", 'SECRET-FILE-CONTENT');
file_put_contents("$dir/entities.ent", '<!ENTITY leak "SECRET-FROM-PE">');
file_put_contents("$dir/subset.dtd", '<!ENTITY leak "SECRET-FROM-DTD"><!ATTLIST xml injected CDATA "SECRET-ATTR">');

$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
$port = parse_url('tcp://' . stream_socket_get_name($server, false), PHP_URL_PORT);
stream_set_blocking($server, false);

$loaderCalls = 0;
$documents = [
    'file entity' => "<!DOCTYPE xml [<!ENTITY s SYSTEM \"file://$dir/secret.txt\">]><xml><v>&s;</v><w>a&s;b</w></xml>",
    'relative entity' => "<!DOCTYPE xml [<!ENTITY s SYSTEM \"$dir/secret.txt\">]><xml><v>&s;</v></xml>",
    'php:// entity' => "<!DOCTYPE xml [<!ENTITY s SYSTEM \"php://filter/resource=$dir/secret.txt\">]><xml><v>&s;</v></xml>",
    'http entity' => "<!DOCTYPE xml [<!ENTITY s SYSTEM \"http://127.0.0.1:$port/e\">]><xml><v>&s;</v></xml>",
    'entity in attribute' => "<!DOCTYPE xml [<!ENTITY s SYSTEM \"file://$dir/secret.txt\">]><xml v=\"&s;\"><w/></xml>",
    'parameter entity' => "<!DOCTYPE xml [<!ENTITY % p SYSTEM \"file://$dir/entities.ent\"> %p;]><xml><v>&leak;</v></xml>",
    'http parameter entity' => "<!DOCTYPE xml [<!ENTITY % p SYSTEM \"http://127.0.0.1:$port/p\"> %p;]><xml><v>1</v></xml>",
    'external subset' => "<!DOCTYPE xml SYSTEM \"file://$dir/subset.dtd\"><xml><v>&leak;</v><w/></xml>",
    'http subset' => "<!DOCTYPE xml PUBLIC \"-//x//y\" \"http://127.0.0.1:$port/s.dtd\"><xml><v>1</v></xml>",
    'xinclude' => "<xml xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"file://$dir/secret.txt\" parse=\"text\"/><v>1</v></xml>",
];
foreach ([false, true] as $withLoader) {
    if ($withLoader) {
        libxml_set_external_entity_loader(function () use (&$loaderCalls) { $loaderCalls++; return null; });
    }
    foreach ($documents as $name => $xml) {
        error_clear_last();
        $result = Transformer::toArray($xml);
        $json = json_encode($result);
        $notice = error_get_last()['message'] ?? '';
        echo $name, ': ', $json, str_contains($json . $notice, 'SECRET') ? ' LEAKED' : '', $notice ? ' ' . strtok($notice, "\n") : '', "\n";
    }
}
libxml_set_external_entity_loader(null);
var_dump($loaderCalls, @stream_socket_accept($server, 0));
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECT--
file entity: {"v":"","w":"ab"}
relative entity: {"v":""}
php:// entity: {"v":""}
http entity: {"v":""}
entity in attribute: [] Parsing the $xml failed with the last error(level=3,code=29,message=Attribute references external entity 's'
parameter entity: [] Parsing the $xml failed with the last error(level=3,code=26,message=Entity 'leak' not defined
http parameter entity: {"v":"1"}
external subset: {"v":"","w":""}
http subset: {"v":"1"}
xinclude: {"v":"1"}
file entity: {"v":"","w":"ab"}
relative entity: {"v":""}
php:// entity: {"v":""}
http entity: {"v":""}
entity in attribute: [] Parsing the $xml failed with the last error(level=3,code=29,message=Attribute references external entity 's'
parameter entity: [] Parsing the $xml failed with the last error(level=3,code=26,message=Entity 'leak' not defined
http parameter entity: {"v":"1"}
external subset: {"v":"","w":""}
http subset: {"v":"1"}
xinclude: {"v":"1"}
int(0)
bool(false)
