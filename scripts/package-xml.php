<?php
// scripts/package-xml.php: writes package.xml (PECL package v2) listing every shipped file that git
// tracks: the extension's sources, stubs and arginfo, build files, phpt tests with their gateway and
// helpers, and the docs (not the fuzzing harnesses and corpora of tests/fuzz/). `scripts/test.sh` regenerates it and fails when the committed one differs.
$release = ['version' => '0.1.0', 'api' => '0.1.0', 'stability' => 'alpha', 'date' => '2026-12-03'];

chdir(dirname(__DIR__));
exec("git ls-files ext config.m4 config.w32 tests ':!tests/fuzz' examples stubs README.md LICENSE", $files, $status);
$status === 0 or exit("git ls-files failed\n");
$role = static fn(string $f): string => match (true) {
    str_starts_with($f, 'tests/') => 'test',
    in_array($f, ['README.md', 'LICENSE'], true) || str_starts_with($f, 'examples/') || str_starts_with($f, 'stubs/') => 'doc',
    default => 'src',
};
sort($files, SORT_STRING);
$entries = implode("\n", array_map(static fn($f) => sprintf('      <file name="%s" role="%s"/>', htmlspecialchars($f, ENT_XML1), $role($f)), $files));

echo <<<XML
<?xml version="1.0" encoding="UTF-8"?>
<package version="2.1" xmlns="http://pear.php.net/dtd/package-2.1" xmlns:tasks="http://pear.php.net/dtd/tasks-1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://pear.php.net/dtd/tasks-1.0 http://pear.php.net/dtd/tasks-1.0.xsd http://pear.php.net/dtd/package-2.1 http://pear.php.net/dtd/package-2.1.xsd">
  <name>wechatpay</name>
  <channel>pecl.php.net</channel>
  <summary>Native drop-in replacement for the wechatpay/wechatpay PHP SDK</summary>
  <description>WeChat Pay APIv3 client in C: runs merchant code written for wechatpay/wechatpay unchanged, with requests signed natively (RSA-SHA256, OpenSSL), sent with libcurl (keep-alive, concurrent async), and every reply verified against the platform certificates or public keys.</description>
  <lead>
    <name>ext-wechatpay maintainers</name>
    <user>wechatpay</user>
    <email>ext-wechatpay@users.noreply.github.com</email>
    <active>yes</active>
  </lead>
  <date>{$release['date']}</date>
  <version>
    <release>{$release['version']}</release>
    <api>{$release['api']}</api>
  </version>
  <stability>
    <release>{$release['stability']}</release>
    <api>{$release['stability']}</api>
  </stability>
  <license uri="https://www.apache.org/licenses/LICENSE-2.0">Apache-2.0</license>
  <notes>First release: the native APIv3 core (chain, templates, signing, libcurl sync and async, verification).</notes>
  <contents>
    <dir name="/">
$entries
    </dir>
  </contents>
  <dependencies>
    <required>
      <php>
        <min>8.2.0</min>
      </php>
      <pearinstaller>
        <min>1.10.0</min>
      </pearinstaller>
      <extension>
        <name>json</name>
      </extension>
      <extension>
        <name>libxml</name>
      </extension>
      <extension>
        <name>openssl</name>
      </extension>
    </required>
  </dependencies>
  <providesextension>wechatpay</providesextension>
  <extsrcrelease/>
</package>

XML;
