/*
 * wechatpay_key_cache.c: parsed keys kept across PHP requests (in module globals, so an FPM worker
 * keeps them from one request to the next), so that building a client on every request costs a
 * SHA-256 of the configured key text instead of a PEM parse. An entry is found by the digest of the
 * kind of parse and the exact text parsed (a PEM string, or what a file:// path held when it was read
 * this time: a rewritten key file is a different entry). At most 64 keys; the least recently used
 * makes room. Only digests and EVP_PKEY references are kept: no key text, nothing ever shown.
 * After fork() the child keeps using its copy (plain memory, no descriptors).
 */
#include "php.h"
#include <openssl/sha.h>
#include "php_wechatpay.h"
#include "wechatpay_key_cache.h"

#define KEY_CACHE_MAX 64

struct _wechatpay_key_cache {
	HashTable entries;    /* kind byte + SHA-256 of the text => entry (persistent) */
	uint64_t clock;       /* counts lookups: an entry's last use */
};

typedef struct _cache_entry {
	EVP_PKEY *key;
	uint64_t used;
} cache_entry;

static void entry_free(zval *zv)
{
	cache_entry *entry = Z_PTR_P(zv);
	EVP_PKEY_free(entry->key);
	pefree(entry, 1);
}

static wechatpay_key_cache *cache(void)
{
	wechatpay_key_cache *keys = WECHATPAY_G(key_cache);
	if (!keys) {
		keys = pecalloc(1, sizeof(*keys), 1);
		zend_hash_init(&keys->entries, KEY_CACHE_MAX, NULL, entry_free, 1);
		WECHATPAY_G(key_cache) = keys;
	}
	return keys;
}

static void evict_least_recently_used(wechatpay_key_cache *keys)
{
	zend_string *oldest = NULL, *name;
	uint64_t oldest_use = UINT64_MAX;
	cache_entry *entry;
	ZEND_HASH_FOREACH_STR_KEY_PTR(&keys->entries, name, entry) {
		if (entry->used < oldest_use) {
			oldest_use = entry->used;
			oldest = name;
		}
	} ZEND_HASH_FOREACH_END();
	zend_hash_del(&keys->entries, oldest);
}

EVP_PKEY *wechatpay_key_cache_parse(wechatpay_key_cache_kind kind, const zend_string *text, wechatpay_key_parser parse)
{
	unsigned char name[1 + SHA256_DIGEST_LENGTH];
	name[0] = (unsigned char) kind;
	if (!SHA256((const unsigned char *) ZSTR_VAL(text), ZSTR_LEN(text), name + 1)) {
		return parse(text);
	}
	wechatpay_key_cache *keys = cache();
	cache_entry *entry = zend_hash_str_find_ptr(&keys->entries, (const char *) name, sizeof(name));
	if (entry) {
		entry->used = ++keys->clock;
		EVP_PKEY_up_ref(entry->key);
		return entry->key;
	}
	EVP_PKEY *key = parse(text);
	if (!key) {
		return NULL;
	}
	if (zend_hash_num_elements(&keys->entries) == KEY_CACHE_MAX) {
		evict_least_recently_used(keys);
	}
	entry = pemalloc(sizeof(*entry), 1);
	entry->key = key;
	entry->used = ++keys->clock;
	EVP_PKEY_up_ref(key);
	zend_hash_str_add_new_ptr(&keys->entries, (const char *) name, sizeof(name), entry);
	return key;
}

void wechatpay_key_cache_shutdown(void)
{
	wechatpay_key_cache *keys = WECHATPAY_G(key_cache);
	if (keys) {
		zend_hash_destroy(&keys->entries);
		pefree(keys, 1);
		WECHATPAY_G(key_cache) = NULL;
	}
}
