/**
 * HTTP concerns of the whole web application: the authentication mechanism (form sign-in for
 * screens, Basic for REST clients), the identity store over user accounts, the client address and
 * the 404 for screens of switched-off modules.
 */
package cn.finegov.kernel.interfaces.http;
