/*
 * wechatpay_hash.c: WeChatPay\Crypto\Hash, the APIv2 signature hashes: MD5 of the data with
 * "&key=SECRET" appended ("&secret=" for WeCom agencies), HMAC keyed with the secret whose message
 * also ends with "&key=SECRET", sign()'s upper-case hex of either, and hash_equals()'s constant-time
 * comparison; plus the WeChatPay\Crypto\ALGO_* constants. Digests come from ext/hash, so hmac()
 * accepts exactly the algorithms hash_init() does and fails with hash_init()'s ValueError texts.
 */
#include "php.h"
#include "zend_exceptions.h"
#include "ext/hash/php_hash.h"
#include "wechatpay_hash.h"
#include "wechatpay_userland.h"
#include "zend_attributes.h"
#include "wechatpay_hash_arginfo.h"

static zend_class_entry *hash_ce;
static const php_hash_ops *hash_md5_ops;
static const php_hash_ops *hash_sha256_ops;
/* WeChatPay\Crypto\ALGO_DICTONARIES (sic), which PHP 8.2's gen_stub cannot declare. */
static HashTable *hash_dictionaries;

static void hash_xor(unsigned char *block, size_t length, unsigned char with)
{
	for (size_t i = 0; i < length; i++) {
		block[i] ^= with;
	}
}

/* Hex (lower or upper case) of the `ops` digest of thing . glue . key (thing alone when glue is
 * NULL); an HMAC keyed with `hmac_key` (RFC 2104, as hash_init(…, HASH_HMAC, …)) unless NULL. */
static zend_string *hash_hex(const php_hash_ops *ops, const zend_string *hmac_key, const zend_string *thing,
		const char *glue, const zend_string *key, bool upper)
{
	void *context = php_hash_alloc_context(ops);
	unsigned char *digest = emalloc(ops->digest_size);
	unsigned char *block = NULL;

	if (hmac_key) {
		block = ecalloc(1, ops->block_size);
		if (ZSTR_LEN(hmac_key) > ops->block_size) {
			ops->hash_init(context, NULL);
			ops->hash_update(context, (const unsigned char *) ZSTR_VAL(hmac_key), ZSTR_LEN(hmac_key));
			ops->hash_final(block, context);
		} else {
			memcpy(block, ZSTR_VAL(hmac_key), ZSTR_LEN(hmac_key));
		}
		hash_xor(block, ops->block_size, 0x36);
		ops->hash_init(context, NULL);
		ops->hash_update(context, block, ops->block_size);
	} else {
		ops->hash_init(context, NULL);
	}
	ops->hash_update(context, (const unsigned char *) ZSTR_VAL(thing), ZSTR_LEN(thing));
	if (glue) {
		ops->hash_update(context, (const unsigned char *) glue, strlen(glue));
		ops->hash_update(context, (const unsigned char *) ZSTR_VAL(key), ZSTR_LEN(key));
	}
	ops->hash_final(digest, context);
	if (block) {
		hash_xor(block, ops->block_size, 0x36 ^ 0x5c);
		ops->hash_init(context, NULL);
		ops->hash_update(context, block, ops->block_size);
		ops->hash_update(context, digest, ops->digest_size);
		ops->hash_final(digest, context);
		ZEND_SECURE_ZERO(block, ops->block_size);
		efree(block);
	}

	const char *hexits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	zend_string *hex = zend_string_alloc(ops->digest_size * 2, 0);
	for (size_t i = 0; i < ops->digest_size; i++) {
		ZSTR_VAL(hex)[i * 2] = hexits[digest[i] >> 4];
		ZSTR_VAL(hex)[i * 2 + 1] = hexits[digest[i] & 15];
	}
	ZSTR_VAL(hex)[ops->digest_size * 2] = '\0';
	ZEND_SECURE_ZERO(context, ops->context_size);
	efree(context);
	efree(digest);
	return hex;
}

/* The SDK appends the key only when it is truthy: neither "" nor "0". */
static zend_string *hash_md5(const zend_string *thing, const zend_string *key, zval *agency, bool upper)
{
	bool keyed = ZSTR_LEN(key) && !zend_string_equals_literal(key, "0");
	const char *glue = !keyed ? NULL : agency && zend_is_true(agency) ? "&secret=" : "&key=";
	return hash_hex(hash_md5_ops, NULL, thing, glue, key, upper);
}

/* NULL with hash_init()'s ValueError when `ops` cannot make an HMAC with `key`. */
static zend_string *hash_hmac(const php_hash_ops *ops, const zend_string *thing, const zend_string *key, bool upper)
{
	if (!ops) {
		zend_value_error("hash_init(): Argument #1 ($algo) must be a valid hashing algorithm");
		return NULL;
	}
	if (!ops->is_crypto) {
		zend_value_error("hash_init(): Argument #1 ($algo) must be a cryptographic hashing algorithm if HMAC is requested");
		return NULL;
	}
	if (!ZSTR_LEN(key)) {
		zend_value_error("hash_init(): Argument #3 ($key) cannot be empty when HMAC is requested");
		return NULL;
	}
	return hash_hex(ops, key, thing, "&key=", key, upper);
}

ZEND_METHOD(WeChatPay_Crypto_Hash, md5)
{
	zend_string *thing, *key = ZSTR_EMPTY_ALLOC();
	zval *agency = NULL;
	if (!wechatpay_userland_refuse_null(execute_data)) {
		RETURN_THROWS();
	}
	ZEND_PARSE_PARAMETERS_START(1, 3)
		Z_PARAM_STR(thing)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(key)
		Z_PARAM_ZVAL(agency)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_NEW_STR(hash_md5(thing, key, agency, false));
}

ZEND_METHOD(WeChatPay_Crypto_Hash, hmac)
{
	zend_string *thing, *key, *algorithm = NULL;
	if (!wechatpay_userland_refuse_null(execute_data)) {
		RETURN_THROWS();
	}
	ZEND_PARSE_PARAMETERS_START(2, 3)
		Z_PARAM_STR(thing)
		Z_PARAM_STR(key)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(algorithm)
	ZEND_PARSE_PARAMETERS_END();

	zend_string *hex = hash_hmac(algorithm ? php_hash_fetch_ops(algorithm) : hash_sha256_ops, thing, key, false);
	if (!hex) {
		RETURN_THROWS();
	}
	RETURN_NEW_STR(hex);
}

ZEND_METHOD(WeChatPay_Crypto_Hash, equals)
{
	zend_string *known, *user = NULL;
	if (!wechatpay_userland_refuse_null(execute_data)) {
		RETURN_THROWS();
	}
	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(known)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(user)
	ZEND_PARSE_PARAMETERS_END();

	RETURN_BOOL(user && php_safe_bcmp(known, user) == 0);
}

ZEND_METHOD(WeChatPay_Crypto_Hash, sign)
{
	zend_string *type, *data, *key;
	if (!wechatpay_userland_refuse_null(execute_data)) {
		RETURN_THROWS();
	}
	ZEND_PARSE_PARAMETERS_START(3, 3)
		Z_PARAM_STR(type)
		Z_PARAM_STR(data)
		Z_PARAM_STR(key)
	ZEND_PARSE_PARAMETERS_END();

	bool hmac = zend_string_equals_literal(type, "HMAC-SHA256");
	if (!hmac && !zend_string_equals_literal(type, "MD5")) {
		RETURN_NULL();
	}

	/* the SDK calls static::hmac() or static::md5(): a subclass's override is honoured */
	zend_class_entry *called = zend_get_called_scope(execute_data);
	zend_function *own = called && called != hash_ce
		? zend_hash_str_find_ptr(&called->function_table, hmac ? "hmac" : "md5", hmac ? 4 : 3) : NULL;
	if (own && own->common.scope != hash_ce) {
		zval arguments[2], digest;
		ZVAL_STR(&arguments[0], data);
		ZVAL_STR(&arguments[1], key);
		zend_call_known_function(own, NULL, called, &digest, 2, arguments, NULL);
		if (Z_TYPE(digest) == IS_STRING) {
			RETVAL_STR(zend_string_toupper(Z_STR(digest)));
		}
		zval_ptr_dtor(&digest);
		return;
	}

	zend_string *hex = hmac ? hash_hmac(hash_sha256_ops, data, key, true) : hash_md5(data, key, NULL, true);
	if (!hex) {
		RETURN_THROWS();
	}
	RETURN_NEW_STR(hex);
}

static const php_hash_ops *hash_ops(const char *name)
{
	zend_string *algorithm = zend_string_init(name, strlen(name), 1);
	const php_hash_ops *ops = php_hash_fetch_ops(algorithm);
	zend_string_release_ex(algorithm, 1);
	return ops;
}

/* ['HMAC-SHA256' => 'hmac', 'MD5' => 'md5'] as an immutable persistent array of interned strings,
 * with refcount 2 so that writing to a copy separates it (as opcache's immutable arrays). */
static void hash_register_dictionaries(int module_number)
{
	hash_dictionaries = pemalloc(sizeof(HashTable), 1);
	zend_hash_init(hash_dictionaries, 2, NULL, NULL, 1);
	zval method;
	ZVAL_INTERNED_STR(&method, zend_string_init_interned(ZEND_STRL("hmac"), 1));
	zend_hash_add_new(hash_dictionaries, zend_string_init_interned(ZEND_STRL("HMAC-SHA256"), 1), &method);
	ZVAL_INTERNED_STR(&method, zend_string_init_interned(ZEND_STRL("md5"), 1));
	zend_hash_add_new(hash_dictionaries, zend_string_init_interned(ZEND_STRL("MD5"), 1), &method);
	GC_SET_REFCOUNT(hash_dictionaries, 2);
	GC_ADD_FLAGS(hash_dictionaries, IS_ARRAY_IMMUTABLE);

	zend_constant constant;
	ZVAL_ARR(&constant.value, hash_dictionaries);
	Z_TYPE_FLAGS(constant.value) = 0;
	constant.name = zend_string_init_interned(ZEND_STRL("WeChatPay\\Crypto\\ALGO_DICTONARIES"), 1);
	ZEND_CONSTANT_SET_FLAGS(&constant, CONST_PERSISTENT, module_number);
	zend_register_constant(&constant);
}

void wechatpay_hash_minit(int module_number)
{
	register_wechatpay_hash_symbols(module_number);
	hash_register_dictionaries(module_number);
	hash_ce = register_class_WeChatPay_Crypto_Hash();
	hash_md5_ops = hash_ops("md5");
	hash_sha256_ops = hash_ops("sha256");
}

/* The constants table outlives the modules; its entry for ALGO_DICTONARIES is not refcounted and
 * never dereferenced again, so the array is freed here. */
void wechatpay_hash_mshutdown(void)
{
	GC_SET_REFCOUNT(hash_dictionaries, 1);
	zend_hash_destroy(hash_dictionaries);
	pefree(hash_dictionaries, 1);
}
