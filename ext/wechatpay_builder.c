/*
 * wechatpay_builder.c: WeChatPay\Builder and the chain of WeChatPay\BuilderNode objects. A node's
 * storage mirrors the SDK's ArrayIterator node: its path segments under int keys, then the child
 * nodes it created, cached under the raw key that created them. `->seg`, `['seg']` and
 * `chain('seg')` are one operation; segment normalisation follows the SDK's three rules (§4.2).
 * Children point at the driver, never at their parent, so chains make no reference cycles.
 */
#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "zend_smart_str.h"
#include "ext/spl/spl_array.h"
#include "wechatpay_builder.h"
#include "wechatpay_client.h"
#include "wechatpay_userland.h"
#include "zend_attributes.h"
#include "wechatpay_builder_arginfo.h"

zend_class_entry *wechatpay_ce_Builder;
zend_class_entry *wechatpay_ce_BuilderChainable;
zend_class_entry *wechatpay_ce_BuilderNode;
static zend_object_handlers wechatpay_node_handlers;

typedef struct _wechatpay_node {
	HashTable *storage;     /* segments (int keys) and cached children (raw keys), in insertion order */
	zend_object *driver;    /* the WeChatPay\ClientDecorator every node of the chain shares */
	zend_string *path;      /* the segments joined by "/", computed on demand */
	zend_object std;
} wechatpay_node;

static inline wechatpay_node *node_from(zend_object *object)
{
	return (wechatpay_node *) ((char *) object - XtOffsetOf(wechatpay_node, std));
}

/* The SDK's "#^_(.*)_$#" on a segment: '.' stops at "\n" and '$' also matches before a final "\n".
 * The index of the closing '_' (then "{" and "}" replace the two), or 0 when it is no placeholder. */
static size_t placeholder_close(const char *segment, size_t length)
{
	if (length && segment[length - 1] == '\n') {
		length--;
	}
	if (length < 2 || segment[0] != '_' || segment[length - 1] != '_' || memchr(segment + 1, '\n', length - 2)) {
		return 0;
	}
	return length - 1;
}

zend_string *wechatpay_segment_normalize(zend_string *key)
{
	const char *in = ZSTR_VAL(key);
	size_t length = ZSTR_LEN(key), capitals = 0;
	for (size_t i = 1; i < length; i++) {
		capitals += in[i] >= 'A' && in[i] <= 'Z';
	}
	if (capitals == 0 && !(length && in[0] >= 'A' && in[0] <= 'Z') && !placeholder_close(in, length)) {
		return zend_string_copy(key);
	}

	smart_str out = {0};
	smart_str_alloc(&out, length + capitals + 1, 0);
	for (size_t i = 0; i < length; i++) {
		char c = in[i];
		if (c >= 'A' && c <= 'Z') {
			if (i > 0) {
				smart_str_appendc(&out, '-');
			}
			c = (char) (c - 'A' + 'a');
		}
		smart_str_appendc(&out, c);
	}
	smart_str_0(&out);
	zend_string *result = smart_str_extract(&out);
	size_t close = placeholder_close(ZSTR_VAL(result), ZSTR_LEN(result));
	if (close) {
		ZSTR_VAL(result)[0] = '{';
		ZSTR_VAL(result)[close] = '}';
	}
	return result;
}

/* ------------------------------------------------------------------ nodes */

static zend_object *node_new(zend_class_entry *ce)
{
	wechatpay_node *node = zend_object_alloc(sizeof(wechatpay_node), ce);
	zend_object_std_init(&node->std, ce);
	object_properties_init(&node->std, ce);
	node->std.handlers = &wechatpay_node_handlers;
	node->storage = zend_new_array(0);
	return &node->std;
}

static void node_free(zend_object *object)
{
	wechatpay_node *node = node_from(object);
	zend_array_release(node->storage);
	if (node->driver) {
		OBJ_RELEASE(node->driver);
	}
	if (node->path) {
		zend_string_release(node->path);
	}
	zend_object_std_dtor(object);
}

static HashTable *node_get_gc(zend_object *object, zval **table, int *n)
{
	wechatpay_node *node = node_from(object);
	zend_get_gc_buffer *buffer = zend_get_gc_buffer_create();
	if (node->driver) {
		zend_get_gc_buffer_add_obj(buffer, node->driver);
	}
	zval *value;
	ZEND_HASH_FOREACH_VAL(node->storage, value) {
		zend_get_gc_buffer_add_zval(buffer, value);
	} ZEND_HASH_FOREACH_END();
	zend_get_gc_buffer_use(buffer, table, n);
	return zend_std_get_properties(object);
}

static void node_touched(wechatpay_node *node)
{
	if (node->path) {
		zend_string_release(node->path);
		node->path = NULL;
	}
}

/* A new node bound to `driver` whose storage is `segments` (taken over). */
static zend_object *node_create(zend_object *driver, HashTable *segments)
{
	zend_object *object = node_new(wechatpay_ce_BuilderNode);
	wechatpay_node *node = node_from(object);
	zend_array_release(node->storage);
	node->storage = segments;
	node->driver = driver;
	GC_ADDREF(driver);
	return object;
}

zend_string *wechatpay_node_path(zend_object *object)
{
	wechatpay_node *node = node_from(object);
	if (!node->path) {
		smart_str path = {0};
		bool first = true;
		zval *value;
		ZEND_HASH_FOREACH_VAL(node->storage, value) {
			ZVAL_DEREF(value);
			if (Z_TYPE_P(value) == IS_OBJECT) {
				continue; /* a cached child, not a segment */
			}
			if (!first) {
				smart_str_appendc(&path, '/');
			}
			first = false;
			zend_string *segment = zval_get_string(value);
			smart_str_append(&path, segment);
			zend_string_release(segment);
		} ZEND_HASH_FOREACH_END();
		node->path = path.s ? smart_str_extract(&path) : ZSTR_EMPTY_ALLOC();
	}
	return node->path;
}

/* The stored value for a string or int `key`; NULL when absent or for any other key type. */
static zval *storage_find(wechatpay_node *node, zval *key)
{
	switch (Z_TYPE_P(key)) {
		case IS_STRING: return zend_symtable_find(node->storage, Z_STR_P(key));
		case IS_LONG: return zend_hash_index_find(node->storage, Z_LVAL_P(key));
		default: return NULL;
	}
}

/* offsetGet(): the cached child for `key`, creating it from this node's segments plus the
 * normalised key on first use. Returns NULL with a TypeError like the SDK's strict code. */
static zval *node_child(zend_object *object, zval *key)
{
	wechatpay_node *node = node_from(object);
	ZVAL_DEREF(key);
	zval *found = storage_find(node, key);
	if (found) {
		ZVAL_DEREF(found);
		if (Z_TYPE_P(found) == IS_OBJECT && instanceof_function(Z_OBJCE_P(found), wechatpay_ce_BuilderChainable)) {
			return found;
		}
		zend_type_error("WeChatPay\\BuilderNode::offsetGet(): Return value must be of type WeChatPay\\BuilderChainable, %s returned",
				zend_zval_type_name(found));
		return NULL;
	}
	if (Z_TYPE_P(key) != IS_STRING) {
		zend_type_error("WeChatPay\\BuilderNode::offsetGet(): Argument #1 ($key) must be of type string, %s given",
				zend_zval_type_name(key));
		return NULL;
	}

	/* sized by growth: the parent's storage also holds its cached children, which are not copied */
	HashTable *segments = zend_new_array(0);
	zend_string *name;
	zend_ulong index;
	zval *value;
	ZEND_HASH_FOREACH_KEY_VAL(node->storage, index, name, value) {
		if (Z_TYPE_P(value) == IS_OBJECT) {
			continue;
		}
		Z_TRY_ADDREF_P(value);
		if (name) {
			zend_hash_add_new(segments, name, value);
		} else {
			zend_hash_index_add_new(segments, index, value);
		}
	} ZEND_HASH_FOREACH_END();
	zval segment;
	ZVAL_STR(&segment, wechatpay_segment_normalize(Z_STR_P(key)));
	if (!zend_hash_next_index_insert(segments, &segment)) {
		zval_ptr_dtor(&segment);
	}

	zval child;
	ZVAL_OBJ(&child, node_create(node->driver, segments));
	return zend_symtable_update(node->storage, Z_STR_P(key), &child);
}

static void node_store(zend_object *object, zval *key, zval *value)
{
	wechatpay_node *node = node_from(object);
	Z_TRY_ADDREF_P(value);
	if (!key) {
		if (!zend_hash_next_index_insert(node->storage, value)) {
			zval_ptr_dtor(value);
			zend_throw_error(NULL, "Cannot add element to the array as the next element is already occupied");
		}
	} else if (Z_TYPE_P(key) == IS_LONG) {
		zend_hash_index_update(node->storage, Z_LVAL_P(key), value);
	} else {
		zend_string *name = zval_try_get_string(key);
		if (!name) {
			zval_ptr_dtor(value);
			return;
		}
		zend_symtable_update(node->storage, name, value);
		zend_string_release(name);
	}
	node_touched(node);
}

static void node_remove(zend_object *object, zval *key)
{
	wechatpay_node *node = node_from(object);
	if (Z_TYPE_P(key) == IS_LONG) {
		zend_hash_index_del(node->storage, Z_LVAL_P(key));
	} else {
		zend_string *name = zval_try_get_string(key);
		if (!name) {
			return;
		}
		zend_symtable_del(node->storage, name);
		zend_string_release(name);
	}
	node_touched(node);
}

/* isset()/empty()/offsetExists() on the storage, as ArrayIterator answers them. */
static bool node_has(zend_object *object, zval *key, int check)
{
	zval *found = storage_find(node_from(object), key);
	if (!found) {
		return false;
	}
	ZVAL_DEREF(found);
	switch (check) {
		case ZEND_PROPERTY_EXISTS: return true;
		case ZEND_PROPERTY_NOT_EMPTY: return zend_is_true(found);
		default: return Z_TYPE_P(found) != IS_NULL;
	}
}

static zval *node_read_property(zend_object *object, zend_string *name, int type, void **cache_slot, zval *rv)
{
	zval key;
	ZVAL_STR(&key, name);
	zval *child = node_child(object, &key);
	return child ? child : &EG(uninitialized_zval);
}

static zval *node_write_property(zend_object *object, zend_string *name, zval *value, void **cache_slot)
{
	zval key;
	ZVAL_STR(&key, name);
	node_store(object, &key, value);
	return value;
}

static int node_has_property(zend_object *object, zend_string *name, int has_set_exists, void **cache_slot)
{
	zval key;
	ZVAL_STR(&key, name);
	return node_has(object, &key, has_set_exists);
}

static void node_unset_property(zend_object *object, zend_string *name, void **cache_slot)
{
	zval key;
	ZVAL_STR(&key, name);
	node_remove(object, &key);
}

static zval *node_get_property_ptr_ptr(zend_object *object, zend_string *name, int type, void **cache_slot)
{
	return NULL; /* every access goes through the handlers above */
}

static zval *node_read_dimension(zend_object *object, zval *offset, int type, zval *rv)
{
	if (!offset) {
		zend_throw_error(NULL, "Cannot use [] for reading");
		return &EG(uninitialized_zval);
	}
	zval *child = node_child(object, offset);
	return child ? child : &EG(uninitialized_zval);
}

static void node_write_dimension(zend_object *object, zval *offset, zval *value)
{
	if (offset) {
		ZVAL_DEREF(offset);
	}
	node_store(object, offset, value);
}

static int node_has_dimension(zend_object *object, zval *offset, int check_empty)
{
	ZVAL_DEREF(offset);
	return node_has(object, offset, check_empty ? ZEND_PROPERTY_NOT_EMPTY : ZEND_PROPERTY_ISSET);
}

static void node_unset_dimension(zend_object *object, zval *offset)
{
	ZVAL_DEREF(offset);
	node_remove(object, offset);
}

static zend_result node_count_elements(zend_object *object, zend_long *count)
{
	*count = zend_hash_num_elements(node_from(object)->storage);
	return SUCCESS;
}

static HashTable *node_debug_info(zend_object *object, int *is_temp)
{
	*is_temp = 1;
	return zend_array_dup(node_from(object)->storage);
}

/* ------------------------------------------------------------------ methods */

#define THIS_NODE_OBJECT Z_OBJ_P(ZEND_THIS)

ZEND_METHOD(WeChatPay_BuilderNode, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(WeChatPay_BuilderNode, getDriver)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_OBJ_COPY(node_from(THIS_NODE_OBJECT)->driver);
}

ZEND_METHOD(WeChatPay_BuilderNode, chain)
{
	zend_string *segment;
	if (ZEND_NUM_ARGS() == 1 && Z_TYPE_P(ZEND_CALL_ARG(execute_data, 1)) == IS_NULL) {
		/* the SDK's userland `string $segment` refuses null even from non-strict callers */
		zend_argument_type_error(1, "must be of type string, null given");
		RETURN_THROWS();
	}
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(segment)
	ZEND_PARSE_PARAMETERS_END();
	zval key;
	ZVAL_STR(&key, segment);
	zval *child = node_child(THIS_NODE_OBJECT, &key);
	if (!child) {
		RETURN_THROWS();
	}
	RETURN_COPY_DEREF(child);
}

ZEND_METHOD(WeChatPay_BuilderNode, offsetExists)
{
	zval *key;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(key)
	ZEND_PARSE_PARAMETERS_END();
	RETURN_BOOL(node_has(THIS_NODE_OBJECT, key, ZEND_PROPERTY_ISSET));
}

ZEND_METHOD(WeChatPay_BuilderNode, offsetGet)
{
	zval *key;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(key)
	ZEND_PARSE_PARAMETERS_END();
	zval *child = node_child(THIS_NODE_OBJECT, key);
	if (!child) {
		RETURN_THROWS();
	}
	RETURN_COPY_DEREF(child);
}

ZEND_METHOD(WeChatPay_BuilderNode, offsetSet)
{
	zval *key, *value;
	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_ZVAL(key)
		Z_PARAM_ZVAL(value)
	ZEND_PARSE_PARAMETERS_END();
	node_store(THIS_NODE_OBJECT, Z_TYPE_P(key) == IS_NULL ? NULL : key, value);
}

ZEND_METHOD(WeChatPay_BuilderNode, offsetUnset)
{
	zval *key;
	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ZVAL(key)
	ZEND_PARSE_PARAMETERS_END();
	node_remove(THIS_NODE_OBJECT, key);
}

ZEND_METHOD(WeChatPay_BuilderNode, getIterator)
{
	ZEND_PARSE_PARAMETERS_NONE();
	zval storage;
	ZVAL_ARR(&storage, zend_array_dup(node_from(THIS_NODE_OBJECT)->storage));
	object_init_ex(return_value, spl_ce_ArrayIterator);
	zend_call_known_instance_method_with_1_params(spl_ce_ArrayIterator->constructor, Z_OBJ_P(return_value), NULL, &storage);
	zval_ptr_dtor(&storage);
}

ZEND_METHOD(WeChatPay_BuilderNode, count)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(zend_hash_num_elements(node_from(THIS_NODE_OBJECT)->storage));
}

ZEND_METHOD(WeChatPay_BuilderNode, getArrayCopy)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_ARR(zend_array_dup(node_from(THIS_NODE_OBJECT)->storage));
}

static void verb(INTERNAL_FUNCTION_PARAMETERS, const char *method, size_t method_length, bool async)
{
	HashTable *options = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();
	wechatpay_node *node = node_from(THIS_NODE_OBJECT);
	zend_string *name = zend_string_init_interned(method, method_length, 0);
	wechatpay_client_request(node->driver, name, wechatpay_node_path(THIS_NODE_OBJECT),
			options ? options : (HashTable *) &zend_empty_array, async, return_value);
	zend_string_release(name);
}

#define WECHATPAY_VERB(name, upper, async) \
	ZEND_METHOD(WeChatPay_BuilderNode, name) \
	{ \
		verb(INTERNAL_FUNCTION_PARAM_PASSTHRU, upper, sizeof(upper) - 1, async); \
	}

WECHATPAY_VERB(get, "GET", false)
WECHATPAY_VERB(put, "PUT", false)
WECHATPAY_VERB(post, "POST", false)
WECHATPAY_VERB(patch, "PATCH", false)
WECHATPAY_VERB(delete, "DELETE", false)
WECHATPAY_VERB(getAsync, "GET", true)
WECHATPAY_VERB(putAsync, "PUT", true)
WECHATPAY_VERB(postAsync, "POST", true)
WECHATPAY_VERB(patchAsync, "PATCH", true)
WECHATPAY_VERB(deleteAsync, "DELETE", true)

/* ------------------------------------------------------------------ BuilderTrait */

/* A verb of a userland class that uses BuilderTrait: what the SDK's trait does, by name. */
static void trait_verb(INTERNAL_FUNCTION_PARAMETERS, const char *method, bool async)
{
	zval *options = NULL, driver, pathname, arguments[3];
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY(options)
	ZEND_PARSE_PARAMETERS_END();
	if (!wechatpay_userland_own_method(ZEND_THIS, "getdriver", &driver, 0, NULL)) {
		RETURN_THROWS();
	}
	if (!wechatpay_userland_own_method(ZEND_THIS, "pathname", &pathname, 0, NULL)) {
		zval_ptr_dtor(&driver);
		RETURN_THROWS();
	}
	ZVAL_STRING(&arguments[0], method);
	ZVAL_COPY_VALUE(&arguments[1], &pathname);
	if (options) {
		ZVAL_COPY(&arguments[2], options);
	} else {
		ZVAL_EMPTY_ARRAY(&arguments[2]);
	}
	zval result;
	if (wechatpay_userland_method(&driver, async ? "requestAsync" : "request", &result, 3, arguments)) {
		RETVAL_COPY_VALUE(&result);
	}
	zval_ptr_dtor(&arguments[0]);
	zval_ptr_dtor(&arguments[1]);
	zval_ptr_dtor(&arguments[2]);
	zval_ptr_dtor(&driver);
}

#define WECHATPAY_TRAIT_VERB(name, upper, async) \
	ZEND_METHOD(WeChatPay_BuilderTrait, name) \
	{ \
		trait_verb(INTERNAL_FUNCTION_PARAM_PASSTHRU, upper, async); \
	}

WECHATPAY_TRAIT_VERB(get, "GET", false)
WECHATPAY_TRAIT_VERB(put, "PUT", false)
WECHATPAY_TRAIT_VERB(post, "POST", false)
WECHATPAY_TRAIT_VERB(patch, "PATCH", false)
WECHATPAY_TRAIT_VERB(delete, "DELETE", false)
WECHATPAY_TRAIT_VERB(getAsync, "GET", true)
WECHATPAY_TRAIT_VERB(putAsync, "PUT", true)
WECHATPAY_TRAIT_VERB(postAsync, "POST", true)
WECHATPAY_TRAIT_VERB(patchAsync, "PATCH", true)
WECHATPAY_TRAIT_VERB(deleteAsync, "DELETE", true)

/* ------------------------------------------------------------------ Builder */

ZEND_METHOD(WeChatPay_Builder, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(WeChatPay_Builder, factory)
{
	HashTable *config = NULL;
	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(config)
	ZEND_PARSE_PARAMETERS_END();
	zval driver;
	bool created = wechatpay_client_create(&driver, config ? config : (HashTable *) &zend_empty_array);
	if (!created) {
		RETURN_THROWS();
	}
	RETVAL_OBJ(node_create(Z_OBJ(driver), zend_new_array(0)));
	zval_ptr_dtor(&driver);
}

void wechatpay_builder_minit(void)
{
	wechatpay_ce_Builder = register_class_WeChatPay_Builder();
	wechatpay_ce_BuilderChainable = register_class_WeChatPay_BuilderChainable();
	wechatpay_ce_BuilderNode = register_class_WeChatPay_BuilderNode(wechatpay_ce_BuilderChainable,
			zend_ce_arrayaccess, zend_ce_aggregate, zend_ce_countable);
	wechatpay_ce_BuilderNode->create_object = node_new;
	zend_class_entry *builder_trait = register_class_WeChatPay_BuilderTrait();
	wechatpay_userland_list_traits(wechatpay_ce_BuilderNode, 1, &builder_trait);

	memcpy(&wechatpay_node_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	wechatpay_node_handlers.offset = XtOffsetOf(wechatpay_node, std);
	wechatpay_node_handlers.free_obj = node_free;
	wechatpay_node_handlers.get_gc = node_get_gc;
	wechatpay_node_handlers.clone_obj = NULL;
	wechatpay_node_handlers.read_property = node_read_property;
	wechatpay_node_handlers.write_property = node_write_property;
	wechatpay_node_handlers.has_property = node_has_property;
	wechatpay_node_handlers.unset_property = node_unset_property;
	wechatpay_node_handlers.get_property_ptr_ptr = node_get_property_ptr_ptr;
	wechatpay_node_handlers.read_dimension = node_read_dimension;
	wechatpay_node_handlers.write_dimension = node_write_dimension;
	wechatpay_node_handlers.has_dimension = node_has_dimension;
	wechatpay_node_handlers.unset_dimension = node_unset_dimension;
	wechatpay_node_handlers.count_elements = node_count_elements;
	wechatpay_node_handlers.get_debug_info = node_debug_info;
}

void wechatpay_builder_mshutdown(void)
{
	wechatpay_userland_unlist_traits(wechatpay_ce_BuilderNode);
}
