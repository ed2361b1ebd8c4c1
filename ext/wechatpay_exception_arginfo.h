/* This is a generated file, edit the .stub.php file instead.
 * Stub hash: 92ccf125e7e3214e9d2ffb6f8e994613d44b663b */

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Exception_ConnectException_getHandlerContext, 0, 0, IS_ARRAY, 0)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_OBJ_INFO_EX(arginfo_class_WeChatPay_Exception_RequestException_getResponse, 0, 0, WeChatPay\\Http\\Response, 1)
ZEND_END_ARG_INFO()

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Exception_RequestException_hasResponse, 0, 0, _IS_BOOL, 0)
ZEND_END_ARG_INFO()

#define arginfo_class_WeChatPay_Exception_RequestException_getHandlerContext arginfo_class_WeChatPay_Exception_ConnectException_getHandlerContext

ZEND_BEGIN_ARG_WITH_RETURN_TYPE_INFO_EX(arginfo_class_WeChatPay_Exception_RejectionException_getReason, 0, 0, IS_MIXED, 0)
ZEND_END_ARG_INFO()


ZEND_METHOD(WeChatPay_Exception_ConnectException, getHandlerContext);
ZEND_METHOD(WeChatPay_Exception_RequestException, getResponse);
ZEND_METHOD(WeChatPay_Exception_RequestException, hasResponse);
ZEND_METHOD(WeChatPay_Exception_RequestException, getHandlerContext);
ZEND_METHOD(WeChatPay_Exception_RejectionException, getReason);


static const zend_function_entry class_WeChatPay_Exception_WeChatPayException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Exception_InvalidArgumentException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Exception_TransferException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Exception_ConnectException_methods[] = {
	ZEND_ME(WeChatPay_Exception_ConnectException, getHandlerContext, arginfo_class_WeChatPay_Exception_ConnectException_getHandlerContext, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Exception_RequestException_methods[] = {
	ZEND_ME(WeChatPay_Exception_RequestException, getResponse, arginfo_class_WeChatPay_Exception_RequestException_getResponse, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Exception_RequestException, hasResponse, arginfo_class_WeChatPay_Exception_RequestException_hasResponse, ZEND_ACC_PUBLIC)
	ZEND_ME(WeChatPay_Exception_RequestException, getHandlerContext, arginfo_class_WeChatPay_Exception_RequestException_getHandlerContext, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Exception_BadResponseException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Exception_TooManyRedirectsException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Exception_ClientException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Exception_ServerException_methods[] = {
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Exception_RejectionException_methods[] = {
	ZEND_ME(WeChatPay_Exception_RejectionException, getReason, arginfo_class_WeChatPay_Exception_RejectionException_getReason, ZEND_ACC_PUBLIC)
	ZEND_FE_END
};


static const zend_function_entry class_WeChatPay_Exception_CancellationException_methods[] = {
	ZEND_FE_END
};

static void register_wechatpay_exception_symbols(int module_number)
{
	REGISTER_STRING_CONSTANT("WeChatPay\\Exception\\DEP_XML_PROTOCOL_IS_REACHABLE_EOL", "New features are all in `APIv3`, there\'s no reason to continue use this kind client since v2.0.", CONST_PERSISTENT);
	REGISTER_STRING_CONSTANT("WeChatPay\\Exception\\ERR_INIT_MCHID_IS_MANDATORY", "The merchant\' ID aka `mchid` is required, usually numerical.", CONST_PERSISTENT);
	REGISTER_STRING_CONSTANT("WeChatPay\\Exception\\ERR_INIT_SERIAL_IS_MANDATORY", "The serial number of the merchant\'s certificate aka `serial` is required, usually hexadecial.", CONST_PERSISTENT);
	REGISTER_STRING_CONSTANT("WeChatPay\\Exception\\ERR_INIT_PRIVATEKEY_IS_MANDATORY", "The merchant\'s private key aka `privateKey` is required, usual as pem format.", CONST_PERSISTENT);
	REGISTER_STRING_CONSTANT("WeChatPay\\Exception\\ERR_INIT_CERTS_IS_MANDATORY", "The platform certificate(s) aka `certs` is required, paired as of `[$serial => $certificate]`.", CONST_PERSISTENT);
	REGISTER_STRING_CONSTANT("WeChatPay\\Exception\\ERR_INIT_CERTS_EXCLUDE_MCHSERIAL", "The `certs(%1$s)` contains the merchant\'s certificate serial number(%2$s) which is not allowed here.", CONST_PERSISTENT);
	REGISTER_STRING_CONSTANT("WeChatPay\\Exception\\EV2_REQ_XML_NOTMATCHED_MCHID", "The xml\'s structure[mch_id(%1$s)] doesn\'t matched the init one mchid(%2$s).", CONST_PERSISTENT);
	REGISTER_STRING_CONSTANT("WeChatPay\\Exception\\EV3_RES_HEADERS_INCOMPLETE", "The response\'s Headers incomplete, must have(`%1$s`, `%2$s`, `%3$s` and `%4$s`).", CONST_PERSISTENT);
	REGISTER_STRING_CONSTANT("WeChatPay\\Exception\\EV3_RES_HEADER_TIMESTAMP_OFFSET", "It\'s allowed time offset in ± %1$s seconds, the response was on %2$s, your\'s localtime on %3$s.", CONST_PERSISTENT);
	REGISTER_STRING_CONSTANT("WeChatPay\\Exception\\EV3_RES_HEADER_PLATFORM_SERIAL", "Cannot found the serial(`%1$s`)\'s configuration, which\'s from the response(header:%2$s), your\'s %3$s.", CONST_PERSISTENT);
	REGISTER_STRING_CONSTANT("WeChatPay\\Exception\\EV3_RES_HEADER_SIGNATURE_DIGEST", "Verify the response\'s data with: timestamp=%1$s, nonce=%2$s, signature=%3$s, cert=[%4$s => ...] failed.", CONST_PERSISTENT);
}

static zend_class_entry *register_class_WeChatPay_Exception_WeChatPayException(void)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception", "WeChatPayException", class_WeChatPay_Exception_WeChatPayException_methods);
	class_entry = zend_register_internal_interface(&ce);

	zval const_DEP_XML_PROTOCOL_IS_REACHABLE_EOL_value;
	zend_string *const_DEP_XML_PROTOCOL_IS_REACHABLE_EOL_value_str = zend_string_init("New features are all in `APIv3`, there\'s no reason to continue use this kind client since v2.0.", strlen("New features are all in `APIv3`, there\'s no reason to continue use this kind client since v2.0."), 1);
	ZVAL_STR(&const_DEP_XML_PROTOCOL_IS_REACHABLE_EOL_value, const_DEP_XML_PROTOCOL_IS_REACHABLE_EOL_value_str);
	zend_string *const_DEP_XML_PROTOCOL_IS_REACHABLE_EOL_name = zend_string_init_interned("DEP_XML_PROTOCOL_IS_REACHABLE_EOL", sizeof("DEP_XML_PROTOCOL_IS_REACHABLE_EOL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_DEP_XML_PROTOCOL_IS_REACHABLE_EOL_name, &const_DEP_XML_PROTOCOL_IS_REACHABLE_EOL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_DEP_XML_PROTOCOL_IS_REACHABLE_EOL_name);

	zval const_EV3_RES_HEADERS_INCOMPLETE_value;
	zend_string *const_EV3_RES_HEADERS_INCOMPLETE_value_str = zend_string_init("The response\'s Headers incomplete, must have(`%1$s`, `%2$s`, `%3$s` and `%4$s`).", strlen("The response\'s Headers incomplete, must have(`%1$s`, `%2$s`, `%3$s` and `%4$s`)."), 1);
	ZVAL_STR(&const_EV3_RES_HEADERS_INCOMPLETE_value, const_EV3_RES_HEADERS_INCOMPLETE_value_str);
	zend_string *const_EV3_RES_HEADERS_INCOMPLETE_name = zend_string_init_interned("EV3_RES_HEADERS_INCOMPLETE", sizeof("EV3_RES_HEADERS_INCOMPLETE") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EV3_RES_HEADERS_INCOMPLETE_name, &const_EV3_RES_HEADERS_INCOMPLETE_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EV3_RES_HEADERS_INCOMPLETE_name);

	zval const_EV3_RES_HEADER_TIMESTAMP_OFFSET_value;
	zend_string *const_EV3_RES_HEADER_TIMESTAMP_OFFSET_value_str = zend_string_init("It\'s allowed time offset in ± %1$s seconds, the response was on %2$s, your\'s localtime on %3$s.", strlen("It\'s allowed time offset in ± %1$s seconds, the response was on %2$s, your\'s localtime on %3$s."), 1);
	ZVAL_STR(&const_EV3_RES_HEADER_TIMESTAMP_OFFSET_value, const_EV3_RES_HEADER_TIMESTAMP_OFFSET_value_str);
	zend_string *const_EV3_RES_HEADER_TIMESTAMP_OFFSET_name = zend_string_init_interned("EV3_RES_HEADER_TIMESTAMP_OFFSET", sizeof("EV3_RES_HEADER_TIMESTAMP_OFFSET") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EV3_RES_HEADER_TIMESTAMP_OFFSET_name, &const_EV3_RES_HEADER_TIMESTAMP_OFFSET_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EV3_RES_HEADER_TIMESTAMP_OFFSET_name);

	zval const_EV3_RES_HEADER_PLATFORM_SERIAL_value;
	zend_string *const_EV3_RES_HEADER_PLATFORM_SERIAL_value_str = zend_string_init("Cannot found the serial(`%1$s`)\'s configuration, which\'s from the response(header:%2$s), your\'s %3$s.", strlen("Cannot found the serial(`%1$s`)\'s configuration, which\'s from the response(header:%2$s), your\'s %3$s."), 1);
	ZVAL_STR(&const_EV3_RES_HEADER_PLATFORM_SERIAL_value, const_EV3_RES_HEADER_PLATFORM_SERIAL_value_str);
	zend_string *const_EV3_RES_HEADER_PLATFORM_SERIAL_name = zend_string_init_interned("EV3_RES_HEADER_PLATFORM_SERIAL", sizeof("EV3_RES_HEADER_PLATFORM_SERIAL") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EV3_RES_HEADER_PLATFORM_SERIAL_name, &const_EV3_RES_HEADER_PLATFORM_SERIAL_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EV3_RES_HEADER_PLATFORM_SERIAL_name);

	zval const_EV3_RES_HEADER_SIGNATURE_DIGEST_value;
	zend_string *const_EV3_RES_HEADER_SIGNATURE_DIGEST_value_str = zend_string_init("Verify the response\'s data with: timestamp=%1$s, nonce=%2$s, signature=%3$s, cert=[%4$s => ...] failed.", strlen("Verify the response\'s data with: timestamp=%1$s, nonce=%2$s, signature=%3$s, cert=[%4$s => ...] failed."), 1);
	ZVAL_STR(&const_EV3_RES_HEADER_SIGNATURE_DIGEST_value, const_EV3_RES_HEADER_SIGNATURE_DIGEST_value_str);
	zend_string *const_EV3_RES_HEADER_SIGNATURE_DIGEST_name = zend_string_init_interned("EV3_RES_HEADER_SIGNATURE_DIGEST", sizeof("EV3_RES_HEADER_SIGNATURE_DIGEST") - 1, 1);
	zend_declare_class_constant_ex(class_entry, const_EV3_RES_HEADER_SIGNATURE_DIGEST_name, &const_EV3_RES_HEADER_SIGNATURE_DIGEST_value, ZEND_ACC_PUBLIC, NULL);
	zend_string_release(const_EV3_RES_HEADER_SIGNATURE_DIGEST_name);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Exception_InvalidArgumentException(zend_class_entry *class_entry_InvalidArgumentException, zend_class_entry *class_entry_WeChatPay_Exception_WeChatPayException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception", "InvalidArgumentException", class_WeChatPay_Exception_InvalidArgumentException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_InvalidArgumentException);
	zend_class_implements(class_entry, 1, class_entry_WeChatPay_Exception_WeChatPayException);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Exception_TransferException(zend_class_entry *class_entry_RuntimeException, zend_class_entry *class_entry_WeChatPay_Exception_WeChatPayException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception", "TransferException", class_WeChatPay_Exception_TransferException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);
	zend_class_implements(class_entry, 1, class_entry_WeChatPay_Exception_WeChatPayException);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Exception_ConnectException(zend_class_entry *class_entry_WeChatPay_Exception_TransferException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception", "ConnectException", class_WeChatPay_Exception_ConnectException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WeChatPay_Exception_TransferException);

	zval property_handlerContext_default_value;
	ZVAL_EMPTY_ARRAY(&property_handlerContext_default_value);
	zend_string *property_handlerContext_name = zend_string_init("handlerContext", sizeof("handlerContext") - 1, 1);
	zend_declare_typed_property(class_entry, property_handlerContext_name, &property_handlerContext_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_handlerContext_name);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Exception_RequestException(zend_class_entry *class_entry_WeChatPay_Exception_TransferException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception", "RequestException", class_WeChatPay_Exception_RequestException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WeChatPay_Exception_TransferException);

	zend_string *property_response_class_WeChatPay_Http_Response = zend_string_init("WeChatPay\\Http\\Response", sizeof("WeChatPay\\Http\\Response")-1, 1);
	zval property_response_default_value;
	ZVAL_NULL(&property_response_default_value);
	zend_string *property_response_name = zend_string_init("response", sizeof("response") - 1, 1);
	zend_declare_typed_property(class_entry, property_response_name, &property_response_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_CLASS(property_response_class_WeChatPay_Http_Response, 0, MAY_BE_NULL));
	zend_string_release(property_response_name);

	zval property_handlerContext_default_value;
	ZVAL_EMPTY_ARRAY(&property_handlerContext_default_value);
	zend_string *property_handlerContext_name = zend_string_init("handlerContext", sizeof("handlerContext") - 1, 1);
	zend_declare_typed_property(class_entry, property_handlerContext_name, &property_handlerContext_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ARRAY));
	zend_string_release(property_handlerContext_name);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Exception_BadResponseException(zend_class_entry *class_entry_WeChatPay_Exception_RequestException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception", "BadResponseException", class_WeChatPay_Exception_BadResponseException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WeChatPay_Exception_RequestException);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Exception_TooManyRedirectsException(zend_class_entry *class_entry_WeChatPay_Exception_RequestException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception", "TooManyRedirectsException", class_WeChatPay_Exception_TooManyRedirectsException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WeChatPay_Exception_RequestException);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Exception_ClientException(zend_class_entry *class_entry_WeChatPay_Exception_BadResponseException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception", "ClientException", class_WeChatPay_Exception_ClientException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WeChatPay_Exception_BadResponseException);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Exception_ServerException(zend_class_entry *class_entry_WeChatPay_Exception_BadResponseException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception", "ServerException", class_WeChatPay_Exception_ServerException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WeChatPay_Exception_BadResponseException);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Exception_RejectionException(zend_class_entry *class_entry_RuntimeException, zend_class_entry *class_entry_WeChatPay_Exception_WeChatPayException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception", "RejectionException", class_WeChatPay_Exception_RejectionException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_RuntimeException);
	zend_class_implements(class_entry, 1, class_entry_WeChatPay_Exception_WeChatPayException);

	zval property_reason_default_value;
	ZVAL_NULL(&property_reason_default_value);
	zend_string *property_reason_name = zend_string_init("reason", sizeof("reason") - 1, 1);
	zend_declare_typed_property(class_entry, property_reason_name, &property_reason_default_value, ZEND_ACC_PRIVATE, NULL, (zend_type) ZEND_TYPE_INIT_MASK(MAY_BE_ANY));
	zend_string_release(property_reason_name);

	return class_entry;
}

static zend_class_entry *register_class_WeChatPay_Exception_CancellationException(zend_class_entry *class_entry_WeChatPay_Exception_RejectionException)
{
	zend_class_entry ce, *class_entry;

	INIT_NS_CLASS_ENTRY(ce, "WeChatPay\\Exception", "CancellationException", class_WeChatPay_Exception_CancellationException_methods);
	class_entry = zend_register_internal_class_ex(&ce, class_entry_WeChatPay_Exception_RejectionException);

	return class_entry;
}
