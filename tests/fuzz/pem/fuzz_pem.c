/*
 * tests/fuzz/pem/fuzz_pem.c: libFuzzer harness of the key loaders: wechatpay_key_private() and
 * wechatpay_key_public() (ext/wechatpay_key.c: what the client loads privateKey and certs with),
 * Rsa::from() as public and as private key (ext/wechatpay_rsa.c: the SDK's "private.pkcs1://",
 * "public.spki://"... forms, PKCS#1 public PEMs, the PKCS#1 to SPKI wrapping), Rsa::pkcs1ToSpki()
 * and PemUtil::loadCertificateFromString() and parseCertificateSerialNo()
 * (ext/wechatpay_pemutil.c). The input is the key material as a string. "file://" inputs are read
 * relative to $WECHATPAY_FUZZ_PEM_FILES (scripts/fuzz.sh: tests/fuzz/pem/files/, public.pem and
 * certificate.pem), which is also the open_basedir: nothing else on the machine is read.
 */
#include <unistd.h>
#include <openssl/evp.h>
#include "../embed.h"
#include "wechatpay_key.h"
#include "wechatpay_rsa.h"
#include "wechatpay_pemutil.h"

static zend_class_entry *pemutil_ce;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void) argc; (void) argv;
	wechatpay_fuzz_boot();
	const char *files = getenv("WECHATPAY_FUZZ_PEM_FILES");
	if (!files || chdir(files) != 0) {
		files = "/nonexistent";
	}
	zend_string *name = zend_string_init(ZEND_STRL("open_basedir"), 0);
	zend_string *value = zend_string_init(files, strlen(files), 0);
	if (zend_alter_ini_entry(name, value, PHP_INI_USER, PHP_INI_STAGE_RUNTIME) != SUCCESS) {
		abort();
	}
	zend_string_release(name);
	zend_string_release(value);
	pemutil_ce = zend_hash_str_find_ptr(CG(class_table), ZEND_STRL("wechatpay\\util\\pemutil"));
	if (!pemutil_ce) {
		abort();
	}
	return 0;
}

static void call_static(zend_class_entry *ce, const char *method, zval *arg, const char *second)
{
	zval args[2], retval;
	ZVAL_COPY(&args[0], arg);
	if (second) {
		ZVAL_STRING(&args[1], second);
	}
	wechatpay_fuzz_call_static(ce, method, &retval, second ? 2 : 1, args);
	zval_ptr_dtor(&retval);
	zval_ptr_dtor(&args[0]);
	if (second) {
		zval_ptr_dtor(&args[1]);
	}
}

static void one(const uint8_t *data, size_t size)
{
	zval thing;
	ZVAL_STRINGL(&thing, (const char *) data, size);
	EVP_PKEY *key = wechatpay_key_private(&thing);
	EVP_PKEY_free(key);
	key = wechatpay_key_public(&thing);
	EVP_PKEY_free(key);
	call_static(wechatpay_ce_Rsa, "from", &thing, "public");
	call_static(wechatpay_ce_Rsa, "from", &thing, "private");
	call_static(wechatpay_ce_Rsa, "pkcs1ToSpki", &thing, NULL);
	call_static(pemutil_ce, "loadCertificateFromString", &thing, NULL);
	call_static(pemutil_ce, "parseCertificateSerialNo", &thing, NULL);
	zval_ptr_dtor(&thing);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	wechatpay_fuzz_run(one, data, size);
	return 0;
}
