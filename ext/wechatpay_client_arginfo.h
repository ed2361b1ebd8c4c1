/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 79b91e8755eda32e090c5e6f35765d412ebf0365 */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_ClientDecoratorInterface_select, 0, 0, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, protocol, IS_STRING, 1, "null")
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_ClientDecoratorInterface_request, 0, 2, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO(0, method, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, uri, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, options, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_ClientDecoratorInterface_requestAsync arginfo_class_WeChatPay_ClientDecoratorInterface_request

ZEND_BEGIN_ARG_INFO_EX(arginfo_class_WeChatPay_ClientDecorator___construct, 0, 0, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, config, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_ClientDecorator_select arginfo_class_WeChatPay_ClientDecoratorInterface_select

#define arginfo_class_WeChatPay_ClientDecorator_request arginfo_class_WeChatPay_ClientDecoratorInterface_request

#define arginfo_class_WeChatPay_ClientDecorator_requestAsync arginfo_class_WeChatPay_ClientDecoratorInterface_request

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_ClientDecorator_signer, 0, 3, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO(0, mchid, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, serial, IS_STRING, 0)
	ZEND_ARG_TYPE_INFO(0, privateKey, IS_MIXED, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_ClientDecorator_verifier, 0, 1, IS_CALLABLE, 0)
	ZEND_ARG_TYPE_INFO(1, certs, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_ClientDecorator_jsonBased, 0, 0, IS_MIXED, 0)
	ZEND_ARG_TYPE_INFO_WITH_DEFAULT_VALUE(0, config, IS_ARRAY, 0, "[]")
ZEND_END_ARG_INFO()


ZEND_METHOD(WeChatPay_ClientDecorator, __construct);
ZEND_METHOD(WeChatPay_ClientDecorator, select);
ZEND_METHOD(WeChatPay_ClientDecorator, request);
ZEND_METHOD(WeChatPay_ClientDecorator, requestAsync);
ZEND_METHOD(WeChatPay_ClientDecorator, signer);
ZEND_METHOD(WeChatPay_ClientDecorator, verifier);
ZEND_METHOD(WeChatPay_ClientDecorator, jsonBased);


static const zend_function_entry class_WeChatPay_ClientDecoratorInterface_methods[] = {
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_ClientDecoratorInterface, select, arginfo_class_WeChatPay_ClientDecoratorInterface_select, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_ClientDecoratorInterface, request, arginfo_class_WeChatPay_ClientDecoratorInterface_request, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_ABSTRACT_ME_WITH_FLAGS(WeChatPay_ClientDecoratorInterface, requestAsync, arginfo_class_WeChatPay_ClientDecoratorInterface_requestAsync, ZEND_ACC_PUBLIC|ZEND_ACC_ABSTRACT)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_ClientDecorator_methods[] = {
	ZEND_ME(WeChatPay_ClientDecorator, __construct, arginfo_class_WeChatPay_ClientDecorator___construct, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_ClientDecorator, select, arginfo_class_WeChatPay_ClientDecorator_select, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_ClientDecorator, request, arginfo_class_WeChatPay_ClientDecorator_request, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_ClientDecorator, requestAsync, arginfo_class_WeChatPay_ClientDecorator_requestAsync, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_ClientDecorator, signer, arginfo_class_WeChatPay_ClientDecorator_signer, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WeChatPay_ClientDecorator, verifier, arginfo_class_WeChatPay_ClientDecorator_verifier, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_ME(WeChatPay_ClientDecorator, jsonBased, arginfo_class_WeChatPay_ClientDecorator_jsonBased, ZEND_ACC_PUBLIC|ZEND_ACC_STATIC)
	ZEND_FE_END
};

static void register_wechatpay_client_symbols(int module_number)
{
	REGISTER_LONG_CONSTANT("WeChatPay\\MAXIMUM_CLOCK_OFFSET", 300, CONST_PERSISTENT);
	REGISTER_STRING_CONSTANT("WeChatPay\\WechatpayNonce", "Wechatpay-Nonce", CONST_PERSISTENT);
	REGISTER_STRING_CONSTANT("WeChatPay\\WechatpaySerial", "Wechatpay-Serial", CONST_PERSISTENT);
	REGISTER_STRING_CONSTANT("WeChatPay\\WechatpaySignature", "Wechatpay-Signature", CONST_PERSISTENT);
	REGISTER_STRING_CONSTANT("WeChatPay\\WechatpayTimestamp", "Wechatpay-Timestamp", CONST_PERSISTENT);
	REGISTER_STRING_CONSTANT("WeChatPay\\WechatpayStatementSha1", "Wechatpay-Statement-Sha1", CONST_PERSISTENT);
}

static zend_class_entry *register_class_WeChatPay_ClientDecoratorInterface(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay", "ClientDecoratorInterface", class_WeChatPay_ClientDecoratorInterface_methods);
	class_entry = zend_register_internal_interface(&ce);

	zval const_VERSION_value;
	zend_string *const_VERSION_value_str = zend_string_init("1.4.12", strlen("1.4.12"), 1);
	ZVAL_STR(&const_VERSION_value, const_VERSION_value_str);
	zend_string *const_VERSION_name = zend_string_init_interned("VERSION", sizeof("VERSION") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_VERSION_name, &const_VERSION_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_VERSION_name);

	zval const_XML_BASED_value;
	zend_string *const_XML_BASED_value_str = zend_string_init("v2", strlen("v2"), 1);
	ZVAL_STR(&const_XML_BASED_value, const_XML_BASED_value_str);
	zend_string *const_XML_BASED_name = zend_string_init_interned("XML_BASED", sizeof("XML_BASED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_XML_BASED_name, &const_XML_BASED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_XML_BASED_name);

	zval const_JSON_BASED_value;
	zend_string *const_JSON_BASED_value_str = zend_string_init("v3", strlen("v3"), 1);
	ZVAL_STR(&const_JSON_BASED_value, const_JSON_BASED_value_str);
	zend_string *const_JSON_BASED_name = zend_string_init_interned("JSON_BASED", sizeof("JSON_BASED") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_JSON_BASED_name, &const_JSON_BASED_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_JSON_BASED_name);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_ClientDecorator(zend_class_entry *class_entry_WeChatPay_ClientDecoratorInterface)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay", "ClientDecorator", class_WeChatPay_ClientDecorator_methods);
	class_entry = zend_register_internal_class_ex(&ce, NULL);
	class_entry->ce_flags |= ZEND_ACC_FINAL|ZEND_ACC_NOT_SERIALIZABLE;
	zend_class_implements(class_entry, 1, class_entry_WeChatPay_ClientDecoratorInterface);


	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "__construct", sizeof("__construct") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "signer", sizeof("signer") - 1), 2, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	zend_add_parameter_attribute(zend_hash_str_find_ptr(&class_entry->function_table, "jsonbased", sizeof("jsonbased") - 1), 0, ZSTR_KNOWN(ZEND_STR_SENSITIVEPARAMETER), 0);

	return class_entry;
}
