/*
 * wechatpay_pemutil.c: WeChatPay\Util\PemUtil, the SDK's certificate loaders, certificate serial
 * number reader and deprecated private-key loaders (Rsa::from underneath). Certificates are read
 * and parsed by ext/openssl's own functions, called as the SDK calls them, so the results are its
 * OpenSSLCertificate objects and its warnings.
 */
#include "php.h"
#include "zend_attributes.h"
#include "zend_exceptions.h"
#include "ext/spl/spl_exceptions.h"
#include "wechatpay_pemutil.h"
#include "wechatpay_rsa.h"
#include "wechatpay_userland.h"
#include "wechatpay_pemutil_arginfo.h"

/* ext/openssl's OpenSSLCertificate (ext/openssl starts before this extension). */
static zend_class_entry *openssl_certificate_ce;

void wechatpay_pemutil_minit(void)
{
	register_class_WeChatPay_Util_PemUtil();
	openssl_certificate_ce = zend_hash_str_find_ptr(CG(class_table), ZEND_STRL("opensslcertificate"));
}

/* The SDK calls openssl_x509_read() and openssl_x509_parse() from strict_types code, where
 * anything but a string or an OpenSSLCertificate is ext/openssl's own TypeError. Called from C
 * they would coerce instead, so the strict rule is checked here, with the same message. */
static bool certificate_argument(const char *function, zval *certificate)
{
	if (Z_TYPE_P(certificate) == IS_STRING || (Z_TYPE_P(certificate) == IS_OBJECT && openssl_certificate_ce
			&& instanceof_function(Z_OBJCE_P(certificate), openssl_certificate_ce))) {
		return true;
	}
	zend_type_error("%s(): Argument #1 ($certificate) must be of type OpenSSLCertificate|string, %s given", function,
#if PHP_VERSION_ID >= 80300
			zend_zval_value_name(certificate)
#else
			zend_zval_type_name(certificate)
#endif
	);
	return false;
}

/* openssl_x509_read($certificate) into return_value: an OpenSSLCertificate, or false (with
 * ext/openssl's warning) for anything that is not one. */
static void x509_read(zval *certificate, zval *return_value)
{
	if (certificate_argument("openssl_x509_read", certificate)) {
		wechatpay_userland_call(ZEND_STRL("openssl_x509_read"), return_value, 1, certificate);
	}
}

ZEND_METHOD(WeChatPay_Util_PemUtil, loadPrivateKey)
{
	zend_string *filepath;
	if (!wechatpay_userland_refuse_null(execute_data)) {
		RETURN_THROWS();
	}
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(filepath)
	ZEND_PARSE_PARAMETERS_END();
	zval thing;
	if (zend_memnstr(ZSTR_VAL(filepath), "file://", sizeof("file://") - 1, ZSTR_VAL(filepath) + ZSTR_LEN(filepath))) {
		ZVAL_STR_COPY(&thing, filepath);
	} else {
		ZVAL_STR(&thing, zend_string_concat2(ZEND_STRL("file://"), ZSTR_VAL(filepath), ZSTR_LEN(filepath)));
	}
	wechatpay_rsa_from(&thing, false, return_value);
	zval_ptr_dtor(&thing);
}

ZEND_METHOD(WeChatPay_Util_PemUtil, loadPrivateKeyFromString)
{
	zval *content;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(content)
	ZEND_PARSE_PARAMETERS_END();
	wechatpay_rsa_from(content, false, return_value);
}

ZEND_METHOD(WeChatPay_Util_PemUtil, loadCertificate)
{
	zend_string *filepath;
	if (!wechatpay_userland_refuse_null(execute_data)) {
		RETURN_THROWS();
	}
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(filepath)
	ZEND_PARSE_PARAMETERS_END();
	/* file_get_contents() itself: any stream wrapper, open_basedir, and its warning on failure. */
	zval path, content;
	ZVAL_STR(&path, filepath);
	if (!wechatpay_userland_call(ZEND_STRL("file_get_contents"), &content, 1, &path)) {
		RETURN_THROWS();
	}
	if (Z_TYPE(content) != IS_STRING) {
		zend_throw_exception_ex(spl_ce_UnexpectedValueException, 0,
				"Loading the certificate failed, please checking your %s input.", ZSTR_VAL(filepath));
		RETURN_THROWS();
	}
	x509_read(&content, return_value);
	zval_ptr_dtor(&content);
}

ZEND_METHOD(WeChatPay_Util_PemUtil, loadCertificateFromString)
{
	zval *content;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(content)
	ZEND_PARSE_PARAMETERS_END();
	x509_read(content, return_value);
}

ZEND_METHOD(WeChatPay_Util_PemUtil, parseCertificateSerialNo)
{
	zval *certificate;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(certificate)
	ZEND_PARSE_PARAMETERS_END();
	zval info;
	if (!certificate_argument("openssl_x509_parse", certificate)
			|| !wechatpay_userland_call(ZEND_STRL("openssl_x509_parse"), &info, 1, certificate)) {
		RETURN_THROWS();
	}
	zval *serial = Z_TYPE(info) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL(info), ZEND_STRL("serialNumberHex")) : NULL;
	if (serial && Z_TYPE_P(serial) == IS_STRING) {
		RETVAL_STR(zend_string_toupper(Z_STR_P(serial)));
	} else {
		zend_throw_exception(spl_ce_UnexpectedValueException,
				"Read the $certificate failed, please check it whether or nor correct", 0);
	}
	zval_ptr_dtor(&info);
}
