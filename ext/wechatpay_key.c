/*
 * wechatpay_key.c: turning the key material merchants configure (PEM strings, file:// paths,
 * ext/openssl key and certificate objects) into OpenSSL EVP_PKEYs. Files (plain files only, as
 * ext/openssl reads them) are read through PHP's streams so open_basedir applies (on every call: the
 * content, not the path, finds a cached key). Objects give their EVP_PKEY directly when ext/openssl
 * lays them out as PHP 8.0-8.4 do, and are otherwise exported through ext/openssl's own functions.
 * Parsing goes through the process-wide key cache (wechatpay_key_cache.c).
 */
#include "php.h"
#include "php_streams.h"
#include "zend_exceptions.h"
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/err.h>
#include "wechatpay_key.h"
#include "wechatpay_key_cache.h"

/* Never let OpenSSL prompt on the terminal for the passphrase of an encrypted key. */
static int refuse_passphrase(char *buf, int size, int rwflag, void *userdata)
{
	(void) buf; (void) size; (void) rwflag; (void) userdata;
	return -1;
}

/* Calls an ext/openssl function that exports `object` into its by-reference second argument. */
static zend_string *export_with(const char *function, size_t function_len, zval *object)
{
	zend_function *fn = zend_hash_str_find_ptr(CG(function_table), function, function_len);
	if (!fn) {
		return NULL;
	}
	zval args[2], retval;
	ZVAL_COPY_VALUE(&args[0], object);
	ZVAL_NEW_EMPTY_REF(&args[1]);
	ZVAL_NULL(Z_REFVAL(args[1]));
	/* a public key given as the private one: the failure is reported when signing, without ext/openssl's warning */
	int error_reporting = EG(error_reporting);
	EG(error_reporting) = 0;
	zend_call_known_function(fn, NULL, NULL, &retval, 2, args, NULL);
	EG(error_reporting) = error_reporting;
	zend_string *pem = NULL;
	if (Z_TYPE(retval) == IS_TRUE && Z_TYPE_P(Z_REFVAL(args[1])) == IS_STRING) {
		pem = zend_string_copy(Z_STR_P(Z_REFVAL(args[1])));
	}
	zval_ptr_dtor(&retval);
	zval_ptr_dtor(&args[1]);
	return pem;
}

/* openssl_pkey_get_details($key)['key']: the public half of any key object, as PEM. */
static zend_string *public_pem_of_key(zval *object)
{
	zend_function *fn = zend_hash_str_find_ptr(CG(function_table), ZEND_STRL("openssl_pkey_get_details"));
	if (!fn) {
		return NULL;
	}
	zval retval;
	zend_call_known_function(fn, NULL, NULL, &retval, 1, object, NULL);
	zend_string *pem = NULL;
	if (Z_TYPE(retval) == IS_ARRAY) {
		zval *key = zend_hash_str_find(Z_ARRVAL(retval), ZEND_STRL("key"));
		if (key && Z_TYPE_P(key) == IS_STRING) {
			pem = zend_string_copy(Z_STR_P(key));
		}
	}
	zval_ptr_dtor(&retval);
	return pem;
}

/* The PEM text itself, or the contents of the file a "file://" string names. */
static zend_string *pem_text(zend_string *source)
{
	if (!zend_string_starts_with_literal(source, "file://")) {
		return zend_string_copy(source);
	}
	if (zend_str_has_nul_byte(source)) {
		return NULL;
	}
	const char *path = ZSTR_VAL(source) + sizeof("file://") - 1;
	/* a file, as ext/openssl opens it for the SDK: no php://, data:// or other stream wrapper */
	if (php_stream_locate_url_wrapper(path, NULL, 0) != &php_plain_files_wrapper) {
		return NULL;
	}
	php_stream *stream = php_stream_open_wrapper((char *) path, "rb", 0, NULL);
	if (!stream) {
		return NULL;
	}
	zend_string *contents = php_stream_copy_to_mem(stream, 1024 * 1024, 0);
	php_stream_close(stream);
	return contents;
}

static bool is_object_of(zval *source, const char *class_name, size_t len)
{
	return Z_TYPE_P(source) == IS_OBJECT
		&& ZSTR_LEN(Z_OBJCE_P(source)->name) == len
		&& zend_binary_strcasecmp(ZSTR_VAL(Z_OBJCE_P(source)->name), len, class_name, len) == 0;
}

static EVP_PKEY *only_rsa(EVP_PKEY *key)
{
	if (key && EVP_PKEY_base_id(key) != EVP_PKEY_RSA) {
		EVP_PKEY_free(key);
		return NULL;
	}
	return key;
}

static EVP_PKEY *parse_private(const zend_string *pem)
{
	BIO *bio = BIO_new_mem_buf(ZSTR_VAL(pem), (int) ZSTR_LEN(pem));
	EVP_PKEY *key = bio ? PEM_read_bio_PrivateKey(bio, NULL, refuse_passphrase, NULL) : NULL;
	BIO_free(bio);
	ERR_clear_error();
	return only_rsa(key);
}

/* A public key PEM, else a certificate's key. */
static EVP_PKEY *parse_public(const zend_string *pem)
{
	EVP_PKEY *key = NULL;
	BIO *bio = BIO_new_mem_buf(ZSTR_VAL(pem), (int) ZSTR_LEN(pem));
	if (bio) {
		key = PEM_read_bio_PUBKEY(bio, NULL, refuse_passphrase, NULL);
		if (!key) {
			(void) BIO_reset(bio);
			X509 *certificate = PEM_read_bio_X509(bio, NULL, refuse_passphrase, NULL);
			if (certificate) {
				key = X509_get_pubkey(certificate);
				X509_free(certificate);
			}
		}
		BIO_free(bio);
	}
	ERR_clear_error();
	return only_rsa(key);
}

/* ext/openssl's OpenSSLAsymmetricKey and OpenSSLCertificate objects as ext/openssl/openssl.c declares
 * them (PHP 8.0 to 8.4): the OpenSSL pointer first, the zend_object last. */
typedef struct {
	EVP_PKEY *pkey;
	bool is_private;
	zend_object std;
} openssl_key_object;

typedef struct {
	X509 *x509;
	zend_object std;
} openssl_certificate_object;

/* The key an ext/openssl object holds, without exporting and parsing it again: true with `*key` set
 * (NULL when it is not a usable RSA key of the kind asked for) when the object's handlers place its
 * zend_object where the layout above does; false to take the export path. */
static bool key_of_object(zval *source, bool want_private, EVP_PKEY **key)
{
	zend_object *object = Z_OBJ_P(source);
	*key = NULL;
	if (object->ce->type != ZEND_INTERNAL_CLASS) {
		return false;
	}
	if (is_object_of(source, ZEND_STRL("OpenSSLAsymmetricKey"))) {
		if (object->handlers->offset != XtOffsetOf(openssl_key_object, std)) {
			return false;
		}
		openssl_key_object *held = (openssl_key_object *) ((char *) object - XtOffsetOf(openssl_key_object, std));
		if (held->pkey && (held->is_private || !want_private) && EVP_PKEY_up_ref(held->pkey)) {
			*key = only_rsa(held->pkey);
		}
		return true;
	}
	if (!want_private && is_object_of(source, ZEND_STRL("OpenSSLCertificate"))) {
		if (object->handlers->offset != XtOffsetOf(openssl_certificate_object, std)) {
			return false;
		}
		openssl_certificate_object *held = (openssl_certificate_object *) ((char *) object - XtOffsetOf(openssl_certificate_object, std));
		*key = held->x509 ? only_rsa(X509_get_pubkey(held->x509)) : NULL;
		ERR_clear_error();
		return true;
	}
	return false;
}

EVP_PKEY *wechatpay_key_private(zval *source)
{
	zend_string *pem = NULL;
	ZVAL_DEREF(source);
	if (Z_TYPE_P(source) == IS_STRING) {
		pem = pem_text(Z_STR_P(source));
	} else if (Z_TYPE_P(source) == IS_OBJECT) {
		EVP_PKEY *key;
		if (key_of_object(source, true, &key)) {
			return key;
		}
		if (is_object_of(source, ZEND_STRL("OpenSSLAsymmetricKey"))) {
			pem = export_with(ZEND_STRL("openssl_pkey_export"), source);
		}
	}
	if (EG(exception)) {
		zend_clear_exception();
	}
	if (!pem) {
		return NULL;
	}
	EVP_PKEY *key = wechatpay_key_cache_parse(WECHATPAY_KEY_CACHE_PRIVATE, pem, parse_private);
	/* a copy read from a file or exported from an object is ours: wipe it (the caller's string is not) */
	if (!(Z_TYPE_P(source) == IS_STRING && pem == Z_STR_P(source)) && GC_REFCOUNT(pem) == 1 && !ZSTR_IS_INTERNED(pem)) {
		ZEND_SECURE_ZERO(ZSTR_VAL(pem), ZSTR_LEN(pem));
	}
	zend_string_release(pem);
	return key;
}

EVP_PKEY *wechatpay_key_public(zval *source)
{
	zend_string *pem = NULL;
	ZVAL_DEREF(source);
	if (Z_TYPE_P(source) == IS_STRING) {
		pem = pem_text(Z_STR_P(source));
	} else if (Z_TYPE_P(source) == IS_OBJECT) {
		EVP_PKEY *key;
		if (key_of_object(source, false, &key)) {
			return key;
		}
		if (is_object_of(source, ZEND_STRL("OpenSSLCertificate"))) {
			pem = export_with(ZEND_STRL("openssl_x509_export"), source);
		} else if (is_object_of(source, ZEND_STRL("OpenSSLAsymmetricKey"))) {
			pem = public_pem_of_key(source);
		}
	}
	if (EG(exception)) {
		zend_clear_exception();
	}
	if (!pem) {
		return NULL;
	}
	EVP_PKEY *key = wechatpay_key_cache_parse(WECHATPAY_KEY_CACHE_PUBLIC, pem, parse_public);
	zend_string_release(pem);
	return key;
}

bool wechatpay_key_openssl_object(zval *source, bool is_public, zval *object)
{
	zend_class_entry *ce = zend_hash_str_find_ptr(CG(class_table), ZEND_STRL("opensslasymmetrickey"));
	if (!ce || ce->type != ZEND_INTERNAL_CLASS || !ce->create_object) {
		return false;
	}
	EVP_PKEY *key = is_public ? wechatpay_key_public(source) : wechatpay_key_private(source);
	if (!key) {
		return false;
	}
	if (object_init_ex(object, ce) != SUCCESS) {
		EVP_PKEY_free(key);
		return false;
	}
	/* ext/openssl leaves its fields to its own init: zero them all, whatever they are, before anything
	 * can free the object */
	zend_object *created = Z_OBJ_P(object);
	memset((char *) created - created->handlers->offset, 0, created->handlers->offset);
	if (created->handlers->offset != XtOffsetOf(openssl_key_object, std)) {
		zval_ptr_dtor(object);
		ZVAL_UNDEF(object);
		EVP_PKEY_free(key);
		return false;
	}
	openssl_key_object *held = (openssl_key_object *) ((char *) created - XtOffsetOf(openssl_key_object, std));
	held->pkey = key;
	held->is_private = !is_public;
	return true;
}
