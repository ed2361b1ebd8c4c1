/*
 * wechatpay.c: the module: dependencies, startup and shutdown of libcurl, registration of every
 * class and constant (each file registers its own), per-request state, and the phpinfo() section.
 */
#ifdef HAVE_CONFIG_H
# include "config.h"
#endif

#include "php.h"
#include "ext/standard/info.h"
#include <curl/curl.h>
#include <openssl/opensslv.h>
#include <libxml/xmlversion.h>
#include "php_wechatpay.h"
#include "wechatpay_builder.h"
#include "wechatpay_client.h"
#include "wechatpay_middleware.h"
#include "wechatpay_exception.h"
#include "wechatpay_promise.h"
#include "wechatpay_response.h"
#include "wechatpay_transport.h"
#include "wechatpay_connections.h"
#include "wechatpay_key_cache.h"
#include "wechatpay_formatter.h"
#include "wechatpay_hash.h"
#include "wechatpay_aes.h"
#include "wechatpay_rsa.h"
#include "wechatpay_pemutil.h"
#include "wechatpay_transformer.h"
#include "wechatpay_media.h"
#include "wechatpay_sink.h"
#include "wechatpay_v2_middleware.h"

ZEND_DECLARE_MODULE_GLOBALS(wechatpay)

/* Negative durations read as "no limit", like 0. */
static ZEND_INI_MH(wechatpay_update_seconds)
{
	double seconds = zend_strtod(ZSTR_VAL(new_value), NULL);
	*(double *) ZEND_INI_GET_ADDR() = seconds > 0 ? seconds : 0;
	return SUCCESS;
}

PHP_INI_BEGIN()
	STD_PHP_INI_ENTRY("wechatpay.timeout", "0", PHP_INI_ALL, wechatpay_update_seconds,
			default_timeout, zend_wechatpay_globals, wechatpay_globals)
	STD_PHP_INI_ENTRY("wechatpay.connect_timeout", "0", PHP_INI_ALL, wechatpay_update_seconds,
			default_connect_timeout, zend_wechatpay_globals, wechatpay_globals)
	STD_PHP_INI_ENTRY("wechatpay.cainfo", "", PHP_INI_ALL, OnUpdateString,
			default_cainfo, zend_wechatpay_globals, wechatpay_globals)
PHP_INI_END()

static PHP_GINIT_FUNCTION(wechatpay)
{
#if defined(COMPILE_DL_WECHATPAY) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	memset(wechatpay_globals, 0, sizeof(*wechatpay_globals));
	wechatpay_globals->guzzle_available = -1;
}

/* What a thread kept across requests (ZTS); under NTS, MSHUTDOWN has already freed it. */
static PHP_GSHUTDOWN_FUNCTION(wechatpay)
{
	wechatpay_connections_shutdown();
	wechatpay_key_cache_shutdown();
}

static PHP_MINIT_FUNCTION(wechatpay)
{
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		return FAILURE;
	}
	REGISTER_INI_ENTRIES();
	wechatpay_exception_minit(module_number);
	wechatpay_response_minit();
	wechatpay_promise_minit();
	wechatpay_client_minit(module_number);
	wechatpay_middleware_minit();
	wechatpay_v2_middleware_minit();
	wechatpay_builder_minit();
	wechatpay_formatter_minit();
	wechatpay_hash_minit(module_number);
	wechatpay_aes_minit();
	wechatpay_rsa_minit();
	wechatpay_pemutil_minit();
	wechatpay_transformer_minit();
	wechatpay_media_minit();
	wechatpay_sink_minit();
	return SUCCESS;
}

static PHP_MSHUTDOWN_FUNCTION(wechatpay)
{
	UNREGISTER_INI_ENTRIES();
	wechatpay_hash_mshutdown();
	wechatpay_client_mshutdown();
	wechatpay_builder_mshutdown();
	wechatpay_connections_shutdown();
	wechatpay_key_cache_shutdown();
	curl_global_cleanup();
	return SUCCESS;
}

static PHP_RINIT_FUNCTION(wechatpay)
{
#if defined(COMPILE_DL_WECHATPAY) && defined(ZTS)
	ZEND_TSRMLS_CACHE_UPDATE();
#endif
	WECHATPAY_G(guzzle_available) = -1;
	return SUCCESS;
}

static PHP_RSHUTDOWN_FUNCTION(wechatpay)
{
	wechatpay_transport_rshutdown();
	wechatpay_promise_rshutdown();
	return SUCCESS;
}

static PHP_MINFO_FUNCTION(wechatpay)
{
	const curl_version_info_data *curl = curl_version_info(CURLVERSION_NOW);
	php_info_print_table_start();
	php_info_print_table_header(2, "wechatpay support", "enabled");
	php_info_print_table_row(2, "Extension version", PHP_WECHATPAY_VERSION);
	php_info_print_table_row(2, "Compatible with wechatpay/wechatpay", PHP_WECHATPAY_SDK_VERSION);
	php_info_print_table_row(2, "libcurl version", curl->version);
	php_info_print_table_row(2, "libcurl TLS backend", curl->ssl_version ? curl->ssl_version : "none");
	php_info_print_table_row(2, "libcurl HTTP/2", curl->features & CURL_VERSION_HTTP2 ? "yes" : "no");
	php_info_print_table_row(2, "libcurl gzip decoding", curl->features & CURL_VERSION_LIBZ ? "yes" : "no");
	php_info_print_table_row(2, "OpenSSL headers", OPENSSL_VERSION_TEXT);
	php_info_print_table_row(2, "libxml2 headers", LIBXML_DOTTED_VERSION);
	php_info_print_table_end();
	DISPLAY_INI_ENTRIES();
}

static const zend_module_dep wechatpay_deps[] = {
	ZEND_MOD_REQUIRED("date")
	ZEND_MOD_REQUIRED("spl")
	ZEND_MOD_REQUIRED("json")
	ZEND_MOD_REQUIRED("libxml")
	ZEND_MOD_REQUIRED("openssl")
	ZEND_MOD_REQUIRED("pcre")
	ZEND_MOD_END
};

zend_module_entry wechatpay_module_entry = {
	STANDARD_MODULE_HEADER_EX,
	NULL,
	wechatpay_deps,
	"wechatpay",
	NULL,
	PHP_MINIT(wechatpay),
	PHP_MSHUTDOWN(wechatpay),
	PHP_RINIT(wechatpay),
	PHP_RSHUTDOWN(wechatpay),
	PHP_MINFO(wechatpay),
	PHP_WECHATPAY_VERSION,
	PHP_MODULE_GLOBALS(wechatpay),
	PHP_GINIT(wechatpay),
	PHP_GSHUTDOWN(wechatpay),
	NULL,
	STANDARD_MODULE_PROPERTIES_EX
};

#ifdef COMPILE_DL_WECHATPAY
# ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
# endif
ZEND_GET_MODULE(wechatpay)
#endif
