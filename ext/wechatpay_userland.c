/*
 * wechatpay_userland.c: what the SDK's PHP code gets from PHP itself and internal code must do by
 * hand. Calling PHP's own functions: ext/openssl exports no C API, so its OpenSSLAsymmetricKey and
 * OpenSSLCertificate objects, its key-loading rules and its warnings are only reachable through its
 * PHP functions. Calling methods of userland objects (PSR-7 messages, Guzzle's stack and client) by
 * name. Userland's parameter rule: null is a TypeError for a typed parameter. And the trait list
 * that `use A, B;` leaves on a class, for internal classes that implement the SDK's traits natively.
 */
#include "php.h"
#include "zend_exceptions.h"
#include "wechatpay_userland.h"

bool wechatpay_userland_call(const char *name, size_t name_len, zval *retval, uint32_t argc, zval *argv)
{
	ZVAL_UNDEF(retval);
	zend_function *function = zend_hash_str_find_ptr(CG(function_table), name, name_len);
	if (!function) {
		zend_throw_error(NULL, "Call to undefined function %s()", name);
		return false;
	}
	zend_call_known_function(function, NULL, NULL, retval, argc, argv, NULL);
	if (EG(exception)) {
		zval_ptr_dtor(retval);
		ZVAL_UNDEF(retval);
		return false;
	}
	return true;
}

bool wechatpay_userland_method(zval *object, const char *name, zval *retval, uint32_t argc, zval *argv)
{
	zval method;
	ZVAL_STRING(&method, name);
	ZVAL_UNDEF(retval);
	zend_result called = call_user_function(NULL, object, &method, retval, argc, argv);
	zval_ptr_dtor(&method);
	if (called != SUCCESS || EG(exception)) {
		zval_ptr_dtor(retval);
		ZVAL_UNDEF(retval);
		if (!EG(exception)) {
			zend_throw_error(NULL, "Call to undefined method %s::%s()",
					Z_TYPE_P(object) == IS_OBJECT ? ZSTR_VAL(Z_OBJCE_P(object)->name) : zend_zval_type_name(object), name);
		}
		return false;
	}
	return true;
}

bool wechatpay_userland_own_method(zval *object, const char *name, zval *retval, uint32_t argc, zval *argv)
{
	ZVAL_UNDEF(retval);
	zend_function *method = zend_hash_str_find_ptr(&Z_OBJCE_P(object)->function_table, name, strlen(name));
	if (!method || (method->common.fn_flags & (ZEND_ACC_STATIC | ZEND_ACC_ABSTRACT))) {
		zend_throw_error(NULL, "Call to undefined method %s::%s()", ZSTR_VAL(Z_OBJCE_P(object)->name), name);
		return false;
	}
	zend_call_known_instance_method(method, Z_OBJ_P(object), retval, argc, argv);
	if (EG(exception)) {
		zval_ptr_dtor(retval);
		ZVAL_UNDEF(retval);
		return false;
	}
	return true;
}

bool wechatpay_userland_static(zend_class_entry *ce, const char *name, zval *retval, uint32_t argc, zval *argv)
{
	ZVAL_UNDEF(retval);
	size_t length = strlen(name);
	zend_string *lower = zend_string_alloc(length, 0);
	zend_str_tolower_copy(ZSTR_VAL(lower), name, length);
	zend_function *function = zend_hash_find_ptr(&ce->function_table, lower);
	zend_string_release(lower);
	if (!function || !(function->common.fn_flags & ZEND_ACC_STATIC)) {
		zend_throw_error(NULL, "Call to undefined method %s::%s()", ZSTR_VAL(ce->name), name);
		return false;
	}
	zend_call_known_function(function, NULL, ce, retval, argc, argv, NULL);
	if (EG(exception)) {
		zval_ptr_dtor(retval);
		ZVAL_UNDEF(retval);
		return false;
	}
	return true;
}

bool wechatpay_userland_refuse_null(zend_execute_data *execute_data)
{
	zend_function *function = EX(func);
	uint32_t count = MIN(ZEND_NUM_ARGS(), function->common.num_args);
	for (uint32_t i = 0; i < count; i++) {
		zend_type type = function->common.arg_info[i].type;
		if (Z_TYPE_P(ZEND_CALL_ARG(execute_data, i + 1)) == IS_NULL
				&& ZEND_TYPE_IS_SET(type) && !ZEND_TYPE_ALLOW_NULL(type)) {
			zend_string *expected = zend_type_to_string(type);
			zend_argument_type_error(i + 1, "must be of type %s, null given", ZSTR_VAL(expected));
			zend_string_release(expected);
			return false;
		}
	}
	return true;
}

void wechatpay_userland_list_traits(zend_class_entry *ce, uint32_t count, zend_class_entry *const *traits)
{
	ZEND_ASSERT(ce->type == ZEND_INTERNAL_CLASS && ce->num_traits == 0);
	ce->trait_names = pemalloc(sizeof(zend_class_name) * count, 1);
	for (uint32_t i = 0; i < count; i++) {
		ZEND_ASSERT(traits[i]->ce_flags & ZEND_ACC_TRAIT);
		ce->trait_names[i].name = zend_string_copy(traits[i]->name);
		ce->trait_names[i].lc_name = zend_string_tolower_ex(traits[i]->name, 1);
	}
	ce->num_traits = count;
}

void wechatpay_userland_unlist_traits(zend_class_entry *ce)
{
	for (uint32_t i = 0; i < ce->num_traits; i++) {
		zend_string_release_ex(ce->trait_names[i].name, 1);
		zend_string_release_ex(ce->trait_names[i].lc_name, 1);
	}
	if (ce->num_traits) {
		pefree(ce->trait_names, 1);
	}
	ce->trait_names = NULL;
	ce->num_traits = 0;
}
