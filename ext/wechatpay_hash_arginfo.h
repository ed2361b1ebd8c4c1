/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: caf0bec800e7498072bf7b3dff3499a3ba532850 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Crypto_Hash_md5, 0, 1, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, thing, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, key, IS_STRING, 0, "\'\'")
	ZEND_ARG_INFO_WITH_DEFAULT_VALUE(0, agency, "false")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Crypto_Hash_hmac, 0, 2, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, thing, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, algorithm, IS_STRING, 0, "\'sha256\'")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Crypto_Hash_equals, 0, 1, _IS_BOOL, 0)
	ZEND_ARG_TYPE_INFO(0, known_string, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, user_string, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Crypto_Hash_sign, 0, 3, IS_STRING, 1)
	ZEND_ARG_TYPE_INFO(0, type, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, data, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, key, IS_STRING, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(WeChatPay_Crypto_Hash, md5);
ZEND_METHOD(WeChatPay_Crypto_Hash, hmac);
ZEND_METHOD(WeChatPay_Crypto_Hash, equals);
ZEND_METHOD(WeChatPay_Crypto_Hash, sign);


static const zend_function_entry class_WeChatPay_Crypto_Hash_methods[] = {
	ZEND_ME(WeChatPay_Crypto_Hash, md5, arginfo_class_WeChatPay_Crypto_Hash_md5, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WeChatPay_Crypto_Hash, hmac, arginfo_class_WeChatPay_Crypto_Hash_hmac, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WeChatPay_Crypto_Hash, equals, arginfo_class_WeChatPay_Crypto_Hash_equals, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WeChatPay_Crypto_Hash, sign, arginfo_class_WeChatPay_Crypto_Hash_sign, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static void register_wechatpay_hash_symbols(int module_number)
{
	REGISTER_STRING_CONSTANT("WeChatPay\\Crypto\\ALGO_MD5", "MD5", CONST_PERSISTENT);
	REGISTER_STRING_CONSTANT("WeChatPay\\Crypto\\ALGO_HMAC_SHA256", "HMAC-SHA256", CONST_PERSISTENT);
}

static zend_class_entry *register_class_WeChatPay_Crypto_Hash(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Crypto", "Hash", class_WeChatPay_Crypto_Hash_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);

	zval const_ALGO_MD5_value;
	zend_string *const_ALGO_MD5_value_str = zend_string_init("MD5", strlen("MD5"), 1);
	ZVAL_STR(&const_ALGO_MD5_value, const_ALGO_MD5_value_str);
	zend_string *const_ALGO_MD5_name = zend_string_init_interned("ALGO_MD5", sizeof("ALGO_MD5") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ALGO_MD5_name, &const_ALGO_MD5_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ALGO_MD5_name);

	zval const_ALGO_HMAC_SHA256_value;
	zend_string *const_ALGO_HMAC_SHA256_value_str = zend_string_init("HMAC-SHA256", strlen("HMAC-SHA256"), 1);
	ZVAL_STR(&const_ALGO_HMAC_SHA256_value, const_ALGO_HMAC_SHA256_value_str);
	zend_string *const_ALGO_HMAC_SHA256_name = zend_string_init_interned("ALGO_HMAC_SHA256", sizeof("ALGO_HMAC_SHA256") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_ALGO_HMAC_SHA256_name, &const_ALGO_HMAC_SHA256_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_ALGO_HMAC_SHA256_name);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "md5", sizeof("md5") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "hmac", sizeof("hmac") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "equals", sizeof("equals") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "equals", sizeof("equals") - 1), 1, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "sign", sizeof("sign") - 1), 2, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}
